import { BEHAVIOURS_BY_ID } from '../../../shared/catalog/interview/frameworks';
import type { InterviewQuestion } from '../../../shared/interview/question-bank';
import { COMPETENCY_AREA_LABELS, INTERVIEW_THEME_LABELS, type Achievement, type Story } from '../../../shared/model';

interface QuestionRowProps {
  question: InterviewQuestion;
  stories: readonly Story[];
  achievements: readonly Achievement[];
  readOnly: boolean;
  onWrite(question: InterviewQuestion): void;
  onAnswerWith(question: InterviewQuestion, achievementId: string): void;
  onOpenStory(storyId: string): void;
  onToggleHidden(question: InterviewQuestion): void;
  onPractise(question: InterviewQuestion): void;
  onEdit?(question: InterviewQuestion): void;
  onDelete?(question: InterviewQuestion): void;
}

/** One question of the bank: what it probes, the stories that answer it, and what to do next. */
export function QuestionRow({ question, stories, achievements, readOnly, onWrite, onAnswerWith, onOpenStory, onToggleHidden, onPractise, onEdit, onDelete }: QuestionRowProps) {
  const behaviours = question.behaviours.map((id) => BEHAVIOURS_BY_ID.get(id)).filter((b) => b !== undefined);
  return (
    <li className={`question-row${question.hidden ? ' is-hidden' : ''}`} data-question-id={question.id}>
      <p className="question-text">{question.text}</p>
      <p className="question-tags">
        {question.themes.map((t) => (
          <span key={t} className="chip">
            {INTERVIEW_THEME_LABELS[t].label}
          </span>
        ))}
        {question.area && <span className="muted">{COMPETENCY_AREA_LABELS[question.area]}</span>}
        {question.origin === 'mine' && <span className="muted">Your question</span>}
        {behaviours.map((b) => (
          <span key={b.id} className="muted" title={b.summary}>
            {b.frameworkName.replace(/ \(.*\)$/, '')}: {b.name}
          </span>
        ))}
      </p>
      {question.lookingFor && <p className="question-looking-for">{question.origin === 'mine' ? question.lookingFor : `A strong answer: ${question.lookingFor}`}</p>}
      {stories.length > 0 && (
        <p className="question-stories">
          Answered by{' '}
          {stories.map((s, i) => (
            <span key={s.id}>
              {i > 0 && ', '}
              <button type="button" className="link-button" onClick={() => onOpenStory(s.id)}>
                {s.title}
              </button>
            </span>
          ))}
        </p>
      )}
      <div className="row-actions">
        <button type="button" className="secondary" disabled={readOnly} onClick={() => onWrite(question)}>
          Write a story
        </button>
        {achievements.length > 0 && (
          <select
            aria-label={`Answer “${question.text.slice(0, 60)}” with an achievement`}
            value=""
            disabled={readOnly}
            onChange={(e) => e.target.value && onAnswerWith(question, e.target.value)}
          >
            <option value="">Answer with an achievement…</option>
            {achievements.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        )}
        <button type="button" className="secondary" disabled={readOnly || question.hidden} onClick={() => onPractise(question)}>
          Practise it
        </button>
        <button type="button" className="secondary" disabled={readOnly} onClick={() => onToggleHidden(question)}>
          {question.hidden ? 'Show again' : 'Hide'}
        </button>
        {onEdit && (
          <button type="button" className="secondary" disabled={readOnly} onClick={() => onEdit(question)}>
            Edit
          </button>
        )}
        {onDelete && (
          <button type="button" className="secondary danger" disabled={readOnly} onClick={() => onDelete(question)}>
            Delete
          </button>
        )}
      </div>
    </li>
  );
}
