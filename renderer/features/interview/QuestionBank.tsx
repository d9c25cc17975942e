import { useMemo, useState } from 'react';
import { allQuestions, type InterviewQuestion } from '../../../shared/interview/question-bank';
import { COMPETENCY_AREAS, COMPETENCY_AREA_LABELS, INTERVIEW_THEMES, INTERVIEW_THEME_LABELS, type Plan } from '../../../shared/model';
import { SelectField } from '../../components/fields';
import { useDeleteWithUndo } from '../../hooks/useDeleteWithUndo';
import { newId } from '../../lib/ids';
import { useAppStore } from '../../store';
import { selectReadOnly } from '../../store/selectors';
import { QuestionEditor } from './QuestionEditor';
import { QuestionRow } from './QuestionRow';

export interface QuestionEditing {
  id: string;
  isNew: boolean;
}

interface QuestionBankProps {
  plan: Plan;
  /** The question being written or edited (the screen holds it, so a draft can be resumed into it). */
  editing: QuestionEditing | null;
  onEditing(editing: QuestionEditing | null): void;
  onWrite(questionId: string): void;
  onAnswerWith(questionId: string, achievementId: string): void;
  onOpenStory(storyId: string): void;
  onPractise(questionId: string): void;
}

/** The question bank: the team's and frameworks' questions with the person's own, filtered, hidden or shown. */
export function QuestionBank({ plan, editing, onEditing: setEditing, onWrite, onAnswerWith, onOpenStory, onPractise }: QuestionBankProps) {
  const [theme, setTheme] = useState('');
  const [area, setArea] = useState('');
  const [showHidden, setShowHidden] = useState(false);
  const readOnly = useAppStore(selectReadOnly);
  const applyChange = useAppStore((state) => state.applyChange);
  const deleteWithUndo = useDeleteWithUndo('questions', 'question');
  const questions = allQuestions(plan);
  const hiddenCount = questions.filter((q) => q.hidden).length;
  const shown = questions.filter((q) => (showHidden || !q.hidden) && (theme === '' || q.themes.includes(theme as never)) && (area === '' || q.area === area));
  const storiesByQuestion = useMemo(() => {
    const map = new Map<string, Plan['stories']>();
    for (const story of plan.stories) for (const id of story.questionIds) map.set(id, [...(map.get(id) ?? []), story]);
    return map;
  }, [plan.stories]);

  function toggleHidden(question: InterviewQuestion) {
    const hidden = plan.preferences.hiddenQuestionIds;
    const next = question.hidden ? hidden.filter((id) => id !== question.id) : [...hidden, question.id];
    void applyChange({ type: 'preferences.update', patch: { hiddenQuestionIds: next } }, { label: question.hidden ? 'Show question' : 'Hide question' });
  }
  const ownQuestion = editing && !editing.isNew ? plan.questions.find((q) => q.id === editing.id) : undefined;

  return (
    <section aria-labelledby="bank-heading" className="question-bank">
      <div className="section-header">
        <h2 id="bank-heading">Questions</h2>
        <button type="button" disabled={readOnly} onClick={() => setEditing({ id: newId(), isNew: true })}>
          Add your own question
        </button>
      </div>
      {editing && (
        <QuestionEditor
          key={editing.id}
          isNew={editing.isNew}
          initial={ownQuestion ? { id: ownQuestion.id, text: ownQuestion.text, area: ownQuestion.area, themes: ownQuestion.themes, notes: ownQuestion.notes } : { id: editing.id, text: '', area: null, themes: [], notes: '' }}
          onClose={() => setEditing(null)}
        />
      )}
      <div className="filters">
        <SelectField label="Theme" value={theme} options={[{ value: '', label: 'All themes' }, ...INTERVIEW_THEMES.map((t) => ({ value: t, label: INTERVIEW_THEME_LABELS[t].label }))]} onChange={(e) => setTheme(e.target.value)} />
        <SelectField label="Area" value={area} options={[{ value: '', label: 'All areas' }, ...COMPETENCY_AREAS.map((a) => ({ value: a, label: COMPETENCY_AREA_LABELS[a] }))]} onChange={(e) => setArea(e.target.value)} />
        <label className="check">
          <input type="checkbox" checked={showHidden} onChange={(e) => setShowHidden(e.target.checked)} />
          Show hidden questions ({hiddenCount})
        </label>
      </div>
      <p className="muted" aria-live="polite">
        {shown.length} of {questions.length} questions shown.
      </p>
      <ul className="question-list">
        {shown.map((q) => (
          <QuestionRow
            key={q.id}
            question={q}
            stories={storiesByQuestion.get(q.id) ?? []}
            achievements={plan.achievements}
            readOnly={readOnly}
            onWrite={(question) => onWrite(question.id)}
            onAnswerWith={(question, achievementId) => onAnswerWith(question.id, achievementId)}
            onOpenStory={onOpenStory}
            onToggleHidden={toggleHidden}
            onPractise={(question) => onPractise(question.id)}
            onEdit={q.origin === 'mine' ? (question) => setEditing({ id: question.id, isNew: false }) : undefined}
            onDelete={q.origin === 'mine' ? (question) => void deleteWithUndo(question, question.text.slice(0, 60)) : undefined}
          />
        ))}
      </ul>
      {shown.length === 0 && <p className="empty-state">No questions match these filters.</p>}
    </section>
  );
}
