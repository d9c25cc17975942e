import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/App';
import { ApiError } from '../../shared/ipc/errors';
import { localDate } from '../../shared/model';
import { BACKEND_NOW, FakePlanBackend, deferred, onboarded } from '../support/fake-plan-backend';
import { useFakeBackend } from '../support/mock-api';
import { resetStore } from '../support/reset-store';

vi.mock('../../renderer/lib/api', async (importOriginal) => (await import('../support/mock-api')).mockApiModule(await importOriginal()));

let backend: FakePlanBackend;

beforeEach(() => {
  backend = useFakeBackend(new FakePlanBackend());
  resetStore({ screen: 'milestones' });
  backend.plan = onboarded(backend.plan);
});

async function renderApp() {
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Milestones' });
  return user;
}

const quickAdd = () => screen.getByRole('textbox', { name: 'Add a milestone' });
const milestoneTitles = () => backend.plan.milestones.map((m) => m.title);
const saveState = () => document.querySelector('.save-state');

describe('the milestones screen', () => {
  it('shows the empty state once the plan has loaded', async () => {
    await renderApp();
    expect(screen.getByText('No milestones yet')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Milestones' })).not.toBeInTheDocument();
    expect(saveState()).toHaveTextContent('All changes saved');
    expect(backend.listenerCount('planChanged')).toBe(1);
  });

  it('adds a typed milestone on Enter, stores it, and clears the field', async () => {
    const user = await renderApp();
    await user.type(quickAdd(), '  Shadow the PMO for a week  {Enter}');

    const list = await screen.findByRole('list', { name: 'Milestones' });
    expect(within(list).getByRole('button', { name: 'Shadow the PMO for a week' })).toBeInTheDocument();
    await waitFor(() => expect(quickAdd()).toHaveValue(''));
    expect(milestoneTitles()).toEqual(['Shadow the PMO for a week']);
    expect(screen.queryByText('No milestones yet')).not.toBeInTheDocument();
    expect(saveState()).toHaveTextContent('All changes saved');
  });

  it('shows the milestone at once and says Saving… until main has stored it', async () => {
    const user = await renderApp();
    const gate = deferred();
    backend.gate = gate.promise;
    await user.type(quickAdd(), 'Book the exam{Enter}');

    expect(await screen.findByRole('button', { name: 'Book the exam' })).toBeInTheDocument();
    expect(saveState()).toHaveTextContent('Saving…');
    expect(quickAdd()).toHaveValue('Book the exam'); // cleared only once stored
    expect(backend.revision).toBe(0);

    gate.resolve();
    await waitFor(() => expect(saveState()).toHaveTextContent('All changes saved'));
    expect(quickAdd()).toHaveValue('');
    expect(backend.revision).toBe(1);
  });

  it('refuses a blank title without calling main', async () => {
    const user = await renderApp();
    await user.type(quickAdd(), '   {Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the milestone title.');
    expect(backend.received).toEqual([]);
  });

  it('ticks a milestone done (today recorded by main) and back again', async () => {
    const user = await renderApp();
    await user.type(quickAdd(), 'Shadow the PMO{Enter}');
    const checkbox = await screen.findByRole('checkbox', { name: 'Done: Shadow the PMO' });
    expect(checkbox).not.toBeChecked();

    await user.click(checkbox);
    await waitFor(() => expect(backend.plan.milestones[0]).toMatchObject({ status: 'done', completedOn: localDate(BACKEND_NOW) }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Done: Shadow the PMO' })).toBeChecked());
    expect(await screen.findByText('Done 2 Mar 2026')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Done: Shadow the PMO' }));
    await waitFor(() => expect(backend.plan.milestones[0]).toMatchObject({ status: 'todo', completedOn: null }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Done: Shadow the PMO' })).not.toBeChecked());
    expect(screen.queryByText(/^Done \d/)).not.toBeInTheDocument();
  });

  it('shows a refused save in an alert, keeps what was typed, and drops the unsaved item', async () => {
    const user = await renderApp();
    backend.refuseNext(new ApiError('io', 'The disk is full, so your change was not saved. Free some space and try again.'));
    await user.type(quickAdd(), 'Book PRINCE2 Foundation{Enter}');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The disk is full, so your change was not saved. Free some space and try again.');
    expect(quickAdd()).toHaveValue('Book PRINCE2 Foundation');
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Milestones' })).not.toBeInTheDocument());
    expect(screen.getByText('No milestones yet')).toBeInTheDocument();
    expect(milestoneTitles()).toEqual([]);

    // The same words go through once the disk has room.
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(milestoneTitles()).toEqual(['Book PRINCE2 Foundation']));
    await waitFor(() => expect(quickAdd()).toHaveValue(''));
  });

  it('reloads when main says the plan changed elsewhere', async () => {
    await renderApp();
    await backend.applyChange({ type: 'milestone.put', item: { id: 'imported', title: 'From an import' } });
    backend.emit('planChanged', { revision: backend.revision });
    expect(await screen.findByRole('button', { name: 'From an import' })).toBeInTheDocument();
  });

  it('opens a read-only plan with its notice and no way to edit', async () => {
    await backend.applyChange({ type: 'milestone.put', item: { id: 'm1', title: 'Existing' } });
    backend.readOnly = true;
    backend.notices = [{ level: 'error', message: 'Your plan was saved by a newer version of PMO Pathway (format 3).' }];
    await renderApp();

    expect(screen.getByRole('alert')).toHaveTextContent('newer version of PMO Pathway');
    expect(quickAdd()).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Done: Existing' })).toBeDisabled();
  });

  it('explains a failed load and retries', async () => {
    const failing = vi.spyOn(backend, 'getPlan').mockRejectedValueOnce(new ApiError('io', 'Your plan file could not be read.'));
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Your plan file could not be read.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Milestones' })).toBeInTheDocument();
    expect(failing).toHaveBeenCalledTimes(2);
  });
});

describe('the target role', () => {
  async function openSettings() {
    const user = await renderApp();
    await user.click(within(screen.getByRole('navigation', { name: 'Screens' })).getByRole('button', { name: /^Settings/ }));
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    return { user, field: screen.getByRole('textbox', { name: 'Target role' }) };
  }

  it('commits on Enter, once', async () => {
    const { user, field } = await openSettings();
    await user.type(field, 'PMO Analyst{Enter}');
    await waitFor(() => expect(backend.plan.profile.targetRole).toBe('PMO Analyst'));

    await user.tab(); // leaving the field must not save the same value again
    expect(backend.received).toHaveLength(1);
    expect(backend.received[0]).toMatchObject({ type: 'profile.update', patch: { targetRole: 'PMO Analyst' } });
    expect(field).toHaveValue('PMO Analyst');
  });

  it('keeps the typed role when the save is refused', async () => {
    const { user, field } = await openSettings();
    backend.refuseNext(new ApiError('io', 'The disk is full.'));
    await user.type(field, 'PMO Manager{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('The disk is full.');
    expect(field).toHaveValue('PMO Manager');
    expect(backend.plan.profile.targetRole).toBe('');
  });
});
