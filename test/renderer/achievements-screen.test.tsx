import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/App';
import { dispatchAppCommand } from '../../renderer/lib/app-commands';
import { useAppStore } from '../../renderer/store';
import { ApiError } from '../../shared/ipc/errors';
import { localDate } from '../../shared/model';
import { FakePlanBackend, onboarded } from '../support/fake-plan-backend';
import { useFakeBackend } from '../support/mock-api';
import { achievement, planWith, role, skill } from '../support/plan-builders';
import { resetStore } from '../support/reset-store';

vi.mock('../../renderer/lib/api', async (importOriginal) => (await import('../support/mock-api')).mockApiModule(await importOriginal()));

let backend: FakePlanBackend;

function seed(parts: Parameters<typeof planWith>[0]) {
  backend.plan = onboarded(planWith(parts));
}

beforeEach(() => {
  backend = useFakeBackend(new FakePlanBackend());
  resetStore({ screen: 'achievements' });
  seed({});
});

async function renderApp() {
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Achievements' });
  return user;
}

const editor = () => screen.getByRole('form', { name: /^(New|Edit) achievement/ });
const field = (name: string | RegExp) => within(editor()).getByRole('textbox', { name });
const check = (label: string) => within(screen.getByRole('list', { name: 'Bullet checklist' })).getByText(label).closest('li')!;
const listTitles = () => within(screen.getByRole('list', { name: 'Achievements' })).getAllByRole('button', { name: /^(?!Delete)/ }).map((b) => b.textContent);

/** The spoken summary says exactly what the visible checklist shows, at every moment. */
function expectSummaryAgreesWithChecklist() {
  const items = within(screen.getByRole('list', { name: 'Bullet checklist' })).getAllByRole('listitem');
  const met = items.filter((item) => /— met/.test(item.textContent ?? '')).length;
  expect(screen.getByText(new RegExp(`^${met} of ${items.length} checks met\\.`))).toBeInTheDocument();
}

async function openNewEditor(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'New achievement' }));
  return editor();
}

describe('the achievements screen', () => {
  it('explains what a good achievement is when there are none', async () => {
    await renderApp();
    expect(screen.getByText('No achievements yet')).toBeInTheDocument();
    expect(screen.getByText(/starts with a past-tense verb/)).toBeInTheDocument();
  });

  it('updates the CV bullet preview as X-Y-Z fields are typed, and flips hints from not met to met', async () => {
    const user = await renderApp();
    await openNewEditor(user);
    expect(field('Title')).toHaveFocus();
    await user.type(field('Title'), 'Status reporting');
    expect(screen.getByTestId('bullet-preview')).toHaveTextContent('Status reporting.');
    expect(check('Starts with an action verb')).toHaveTextContent('not met');
    expectSummaryAgreesWithChecklist();

    await user.type(field('Accomplished [X]'), 'cut late status reports');
    expectSummaryAgreesWithChecklist();
    expect(screen.getByTestId('bullet-preview')).toHaveTextContent(/^Cut late status reports\.$/);
    expect(check('Starts with an action verb')).toHaveTextContent('— met');
    expect(check('Has a number')).toHaveTextContent('not met');
    expect(check('Between 8 and 35 words')).toHaveTextContent('not met');

    await user.type(field('As measured by [Y]'), 'on-time reports rising from 60% to 95%');
    await user.type(field('By doing [Z]'), 'by introducing a weekly RAID review');
    expect(screen.getByTestId('bullet-preview')).toHaveTextContent(
      'Cut late status reports, as measured by on-time reports rising from 60% to 95%, by introducing a weekly RAID review.',
    );
    expect(check('Has a number')).toHaveTextContent('— met');
    expect(check('Between 8 and 35 words')).toHaveTextContent('— met');
    expect(check('No first-person pronouns')).toHaveTextContent('— met');
    // The summary for screen readers agrees with the visible checklist at once, never lagging behind it.
    // (Six checks, and Spelling as the seventh once its dictionary has loaded: every one met.)
    expect(screen.getByText(/^(\d) of \1 checks met\. The bullet is CV-ready\./)).toBeInTheDocument();
    expectSummaryAgreesWithChecklist();
  });

  it('keeps STAR answers when switching style, and a hand-written bullet wins the preview', async () => {
    const user = await renderApp();
    await openNewEditor(user);
    await user.type(field('Title'), 'Board pack');
    await user.click(within(editor()).getByRole('radio', { name: 'STAR' }));
    await user.type(field('Action'), 'Introduced one status template');
    await user.type(field('Result'), 'cutting preparation from 3 days to 1');
    expect(screen.getByTestId('bullet-preview')).toHaveTextContent('Introduced one status template, cutting preparation from 3 days to 1.');
    await user.click(within(editor()).getByRole('radio', { name: 'X-Y-Z' }));
    await user.click(within(editor()).getByRole('radio', { name: 'STAR' }));
    expect(field('Action')).toHaveValue('Introduced one status template');
    await user.type(field(/CV bullet in your own words/), 'I was responsible for reports');
    expect(screen.getByTestId('bullet-preview')).toHaveTextContent('I was responsible for reports');
    expect(check('No first-person pronouns')).toHaveTextContent('not met');
    expect(check('An achievement, not a duty')).toHaveTextContent('not met');
  });

  it('saves metrics, tags, linked skills and the CV choice', async () => {
    seed({ skills: [skill({ id: 'sk-raid', name: 'RAID management' })] });
    const user = await renderApp();
    await openNewEditor(user);
    await user.type(field('Title'), 'Late reports');
    await user.type(field('Accomplished [X]'), 'Cut late reports');
    await user.click(within(editor()).getByRole('button', { name: 'Add a metric' }));
    const metric = within(editor()).getByRole('group', { name: 'Metric 1' });
    expect(within(metric).getByRole('textbox', { name: 'Value' })).toHaveFocus();
    await user.type(within(metric).getByRole('textbox', { name: 'Value' }), '40');
    await user.type(within(metric).getByRole('textbox', { name: 'Unit' }), '%');
    await user.type(within(metric).getByRole('textbox', { name: 'What it measures' }), 'fewer late reports');
    // With no [Y] typed, the composer measures by the metrics.
    expect(screen.getByTestId('bullet-preview')).toHaveTextContent('Cut late reports, as measured by 40% fewer late reports.');
    await user.type(field('Tags'), 'governance{Enter}Reporting,');
    expect(field('Tags')).toHaveValue('');
    await user.click(within(editor()).getByRole('button', { name: 'Remove tag Reporting' }));
    await user.click(within(editor()).getByRole('checkbox', { name: 'RAID management' }));
    await user.click(within(editor()).getByRole('checkbox', { name: 'Include in my CV' }));
    await user.click(within(editor()).getByRole('button', { name: 'Add achievement' }));

    await waitFor(() => expect(backend.plan.achievements).toHaveLength(1));
    const saved = backend.plan.achievements[0]!;
    expect(saved.metrics).toEqual([{ value: 40, unit: '%', measures: 'fewer late reports' }]);
    expect(saved.tags).toEqual(['governance']);
    expect(saved.skillIds).toEqual(['sk-raid']);
    expect(saved.includeInCv).toBe(false);
    expect(screen.queryByRole('form', { name: /^(New|Edit) achievement/ })).not.toBeInTheDocument();
  });

  it('shows validation problems next to their field and saves nothing', async () => {
    const user = await renderApp();
    await openNewEditor(user);
    await user.click(within(editor()).getByRole('button', { name: 'Add a metric' }));
    await user.type(within(editor()).getByRole('textbox', { name: 'Unit' }), '%');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(field('Title')).toHaveAccessibleDescription('Enter the achievement title.');
    expect(within(editor()).getByRole('textbox', { name: 'Value' })).toHaveAccessibleDescription('Enter a number, or remove this metric.');
    expect(backend.received).toHaveLength(0);
  });

  it('keeps the form as typed when saving fails', async () => {
    const user = await renderApp();
    await openNewEditor(user);
    await user.type(field('Title'), 'Ran the PMO health check');
    await user.type(field('Accomplished [X]'), 'Ran a PMO health check');
    backend.refuseNext(new ApiError('io', 'The disk is full, so your change was not saved.'));
    await user.click(within(editor()).getByRole('button', { name: 'Add achievement' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The disk is full');
    expect(field('Title')).toHaveValue('Ran the PMO health check');
    expect(field('Accomplished [X]')).toHaveValue('Ran a PMO health check');
    await waitFor(() => expect(useAppStore.getState().snapshot?.plan.achievements).toEqual([]));
  });

  it('quick-logs one on the screen and opens it in the editor for the details', async () => {
    const user = await renderApp();
    await user.type(screen.getByRole('textbox', { name: 'Log an achievement' }), 'Ran the PMO health check{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Add the details' }));
    expect(screen.getByRole('form', { name: 'Edit achievement Ran the PMO health check' })).toBeInTheDocument();
    expect(backend.plan.achievements[0]).toMatchObject({ title: 'Ran the PMO health check', includeInCv: true, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), roleId: null });
  });

  it('dates a new or quick-logged achievement today and puts it in the current role, both changeable', async () => {
    seed({ roles: [role({ id: 'r-old', title: 'Analyst', organisation: 'Acme', startMonth: '2019-01', endMonth: '2022-12' }), role({ id: 'r-now', title: 'Senior BA', organisation: 'Northwind', startMonth: '2023-01', current: true })] });
    const user = await renderApp();
    const today = localDate(new Date());
    await user.type(screen.getByRole('textbox', { name: 'Log an achievement' }), 'Ran the PMO health check{Enter}');
    await waitFor(() => expect(backend.plan.achievements[0]).toMatchObject({ date: today, roleId: 'r-now' }));

    await openNewEditor(user);
    expect(within(editor()).getByLabelText('Date')).toHaveValue(today);
    expect(within(editor()).getByRole('combobox', { name: 'Role' })).toHaveValue('r-now');
    await user.type(field('Title'), 'Started the lessons-learned log');
    await user.clear(within(editor()).getByLabelText('Date'));
    await user.selectOptions(within(editor()).getByRole('combobox', { name: 'Role' }), 'Analyst, Acme (Jan 2019 – Dec 2022)');
    await user.click(within(editor()).getByRole('button', { name: 'Add achievement' }));
    await waitFor(() => expect(backend.plan.achievements.find((a) => a.title === 'Started the lessons-learned log')).toMatchObject({ date: null, roleId: 'r-old' }));
  });

  it('adds a role on the spot from the editor, and picks it', async () => {
    const user = await renderApp();
    await openNewEditor(user);
    await user.type(field('Title'), 'Set up the portfolio board');
    await user.click(within(editor()).getByRole('button', { name: 'Add a role' }));
    const newRole = within(editor()).getByRole('group', { name: 'New role' });
    await user.click(within(newRole).getByRole('button', { name: 'Add role' }));
    expect(within(newRole).getByText('Give the role a job title or an organisation.')).toBeInTheDocument();
    await user.type(within(newRole).getByRole('textbox', { name: 'Job title' }), 'PMO Analyst');
    await user.type(within(newRole).getByRole('textbox', { name: 'Organisation' }), 'Contoso{Enter}');
    await waitFor(() => expect(backend.plan.roles).toHaveLength(1));
    expect(within(editor()).getByRole('combobox', { name: 'Role' })).toHaveValue(backend.plan.roles[0]!.id);
    // Enter in the role's fields added the role, and did not save the achievement.
    expect(backend.plan.achievements).toEqual([]);
    await user.click(within(editor()).getByRole('button', { name: 'Add achievement' }));
    await waitFor(() => expect(backend.plan.achievements[0]?.roleId).toBe(backend.plan.roles[0]!.id));
  });

  describe('with achievements logged', () => {
    beforeEach(() =>
      seed({
        roles: [role({ id: 'r-acme', title: 'Analyst', organisation: 'Acme Ltd', startMonth: '2024-01', current: true }), role({ id: 'r-nhs', title: 'PMO Officer', organisation: 'NHS Trust', startMonth: '2020-02', endMonth: '2023-12' })],
        skills: [skill({ id: 'sk-gov', name: 'Governance' }), skill({ id: 'sk-rep', name: 'Reporting' })],
        achievements: [
          achievement({ id: 'a-old', title: 'Set up a risk log', date: '2023-02-10', area: 'business', tags: ['risk'], skillIds: ['sk-gov'] }),
          achievement({ id: 'a-new', title: 'Rebuilt the portfolio report', date: '2025-09-01', area: 'organisational', tags: ['reporting'], skillIds: ['sk-rep'], roleId: 'r-acme' }),
          achievement({ id: 'a-mid', title: 'Coached two new PMs', date: '2024-05-20', area: 'leadership', tags: ['reporting', 'people'], skillIds: ['sk-gov'] }),
          achievement({ id: 'a-nodate', title: 'Wrote the PMO handbook', area: null }),
        ],
      }),
    );

    it('lists newest first and narrows by area, skill, tag, date range and search', async () => {
      const user = await renderApp();
      expect(listTitles()).toEqual(['Rebuilt the portfolio report', 'Coached two new PMs', 'Set up a risk log', 'Wrote the PMO handbook']);
      const filters = screen.getByRole('search', { name: 'Filter achievements' });

      await user.selectOptions(within(filters).getByRole('combobox', { name: 'Skill' }), 'Governance');
      expect(listTitles()).toEqual(['Coached two new PMs', 'Set up a risk log']);
      await user.selectOptions(within(filters).getByRole('combobox', { name: 'Area' }), 'Leadership skills');
      expect(listTitles()).toEqual(['Coached two new PMs']);
      await user.selectOptions(within(filters).getByRole('combobox', { name: 'Area' }), 'All areas');
      await user.selectOptions(within(filters).getByRole('combobox', { name: 'Skill' }), 'All skills');

      await user.selectOptions(within(filters).getByRole('combobox', { name: 'Tag' }), 'reporting');
      expect(listTitles()).toEqual(['Rebuilt the portfolio report', 'Coached two new PMs']);
      fireEvent.change(within(filters).getByLabelText('From'), { target: { value: '2025-01-01' } });
      expect(listTitles()).toEqual(['Rebuilt the portfolio report']);
      fireEvent.change(within(filters).getByLabelText('To'), { target: { value: '2025-06-30' } });
      expect(screen.getByText('No achievements match')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Clear filters' }));
      expect(listTitles()).toHaveLength(4);

      await user.type(within(filters).getByRole('searchbox', { name: 'Search achievements' }), 'acme');
      expect(listTitles()).toEqual(['Rebuilt the portfolio report']);
      expect(screen.getByText('Showing 1 of 4, newest first.')).toBeInTheDocument();
    });

    it('toggles include-in-CV from the row', async () => {
      const user = await renderApp();
      const toggle = screen.getByRole('checkbox', { name: 'Include in CV: Set up a risk log' });
      expect(toggle).toBeChecked();
      await user.click(toggle);
      expect(toggle).not.toBeChecked();
      await waitFor(() => expect(backend.plan.achievements.find((a) => a.id === 'a-old')?.includeInCv).toBe(false));
      await user.click(toggle);
      await waitFor(() => expect(backend.plan.achievements.find((a) => a.id === 'a-old')?.includeInCv).toBe(true));
    });

    it('deletes at once and restores on Undo', async () => {
      const user = await renderApp();
      await user.click(screen.getByRole('button', { name: 'Delete Coached two new PMs' }));
      await waitFor(() => expect(backend.plan.achievements.map((a) => a.id)).not.toContain('a-mid'));
      expect(listTitles()).not.toContain('Coached two new PMs');

      const toast = await screen.findByText('Deleted “Coached two new PMs”.');
      await user.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
      await waitFor(() => expect(backend.plan.achievements.find((a) => a.id === 'a-mid')?.tags).toEqual(['reporting', 'people']));
      expect(listTitles()).toContain('Coached two new PMs');
    });

    it('edits an item opened from its row, and answers the find and new-item commands', async () => {
      const user = await renderApp();
      await user.click(screen.getByRole('button', { name: 'Set up a risk log' }));
      expect(field('Title')).toHaveValue('Set up a risk log');
      await user.selectOptions(within(editor()).getByRole('combobox', { name: 'Role' }), 'PMO Officer, NHS Trust (Feb 2020 – Dec 2023)');
      await user.click(within(editor()).getByRole('button', { name: 'Save changes' }));
      await waitFor(() => expect(backend.plan.achievements.find((a) => a.id === 'a-old')?.roleId).toBe('r-nhs'));

      dispatchAppCommand('find');
      expect(screen.getByRole('searchbox', { name: 'Search achievements' })).toHaveFocus();
      dispatchAppCommand('new-item');
      expect(await screen.findByRole('heading', { name: 'New achievement' })).toBeInTheDocument();
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('form', { name: /^(New|Edit) achievement/ })).not.toBeInTheDocument();
    });

    it('opens the item named by focusItemId (from the dashboard)', async () => {
      useAppStore.setState({ focusItemId: 'a-nodate' });
      await renderApp();
      expect(await screen.findByRole('form', { name: 'Edit achievement Wrote the PMO handbook' })).toBeInTheDocument();
    });
  });
});
