import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { interviewCoverage } from '../../../shared/insights/interview-coverage';
import { storyProgress } from '../../../shared/interview/practice-progress';
import { storyFromAchievement } from '../../../shared/interview/prefill';
import type { Story } from '../../../shared/model';
import { useDeleteWithUndo } from '../../hooks/useDeleteWithUndo';
import { useAppCommand } from '../../lib/app-commands';
import { newId } from '../../lib/ids';
import { useAppStore } from '../../store';
import { selectPlan, selectReadOnly } from '../../store/selectors';
import { DraftOffers } from '../drafts/DraftOffers';
import { CoverageGrid } from './CoverageGrid';
import { InterviewTabs, type InterviewTab } from './InterviewTabs';
import { PracticePanel } from './PracticePanel';
import { PrepSheetPanel } from './PrepSheetPanel';
import { QuestionBank, type QuestionEditing } from './QuestionBank';
import { StoryEditor } from './StoryEditor';
import { StoryList } from './StoryList';
import { blankStory, storyDraftFrom, type StoryDraft } from './story-view';
import './interview.css';

const DRAFT_KINDS_HERE = ['story', 'question'] as const;

/**
 * Interview preparation: the question bank, the stories that answer it, how well they cover what PMO
 * interviews probe, practice against the clock, and a prep sheet to take along. A story opens full width.
 */
export default function InterviewScreen() {
  const plan = useAppStore(selectPlan);
  const readOnly = useAppStore(selectReadOnly);
  const focusItemId = useAppStore((state) => state.focusItemId);
  const [tab, setTab] = useState<InterviewTab>('questions');
  const [open, setOpen] = useState<{ initial: StoryDraft; isNew: boolean } | null>(null);
  const [questionEditing, setQuestionEditing] = useState<QuestionEditing | null>(null);
  const [practise, setPractise] = useState<{ key: string; questionIds: string[] } | null>(null);
  const deleteStory = useDeleteWithUndo('stories', 'story');

  const openStory = useCallback(
    (storyId: string) => {
      const story = plan?.stories.find((s) => s.id === storyId);
      if (story) setOpen({ initial: storyDraftFrom(story), isNew: false });
    },
    [plan],
  );
  const newStory = useCallback((questionIds: string[] = []) => setOpen({ initial: blankStory(newId(), questionIds), isNew: true }), []);
  useAppCommand('new-item', () => newStory());
  // Arriving with an item (a draft resumed on the dashboard): its story, or the draft of a new story or question.
  const arrive = useRef<(id: string) => void>(() => {});
  arrive.current = (id) => {
    const draft = useAppStore.getState().drafts.find((d) => (d.kind === 'story' || d.kind === 'question') && d.itemId === id);
    if (draft) resume(draft);
    else openStory(id);
  };
  useEffect(() => {
    if (focusItemId) arrive.current(focusItemId);
  }, [focusItemId]);

  /** Open what a draft was of: its story (the editor resumes the draft), a new story, or a question. */
  function resume(draft: { kind: string; itemId: string | null; fields: unknown }) {
    const current = selectPlan(useAppStore.getState());
    if (draft.itemId === null || !current) return;
    if (draft.kind === 'question') {
      setTab('questions');
      return setQuestionEditing({ id: draft.itemId, isNew: !current.questions.some((q) => q.id === draft.itemId) });
    }
    const story = current.stories.find((s) => s.id === draft.itemId);
    setOpen(story ? { initial: storyDraftFrom(story), isNew: false } : { initial: draft.fields as StoryDraft, isNew: true });
  }

  /** One story per achievement: a second question it answers joins the story already told from it. */
  const answerWith = useCallback(
    (questionId: string, achievementId: string) => {
      const told = plan?.stories.find((s) => s.achievementId === achievementId);
      if (told) {
        const draft = storyDraftFrom(told);
        return setOpen({ initial: { ...draft, questionIds: [...new Set([...draft.questionIds, questionId])] }, isNew: false });
      }
      const achievement = plan?.achievements.find((a) => a.id === achievementId);
      if (achievement) setOpen({ initial: storyFromAchievement(achievement, newId(), [questionId]), isNew: true });
    },
    [plan],
  );

  const coverage = useMemo(() => (plan ? interviewCoverage(plan) : null), [plan]);
  const progress = useMemo(() => (plan ? storyProgress(plan) : new Map()), [plan]);
  if (!plan || !coverage) return null;
  if (open) return <StoryEditor key={open.initial.id} plan={plan} initial={open.initial} isNew={open.isNew} onClose={() => setOpen(null)} />;

  return (
    <section aria-labelledby="interview-heading" className="screen interview-screen">
      <header className="screen-header">
        <h1 id="interview-heading">Interview prep</h1>
        <button type="button" onClick={() => newStory()} disabled={readOnly}>
          Write a story
        </button>
      </header>
      <DraftOffers kinds={DRAFT_KINDS_HERE} onResume={resume} />
      <InterviewTabs current={tab} onChange={(next) => {
        // A practice run started from a question ends when the person leaves the tab.
        if (next !== 'practice') setPractise(null);
        setTab(next);
      }} counts={{ stories: String(plan.stories.length), coverage: coverage.gaps.length > 0 ? `(${coverage.gaps.length} gaps)` : undefined }} />
      <div id="interview-panel" role="tabpanel" aria-labelledby={`interview-tab-${tab}`} className="tab-panel">
        {tab === 'questions' && <QuestionBank plan={plan} editing={questionEditing} onEditing={setQuestionEditing} onWrite={(id) => newStory([id])} onAnswerWith={answerWith} onOpenStory={openStory} onPractise={(id) => {
              setPractise({ key: newId(), questionIds: [id] });
              setTab('practice');
            }} />}
        {tab === 'stories' && <StoryList plan={plan} progress={progress} readOnly={readOnly} onOpen={openStory} onNew={() => newStory()} onDelete={(s: Story) => void deleteStory(s, s.title)} />}
        {tab === 'coverage' && <CoverageGrid plan={plan} coverage={coverage} readOnly={readOnly} onUseAchievement={(_theme, questionId, achievementId) => answerWith(questionId, achievementId)} onWriteFor={(id) => newStory([id])} />}
        {tab === 'practice' && <PracticePanel key={practise?.key ?? 'choose'} plan={plan} startWith={practise?.questionIds ?? null} />}
        {tab === 'prep' && <PrepSheetPanel plan={plan} />}
      </div>
    </section>
  );
}
