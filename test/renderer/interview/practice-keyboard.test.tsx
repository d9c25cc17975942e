import { act, screen, waitFor, within } from '@testing-library/react';
import InterviewScreen from '../../../renderer/features/interview/InterviewScreen';
import { PracticePanel } from '../../../renderer/features/interview/PracticePanel';
import { useAppStore } from '../../../renderer/store';
import { selectPlan } from '../../../renderer/store/selectors';
import { FakePlanBackend, onboarded } from '../../support/fake-plan-backend';
import { useFakeBackend } from '../../support/mock-api';
import { planWith, story } from '../../support/plan-builders';
import { renderLoaded } from '../../support/render-loaded';
import { resetStore } from '../../support/reset-store';

vi.mock('../../../renderer/lib/api', async (importOriginal) => (await import('../../support/mock-api')).mockApiModule(await importOriginal()));

const CONFLICT = 'q-conflict-between-pms';
const GOVERNANCE = 'q-governance-standards';
const CONFLICT_TEXT = 'Tell me about a time two project managers were in conflict over priorities or resources. How did you help them resolve it?';
const GOVERNANCE_TEXT = 'Tell me about a time you introduced or upheld a project governance standard that project managers were reluctant to follow.';

const CLASH = story({
  id: 'st-clash',
  title: 'Two PMs, one test environment',
  questionIds: [CONFLICT],
  star: {
    situation: 'Two project managers booked the only test environment for the same week.',
    task: 'I had to find a plan both could accept before the board met.',
    action: 'I put both plans in one view and proposed a split of 3 days each.',
    result: 'Both releases shipped on time.',
  },
});
const GATE = story({
  id: 'st-gate',
  title: 'Making the gate checklist stick',
  questionIds: [GOVERNANCE],
  star: { situation: 'Project managers skipped the stage-gate checklist.', task: 'Make it part of gate 2.', action: 'I cut it to fifteen questions.', result: 'All 9 projects passed gate 2.' },
});

let backend: FakePlanBackend;
beforeEach(() => {
  backend = useFakeBackend(new FakePlanBackend());
  resetStore({ screen: 'interview' });
  backend.plan = onboarded(planWith({ stories: [CLASH, GATE] }));
});

/** The practice panel as the screen gives it: the store's plan, with these questions chosen. */
function Practice({ questionIds }: { questionIds: string[] }) {
  const plan = useAppStore(selectPlan);
  return plan ? <PracticePanel plan={plan} startWith={questionIds} /> : null;
}

const runOf = () => screen.getByRole('region', { name: /^Tell me about a time/ });
const story_ = () => screen.queryByLabelText('Your story');
const note = () => screen.getByRole('textbox', { name: 'What to improve next time' });
const practicePuts = () => backend.received.filter((r) => (r as { type: string }).type === 'practice.put') as { type: string; item: { questionIds: string[]; answers: Record<string, unknown>[] } }[];

/** Takes focus off whatever has it, so the next key goes to the page (as after clicking on empty space). */
const blurAll = () => act(() => (document.activeElement as HTMLElement | null)?.blur());

async function startTwoQuestionRun() {
  const user = await renderLoaded(<Practice questionIds={[CONFLICT, GOVERNANCE]} />);
  await screen.findByRole('heading', { name: CONFLICT_TEXT });
  expect(screen.getByText(/^Question 1 of 2 ·/)).toBeInTheDocument();
  return user;
}

describe('practising a question from the keyboard', () => {
  it('“Practise it” on a question runs it with its story hidden until Space reveals it', async () => {
    const user = await renderLoaded(<InterviewScreen />);
    const row = document.querySelector(`[data-question-id="${CONFLICT}"]`) as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'Practise it' }));

    expect(await screen.findByRole('heading', { name: CONFLICT_TEXT })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Practice' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText(/^Question 1 of 1 ·/)).toBeInTheDocument();
    expect(story_()).toBeNull();
    expect(screen.queryByText(CLASH.title)).toBeNull();
    expect(screen.queryByText(CLASH.star.action)).toBeNull();

    await blurAll();
    await user.keyboard(' ');
    const shown = await screen.findByLabelText('Your story');
    expect(within(shown).getByRole('heading', { name: CLASH.title })).toBeInTheDocument();
    expect(within(shown).getByText(CLASH.star.situation)).toBeInTheDocument();
    expect(within(shown).getByText(CLASH.star.result)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reveal the story (Space)' })).toBeNull();
    expect(backend.received).toEqual([]); // revealing saves nothing
  });

  it('keys typed in the note stay in the note; “2” then rates once, with the story, the question and the note', async () => {
    const user = await startTwoQuestionRun();
    await user.type(note(), 'Lead with 1 number n say it');
    expect(note()).toHaveValue('Lead with 1 number n say it');
    // Neither the "1", the "n" nor the spaces reached the run.
    expect(story_()).toBeNull();
    expect(screen.getByText(/^Question 1 of 2 ·/)).toBeInTheDocument();
    expect(within(runOf()).queryByRole('status')).toBeNull();
    expect(backend.received).toEqual([]);

    await blurAll();
    await user.keyboard('2');
    expect(await screen.findByText('Rated 2 (Getting there), saved.')).toBeInTheDocument();
    await waitFor(() => expect(backend.plan.practiceSessions).toHaveLength(1));
    expect(backend.received).toHaveLength(1);
    const [put] = practicePuts();
    expect(put!.item.questionIds).toEqual([CONFLICT, GOVERNANCE]);
    expect(put!.item.answers).toEqual([{ questionId: CONFLICT, storyId: CLASH.id, rating: 2, note: 'Lead with 1 number n say it', seconds: expect.any(Number) }]);
    expect(within(runOf()).getByRole('button', { name: '2 · Getting there' })).toHaveAttribute('aria-pressed', 'true');
    expect(story_()).not.toBeNull(); // rating shows the story
  });

  it('“N” moves on with the story hidden and the note cleared, and “N” on the last question ends the run', async () => {
    const user = await startTwoQuestionRun();
    await user.type(note(), 'Say the number');
    await blurAll();
    await user.keyboard('2');
    await screen.findByText('Rated 2 (Getting there), saved.');

    await user.keyboard('N');
    expect(await screen.findByRole('heading', { name: GOVERNANCE_TEXT })).toBeInTheDocument();
    expect(screen.getByText(/^Question 2 of 2 ·/)).toBeInTheDocument();
    expect(story_()).toBeNull();
    expect(screen.queryByText(GATE.title)).toBeNull();
    expect(screen.getByRole('button', { name: 'Reveal the story (Space)' })).toBeInTheDocument();
    expect(note()).toHaveValue('');
    expect(within(runOf()).queryByRole('status')).toBeNull(); // question 2 is not rated
    expect(screen.getByRole('button', { name: 'Finish (N)' })).toBeInTheDocument();

    await user.keyboard(' ');
    expect(within(await screen.findByLabelText('Your story')).getByRole('heading', { name: GATE.title })).toBeInTheDocument();

    await user.keyboard('N');
    expect(await screen.findByRole('button', { name: 'Start practising' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: GOVERNANCE_TEXT })).toBeNull();
    expect(screen.queryByText(/^Question \d of 2/)).toBeNull();
    await waitFor(() => expect(backend.plan.practiceSessions).toHaveLength(1));
    // Only the rating was sent: moving on with an unchanged note, or leaving question 2 unrated, sends nothing.
    expect(practicePuts()).toHaveLength(1);
    expect(backend.plan.practiceSessions[0]!.answers.map((a) => [a.questionId, a.rating, a.note])).toEqual([[CONFLICT, 2, 'Say the number']]);
  });

  it('“P” pauses the timer and “P” again resumes it', async () => {
    const user = await startTwoQuestionRun();
    await blurAll();
    expect(screen.getByText('answer out loud')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pause (P)' })).toBeInTheDocument();

    await user.keyboard('P');
    expect(await screen.findByText('paused')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resume (P)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pause (P)' })).toBeNull();

    await user.keyboard('p');
    expect(await screen.findByText('answer out loud')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pause (P)' })).toBeInTheDocument();
    expect(screen.queryByText('paused')).toBeNull();
    expect(story_()).toBeNull();
    expect(backend.received).toEqual([]);
  });

  it('Space on a focused button presses only that button', async () => {
    const user = await startTwoQuestionRun();
    act(() => screen.getByRole('button', { name: 'Pause (P)' }).focus());
    await user.keyboard(' ');
    expect(await screen.findByRole('button', { name: 'Resume (P)' })).toBeInTheDocument();
    expect(story_()).toBeNull(); // the run did not also take the Space as "reveal"

    act(() => within(runOf()).getByRole('button', { name: '3 · Ready' }).focus());
    await user.keyboard(' ');
    expect(await screen.findByText('Rated 3 (Ready), saved.')).toBeInTheDocument();
    await waitFor(() => expect(backend.plan.practiceSessions).toHaveLength(1));
    expect(backend.received).toHaveLength(1);
    expect(practicePuts()[0]!.item.answers).toEqual([expect.objectContaining({ questionId: CONFLICT, storyId: CLASH.id, rating: 3 })]);
    expect(screen.getByRole('button', { name: 'Resume (P)' })).toBeInTheDocument(); // still paused: one press, one action
  });
});
