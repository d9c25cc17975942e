import { screen, waitFor, within } from '@testing-library/react';
import InterviewScreen from '../../../renderer/features/interview/InterviewScreen';
import { QUESTION_BANK } from '../../../shared/catalog/interview/questions';
import type { ExportResult } from '../../../shared/cv/export/formats';
import { ApiError } from '../../../shared/ipc/errors';
import type { PrepSheetFormat, PrepSheetRequest } from '../../../shared/ipc/interview';
import { FakePlanBackend, onboarded } from '../../support/fake-plan-backend';
import { useFakeBackend } from '../../support/mock-api';
import { achievement, planWith, story } from '../../support/plan-builders';
import { renderLoaded } from '../../support/render-loaded';
import { resetStore } from '../../support/reset-store';

vi.mock('../../../renderer/lib/api', async (importOriginal) => (await import('../../support/mock-api')).mockApiModule(await importOriginal()));

/** The fake backend with the prep sheet's export, answering as main does for a browser download. */
class PrepBackend extends FakePlanBackend {
  exportPrepSheet = vi.fn(async (_request: PrepSheetRequest, _format: PrepSheetFormat): Promise<ExportResult> => ({ outcome: 'downloaded', fileName: 'Interview prep - 2026-03.docx' }));
}

const CONFLICT = 'q-conflict-between-pms';
const GOVERNANCE = 'q-governance-standards';
const bankOrder = (ids: string[]) => [...ids].sort((a, b) => QUESTION_BANK.findIndex((q) => q.id === a) - QUESTION_BANK.findIndex((q) => q.id === b));

const TOLD = story({
  id: 'st-clash',
  title: 'Two PMs, one test environment',
  questionIds: [CONFLICT, GOVERNANCE],
  star: { situation: 'Two PMs wanted one environment.', task: 'Settle it.', action: 'I proposed a split of 3 days each.', result: 'Both releases shipped on time.' },
});
/** Speaks of risks and the RAID log, and of nothing another theme listens for. */
const RAID = achievement({
  id: 'a-raid',
  title: 'Rebuilt the RAID log',
  star: { situation: 'Nobody trusted the old log.', task: 'Make it useful again.', action: 'I reviewed every open risk with the delivery leads.', result: 'Fewer surprises reached the monthly meeting.' },
});

let backend: PrepBackend;
beforeEach(() => {
  backend = useFakeBackend(new PrepBackend()) as PrepBackend;
  resetStore({ screen: 'interview' });
});

async function openScreen(parts: Parameters<typeof planWith>[0] = {}) {
  backend.plan = onboarded(planWith(parts));
  return renderLoaded(<InterviewScreen />);
}

const rowOf = (questionId: string) => document.querySelector<HTMLElement>(`[data-question-id="${questionId}"]`);
const tab = (name: string | RegExp) => screen.getByRole('tab', { name });
const panel = () => screen.getByRole('tabpanel');
const exportButtons = () => within(panel()).getAllByRole('button', { name: /^Export / });
const sheetGroup = () => within(panel()).getByRole('group', { name: /^Questions on the sheet/ });
const tickedOnSheet = () => within(sheetGroup()).getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked);

describe('the question bank', () => {
  it('hides a bank question: the plan’s preferences keep its id, and it shows again only with “Show hidden questions”', async () => {
    const user = await openScreen();
    await user.click(within(rowOf(GOVERNANCE)!).getByRole('button', { name: 'Hide' }));

    await waitFor(() => expect(backend.plan.preferences.hiddenQuestionIds).toEqual([GOVERNANCE]));
    expect(backend.received).toEqual([{ type: 'preferences.update', patch: { hiddenQuestionIds: [GOVERNANCE] } }]);
    await waitFor(() => expect(rowOf(GOVERNANCE)).toBeNull());
    expect(rowOf(CONFLICT)).not.toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'Show hidden questions (1)' }));
    const shownAgain = rowOf(GOVERNANCE)!;
    expect(shownAgain).toHaveClass('is-hidden');
    expect(within(shownAgain).getByRole('button', { name: 'Show again' })).toBeInTheDocument();
    expect(within(shownAgain).getByRole('button', { name: 'Practise it' })).toBeDisabled();

    await user.click(screen.getByRole('checkbox', { name: 'Show hidden questions (1)' }));
    expect(rowOf(GOVERNANCE)).toBeNull();
  });

  it('adds a question of the person’s own with the themes ticked', async () => {
    const user = await openScreen();
    await user.click(screen.getByRole('button', { name: 'Add your own question' }));
    const form = await screen.findByRole('form', { name: 'New question' });
    await user.type(within(form).getByRole('textbox', { name: 'The question' }), 'How would you say no to a senior sponsor?');
    await user.click(within(form).getByRole('checkbox', { name: 'Conflict' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Senior stakeholders' }));
    await user.click(within(form).getByRole('button', { name: 'Add question' }));

    await waitFor(() => expect(backend.plan.questions).toHaveLength(1));
    expect(backend.received).toEqual([
      { type: 'question.put', item: expect.objectContaining({ text: 'How would you say no to a senior sponsor?', themes: ['conflict', 'stakeholders'], area: null, notes: '' }) },
    ]);
    const id = backend.plan.questions[0]!.id;
    await waitFor(() => expect(rowOf(id)).not.toBeNull());
    expect(within(rowOf(id)!).getByText('Your question')).toBeInTheDocument();
    expect(within(rowOf(id)!).getByText('Senior stakeholders')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'New question' })).toBeNull();
  });
});

describe('coverage', () => {
  it('names a gap in words, suggests an achievement with its reason, and writes a story from it', async () => {
    const user = await openScreen({ achievements: [RAID], stories: [TOLD] });
    await user.click(tab(/^Coverage/));

    const gap = (await within(panel()).findByText('No story yet about managing risks, issues and dependencies.')).closest('li')!;
    // The told story covers conflict and governance: they are not gaps.
    expect(within(panel()).queryByText('No story yet about handling conflict between project managers.')).toBeNull();
    expect(within(panel()).queryByText('No story yet about setting or upholding governance and standards.')).toBeNull();
    const suggested = within(gap).getByRole('list', { name: 'Achievements that could tell a story about risk' });
    expect(within(suggested).getAllByRole('listitem')).toHaveLength(1);
    expect(suggested).toHaveTextContent('“Rebuilt the RAID log” (mentions “risk”, “RAID”)');

    await user.click(within(suggested).getByRole('button', { name: 'Write a story from it' }));
    const form = await screen.findByRole('form', { name: 'New story' });
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveValue('Rebuilt the RAID log');
    expect(within(form).getByRole('textbox', { name: 'Action' })).toHaveValue('I reviewed every open risk with the delivery leads.');
    expect(within(form).getByRole('textbox', { name: 'Result' })).toHaveValue('Fewer surprises reached the monthly meeting.');
    expect(within(form).getByRole('combobox', { name: 'The achievement it tells' })).toHaveValue('a-raid');
    const firstRiskQuestion = QUESTION_BANK.find((q) => q.themes.includes('risk'))!;
    const answers = within(form).getByRole('group', { name: /^Questions it answers \(1 chosen\)/ });
    const ticked = within(answers).getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked);
    expect(ticked.map((box) => box.closest('li')!.textContent)).toEqual([expect.stringContaining(firstRiskQuestion.text)]);
    expect(backend.received).toEqual([]);
  });
});

describe('the prep sheet', () => {
  it('starts from the questions that have a story and exports them as DOCX, saying where the file went', async () => {
    const user = await openScreen({ stories: [TOLD] });
    await user.click(tab('Prep sheet'));

    expect(sheetGroup()).toHaveAccessibleName(/^Questions on the sheet \(2 chosen\)/);
    expect(tickedOnSheet().map((box) => box.closest('li')!.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('two project managers were in conflict'), expect.stringContaining('project governance standard')]),
    );
    expect(tickedOnSheet()).toHaveLength(2);
    for (const button of exportButtons()) expect(button).toBeEnabled();

    await user.click(within(panel()).getByRole('button', { name: 'Export DOCX' }));
    expect(await within(panel()).findByRole('status')).toHaveTextContent('Downloaded “Interview prep - 2026-03.docx”.');
    expect(backend.exportPrepSheet).toHaveBeenCalledTimes(1);
    expect(backend.exportPrepSheet).toHaveBeenCalledWith({ questionIds: bankOrder([CONFLICT, GOVERNANCE]), subtitle: '' }, 'docx');
  });

  it('says in words why an export failed', async () => {
    backend.exportPrepSheet.mockRejectedValueOnce(new ApiError('io', 'The disk is full, so the file was not written.'));
    const user = await openScreen({ stories: [TOLD] });
    await user.click(tab('Prep sheet'));
    await user.click(within(panel()).getByRole('button', { name: 'Export DOCX' }));

    expect(await within(panel()).findByRole('alert')).toHaveTextContent('The prep sheet could not be exported. The disk is full, so the file was not written.');
    expect(within(panel()).queryByText(/^Downloaded/)).toBeNull();
    await waitFor(() => expect(within(panel()).getByRole('button', { name: 'Export DOCX' })).toBeEnabled()); // ready to try again
  });

  it('cannot export with no question chosen', async () => {
    const user = await openScreen({ stories: [TOLD] });
    await user.click(tab('Prep sheet'));
    await user.click(within(panel()).getByRole('button', { name: 'Clear' }));

    expect(sheetGroup()).toHaveAccessibleName(/^Questions on the sheet \(0 chosen\)/);
    expect(exportButtons().map((b) => b.textContent)).toEqual(['Export DOCX', 'Export PDF', 'Export Markdown']);
    for (const button of exportButtons()) expect(button).toBeDisabled();
    expect(within(panel()).getByText('Choose at least one question.')).toBeInTheDocument();
    await user.click(within(panel()).getByRole('button', { name: 'Export DOCX' }));
    expect(backend.exportPrepSheet).not.toHaveBeenCalled();

    await user.click(within(panel()).getByRole('button', { name: 'Every question with a story (2)' }));
    for (const button of exportButtons()) expect(button).toBeEnabled();
  });
});

describe('the tabs', () => {
  it('move with ArrowRight and ArrowLeft, taking focus with them (roving tabindex), and wrap round', async () => {
    const user = await openScreen({ stories: [TOLD] });
    await user.click(tab('Questions'));
    expect(tab('Questions')).toHaveFocus();

    await user.keyboard('{ArrowRight}');
    expect(tab(/^Stories/)).toHaveAttribute('aria-selected', 'true');
    expect(tab(/^Stories/)).toHaveFocus();
    expect(tab(/^Stories/)).toHaveAttribute('tabindex', '0');
    expect(tab('Questions')).toHaveAttribute('aria-selected', 'false');
    expect(tab('Questions')).toHaveAttribute('tabindex', '-1');
    expect(panel()).toHaveAccessibleName(/^Stories/);
    expect(within(panel()).getByRole('button', { name: 'Two PMs, one test environment' })).toBeInTheDocument();

    await user.keyboard('{ArrowLeft}');
    expect(tab('Questions')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Questions')).toHaveFocus();
    expect(within(panel()).getByRole('heading', { name: 'Questions' })).toBeInTheDocument();

    await user.keyboard('{ArrowLeft}');
    expect(tab('Prep sheet')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Prep sheet')).toHaveFocus();
    expect(screen.getAllByRole('tab').filter((t) => t.getAttribute('tabindex') === '0')).toEqual([tab('Prep sheet')]);

    await user.keyboard('{ArrowRight}');
    expect(tab('Questions')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Questions')).toHaveFocus();
  });
});
