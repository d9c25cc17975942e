import { type FormEvent } from 'react';
import { storyFromAchievement } from '../../../shared/interview/prefill';
import { allQuestions } from '../../../shared/interview/question-bank';
import { SOURCE_GONE_MESSAGE, storySource } from '../../../shared/interview/story-source';
import { STAR_PARTS, STAR_PART_LABELS } from '../../../shared/interview/story-text';
import { LIMITS, StoryFieldsSchema, type Plan } from '../../../shared/model';
import { SelectField, TextAreaField, TextField } from '../../components/fields';
import { RestoredNote } from '../drafts/RestoredNote';
import { checkAndSave, editorKeyDown } from '../drafts/editor-actions';
import { useItemEditor } from '../drafts/useItemEditor';
import { QuestionChecklist } from './QuestionChecklist';
import { StoryLengths } from './StoryLengths';
import type { StoryDraft } from './story-view';
import { EditorButtons } from '../../components/EditorButtons';

const STAR_PROMPTS = {
  situation: 'Where and when; what was at stake. One or two sentences.',
  task: 'What you had to achieve, and why it fell to you.',
  action: 'What you did yourself, step by step: most of the answer.',
  result: 'How it ended, with a number: time saved, risks closed, money, people.',
} as const;

interface StoryEditorProps {
  plan: Plan;
  /** The story as it opens: the stored one, or a new one (perhaps prefilled from an achievement). */
  initial: StoryDraft;
  isNew: boolean;
  onClose(): void;
}

/**
 * Write or edit one interview story in STAR form with a reflection, link the questions it answers and
 * the achievement it tells. What is typed is kept as a draft until saved; Ctrl+Enter saves, Escape
 * closes (the draft stays offered). Lengths and hints follow the typing.
 */
export function StoryEditor({ plan, initial, isNew, onClose }: StoryEditorProps) {
  const { work, draft, close, problems, setProblems, applyChange, readOnly, formRef, saveRef } = useItemEditor({
    kind: 'story',
    itemId: initial.id,
    isNew,
    initial,
    label: (f: StoryDraft) => f.title.trim() || 'Untitled story',
    onClose,
  });
  const source = storySource(draft, plan);
  const questions = allQuestions(plan).filter((q) => !q.hidden || draft.questionIds.includes(q.id));

  const set = <K extends keyof StoryDraft>(key: K, value: StoryDraft[K]) => work.setFields((current) => ({ ...current, [key]: value }));
  const setPart = (part: (typeof STAR_PARTS)[number], value: string) => work.setFields((current) => ({ ...current, star: { ...current.star, [part]: value } }));

  /** Fill the empty STAR parts (and a blank title) from the chosen achievement; the person's words stay. */
  function fillFromAchievement() {
    if (source.kind !== 'achievement') return;
    const filled = storyFromAchievement(source.achievement, draft.id, draft.questionIds);
    work.setFields((current) => ({
      ...current,
      title: current.title.trim() === '' ? filled.title : current.title,
      star: Object.fromEntries(STAR_PARTS.map((p) => [p, current.star[p].trim() === '' ? filled.star[p] : current.star[p]])) as StoryDraft['star'],
    }));
  }

  function save(event?: FormEvent): Promise<boolean> {
    event?.preventDefault();
    return checkAndSave(StoryFieldsSchema, draft, { setProblems, form: formRef.current }, (item) => applyChange({ type: 'story.put', item }, { label: isNew ? 'Add story' : 'Edit story' }), work, onClose);
  }
  saveRef.current = () => save();

  const achievementOptions = [
    { value: '', label: 'None: written from scratch' },
    ...(source.kind === 'gone' ? [{ value: draft.achievementId!, label: 'An achievement since deleted' }] : []),
    ...plan.achievements.map((a) => ({ value: a.id, label: a.title })),
  ];

  return (
    <form ref={formRef} className="screen editor story-editor" aria-label={isNew ? 'New story' : `Edit story ${initial.title}`} onSubmit={(e) => void save(e)} onKeyDown={editorKeyDown(close, save)}>
      <header className="screen-header">
        <h1>{isNew ? 'New story' : 'Edit story'}</h1>
        <button type="button" className="secondary" onClick={close}>
          Back to interview prep
        </button>
      </header>
      <RestoredNote restoredFrom={work.restoredFrom} onDiscard={work.discard} />
      <div className="story-editor-columns">
        <div className="story-fields">
          <TextField label="Title" value={draft.title} problem={problems.title} autoFocus onChange={(e) => set('title', e.target.value)} placeholder="e.g. Two PMs, one test environment" />
          <div className="field-row">
            <SelectField label="The achievement it tells" value={draft.achievementId ?? ''} options={achievementOptions} onChange={(e) => set('achievementId', e.target.value || null)} />
            <button type="button" className="secondary fill-button" disabled={source.kind !== 'achievement'} onClick={fillFromAchievement}>
              Fill empty parts from it
            </button>
          </div>
          {source.kind === 'gone' && <p className="notice-inline">{SOURCE_GONE_MESSAGE}</p>}
          {STAR_PARTS.map((part) => (
            <TextAreaField key={part} label={STAR_PART_LABELS[part]} rows={part === 'action' ? 5 : 3} value={draft.star[part]} problem={draft.star[part].length > LIMITS.storyPart ? problems.star : undefined} hint={STAR_PROMPTS[part]} onChange={(e) => setPart(part, e.target.value)} />
          ))}
          <TextAreaField label={STAR_PART_LABELS.reflection} rows={3} value={draft.reflection} problem={problems.reflection} hint="Interviewers often ask; a story that went wrong needs it." onChange={(e) => set('reflection', e.target.value)} />
          <QuestionChecklist label="Questions it answers" questions={questions} chosen={draft.questionIds} onChange={(ids) => set('questionIds', ids)} />
          {problems.questionIds && <p className="field-problem" role="alert">{problems.questionIds}</p>}
        </div>
        <StoryLengths draft={draft} />
      </div>
      <EditorButtons saveLabel={isNew ? 'Add story' : 'Save story'} readOnly={readOnly} onCancel={close} />
    </form>
  );
}
