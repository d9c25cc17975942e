import { screen, waitFor, within } from '@testing-library/react';
import InterviewScreen from '../../../renderer/features/interview/InterviewScreen';
import { useAppStore } from '../../../renderer/store';
import { FakePlanBackend, onboarded } from '../../support/fake-plan-backend';
import { useFakeBackend } from '../../support/mock-api';
import { achievement, planWith, story } from '../../support/plan-builders';
import { renderLoaded } from '../../support/render-loaded';
import { resetStore } from '../../support/reset-store';

vi.mock('../../../renderer/lib/api', async (importOriginal) => (await import('../../support/mock-api')).mockApiModule(await importOriginal()));

const CONFLICT = 'q-conflict-between-pms';
const GOVERNANCE = 'q-governance-standards';

/** 8 + 9 + 11 + 5 = 33 spoken words: about 15 s at 130 words a minute. No number in the action or result. */
const CLASH_STAR = {
  situation: 'Two project managers booked the same test week.',
  task: 'I had to settle it before the board met.',
  action: 'I showed both plans side by side and proposed a split.',
  result: 'Both releases shipped on time.',
};
const CLASH = achievement({ id: 'a-clash', title: 'Settled a test-environment clash', star: CLASH_STAR });

let backend: FakePlanBackend;
beforeEach(() => {
  backend = useFakeBackend(new FakePlanBackend());
  resetStore({ screen: 'interview' });
  backend.plan = onboarded(planWith({ achievements: [CLASH] }));
});

const rowOf = (questionId: string) => document.querySelector(`[data-question-id="${questionId}"]`) as HTMLElement;
const answerWith = (questionId: string) => within(rowOf(questionId)).getByRole('combobox', { name: /^Answer “.+” with an achievement$/ });
const field = (form: HTMLElement, name: string) => within(form).getByRole('textbox', { name });
const lengths = () => screen.getByRole('complementary', { name: 'How long this story is' });
const hints = () => within(lengths()).queryByRole('list', { name: 'Hints for this story' });
const hintCodes = () => [...(hints()?.querySelectorAll('li') ?? [])].map((li) => li.getAttribute('data-hint'));
const ticked = (form: HTMLElement) =>
  within(within(form).getByRole('group', { name: /^Questions it answers/ }))
    .getAllByRole('checkbox')
    .filter((box) => (box as HTMLInputElement).checked)
    .map((box) => box.closest('li')!.textContent);
/** The screen's own "Write a story" (each question has one too). */
const writeNew = () => within(screen.getByRole('heading', { name: 'Interview prep' }).closest('header')!).getByRole('button', { name: 'Write a story' });
const storyPuts = () => backend.received.filter((r) => (r as { type: string }).type === 'story.put') as { item: Record<string, unknown> }[];

async function openScreen(parts: Parameters<typeof planWith>[0] = { achievements: [CLASH] }) {
  backend.plan = onboarded(planWith(parts));
  return renderLoaded(<InterviewScreen />);
}

describe('writing an interview story', () => {
  it('“Answer with an achievement…” opens a new story told from the achievement’s STAR, measured as it is typed', async () => {
    const user = await openScreen();
    await user.selectOptions(answerWith(CONFLICT), 'a-clash');

    const form = await screen.findByRole('form', { name: 'New story' });
    expect(field(form, 'Title')).toHaveValue('Settled a test-environment clash');
    expect(field(form, 'Situation')).toHaveValue(CLASH_STAR.situation);
    expect(field(form, 'Task')).toHaveValue(CLASH_STAR.task);
    expect(field(form, 'Action')).toHaveValue(CLASH_STAR.action);
    expect(field(form, 'Result')).toHaveValue(CLASH_STAR.result);
    expect(within(form).getByRole('combobox', { name: 'The achievement it tells' })).toHaveDisplayValue('Settled a test-environment clash');
    expect(ticked(form)).toEqual([expect.stringContaining('Tell me about a time two project managers were in conflict')]);

    expect(within(lengths()).getByText(/^33 words · about 15 s/)).toBeInTheDocument();
    expect(hintCodes()).toContain('no-number');
    expect(hintCodes()).toContain('spoken-too-short');
    expect(within(lengths()).getByText('Add a number to the result: how much, how many, how fast.')).toBeInTheDocument();

    await user.type(field(form, 'Result'), ' Late reports fell by 40 %.');
    // 33 + 5 words ("%." is not a word): about 18 s, said to the nearest 5 s.
    expect(within(lengths()).getByText(/^38 words · about 20 s/)).toBeInTheDocument();
    expect(hintCodes()).not.toContain('no-number');
    expect(within(lengths()).queryByText('Add a number to the result: how much, how many, how fast.')).toBeNull();
    expect(hintCodes()).toContain('spoken-too-short');
    expect(backend.received).toEqual([]); // nothing is saved while typing
  });

  it('saves the story with the question it answers and the achievement it tells', async () => {
    const user = await openScreen();
    await user.selectOptions(answerWith(CONFLICT), 'a-clash');
    const form = await screen.findByRole('form', { name: 'New story' });
    await user.click(within(form).getByRole('button', { name: 'Add story' }));

    await waitFor(() => expect(backend.plan.stories).toHaveLength(1));
    expect(backend.received).toHaveLength(1);
    expect(storyPuts()[0]!.item).toMatchObject({ title: 'Settled a test-environment clash', achievementId: 'a-clash', questionIds: [CONFLICT], star: CLASH_STAR, reflection: '' });
    // The editor closed, and the question now says which story answers it.
    expect(await screen.findByRole('heading', { name: 'Interview prep' })).toBeInTheDocument();
    expect(within(rowOf(CONFLICT)).getByRole('button', { name: 'Settled a test-environment clash' })).toBeInTheDocument();
  });

  it('answering a second question with the same achievement opens the story already told from it, answering both', async () => {
    const told = story({ id: 'st-clash', title: 'Two PMs, one week', achievementId: 'a-clash', questionIds: [CONFLICT], star: { ...CLASH_STAR, result: 'Both releases shipped on time, 2 days early.' } });
    const user = await openScreen({ achievements: [CLASH], stories: [told] });
    await user.selectOptions(answerWith(GOVERNANCE), 'a-clash');

    const form = await screen.findByRole('form', { name: 'Edit story Two PMs, one week' });
    expect(field(form, 'Title')).toHaveValue('Two PMs, one week');
    expect(field(form, 'Result')).toHaveValue('Both releases shipped on time, 2 days early.'); // its own words, not the achievement's
    expect(within(form).getByRole('group', { name: /^Questions it answers \(2 chosen\)/ })).toBeInTheDocument();
    expect(ticked(form)).toHaveLength(2); // in the bank's order, not the order they were chosen
    expect(ticked(form)).toEqual(expect.arrayContaining([expect.stringContaining('two project managers were in conflict'), expect.stringContaining('project governance standard')]));

    await user.click(within(form).getByRole('button', { name: 'Save story' }));
    await waitFor(() => expect(backend.plan.stories[0]!.questionIds).toEqual([CONFLICT, GOVERNANCE]));
    expect(backend.plan.stories.map((s) => s.id)).toEqual(['st-clash']);
    expect(storyPuts()).toHaveLength(1);
    expect(storyPuts()[0]!.item).toMatchObject({ id: 'st-clash', achievementId: 'a-clash', questionIds: [CONFLICT, GOVERNANCE] });
  });

  it('a story whose achievement was deleted says so and keeps its own words', async () => {
    const orphan = story({ id: 'st-crm', title: 'Recovering the CRM migration', achievementId: 'a-deleted', questionIds: ['q-failing-project'], star: { situation: 'The CRM migration was 6 weeks late.', task: '', action: 'I re-baselined 14 milestones.', result: 'Go-live was on time.' } });
    const user = await openScreen({ achievements: [CLASH], stories: [orphan] });
    await user.click(screen.getByRole('tab', { name: /^Stories/ }));
    await user.click(await screen.findByRole('button', { name: 'Recovering the CRM migration' }));

    const form = await screen.findByRole('form', { name: 'Edit story Recovering the CRM migration' });
    expect(within(form).getByText('The achievement this story came from has been deleted; the story keeps its own words.')).toBeInTheDocument();
    expect(within(form).getByRole('combobox', { name: 'The achievement it tells' })).toHaveDisplayValue('An achievement since deleted');
    expect(within(form).getByRole('button', { name: 'Fill empty parts from it' })).toBeDisabled();
    expect(field(form, 'Action')).toHaveValue('I re-baselined 14 milestones.');
  });

  it('a story with an achievement in the plan does not say its source is gone', async () => {
    const user = await openScreen();
    await user.selectOptions(answerWith(CONFLICT), 'a-clash');
    const form = await screen.findByRole('form', { name: 'New story' });
    expect(within(form).queryByText(/has been deleted/)).toBeNull();
  });

  it('refuses a blank title next to the Title field and sends nothing', async () => {
    const user = await openScreen();
    await user.click(writeNew());
    const form = await screen.findByRole('form', { name: 'New story' });
    await user.type(field(form, 'Situation'), 'The portfolio report was three weeks late.');
    await user.type(field(form, 'Title'), '   ');
    await user.click(within(form).getByRole('button', { name: 'Add story' }));

    expect(await within(form).findByText('Enter the story title.')).toBeInTheDocument();
    expect(field(form, 'Title')).toHaveAttribute('aria-invalid', 'true');
    expect(field(form, 'Title')).toHaveAccessibleDescription('Enter the story title.');
    expect(screen.getByRole('form', { name: 'New story' })).toBeInTheDocument(); // still open, still holding the words
    expect(field(form, 'Situation')).toHaveValue('The portfolio report was three weeks late.');
    expect(backend.received).toEqual([]);
    expect(backend.plan.stories).toEqual([]);
  });

  it('keeps what is typed as a story draft until it is saved', async () => {
    const saveDraft = vi.spyOn(backend, 'saveDraft');
    const user = await openScreen();
    await user.click(writeNew());
    const form = await screen.findByRole('form', { name: 'New story' });
    await user.type(field(form, 'Title'), 'Rescued the portfolio report');

    await waitFor(() => expect(backend.drafts.map((d) => [d.kind, d.label])).toEqual([['story', 'Rescued the portfolio report']]));
    expect(saveDraft).toHaveBeenCalledWith(expect.objectContaining({ kind: 'story', isNew: true, fields: expect.objectContaining({ title: 'Rescued the portfolio report' }) }));
    expect(saveDraft.mock.calls.every(([draft]) => (draft as { kind: string }).kind === 'story')).toBe(true);
    expect(useAppStore.getState().drafts.map((d) => d.kind)).toEqual(['story']);
    expect(backend.received).toEqual([]);
  });
});
