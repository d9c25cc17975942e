import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSyncStore } from '../../../renderer/features/sync/sync-store';
import { useAppStore } from '../../../renderer/store';
import { ApiError } from '../../../shared/ipc/errors';
import { resetStore } from '../../support/reset-store';
import { FOLDER, SettingsSync, lostEdit, syncBackend, syncState } from './sync-backend';

vi.mock('../../../renderer/lib/api', async (importOriginal) => (await import('../../support/mock-api')).mockApiModule(await importOriginal()));

const LOST_DELETION = lostEdit({ key: 'milestones:m2:3', title: 'Milestone: Book the exam', kind: 'deletion', restore: null });

/** The plan on screen first, as in the app, so a restore is an ordinary edit with its undo step. */
async function loadPlan() {
  await act(() => useAppStore.getState().hydrate());
}

beforeEach(() => {
  resetStore({ loadState: 'ready' });
  useSyncStore.setState({ state: null, busy: null, error: null, errorFrom: null });
});

describe('choosing the folder', () => {
  it('in the browser version asks for the path as text, and Enter keeps the plan there', async () => {
    const { called } = syncBackend(syncState());
    const user = userEvent.setup();
    render(<SettingsSync />);
    const field = await screen.findByRole('textbox', { name: 'Folder path' });
    const keep = screen.getByRole('button', { name: 'Keep my plan in this folder' });
    expect(keep).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Keep my plan in a folder…' })).toBeNull();

    await user.type(field, `  ${FOLDER}{Enter}`);
    await waitFor(() => expect(called('useSyncFolder')).toEqual([['useSyncFolder', { folder: FOLDER }]]));
    expect(await screen.findByText(FOLDER, { selector: 'code.path' })).toBeInTheDocument();
    expect(screen.getByText('No other computer has used this folder yet.', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Folder path' })).toBeNull();
  });

  it('in the desktop app asks main to show its picker', async () => {
    const { called } = syncBackend(syncState({ canPickFolder: true }));
    const user = userEvent.setup();
    render(<SettingsSync />);
    await user.click(await screen.findByRole('button', { name: 'Keep my plan in a folder…' }));
    await waitFor(() => expect(called('useSyncFolder')).toEqual([['useSyncFolder', { folder: null }]]));
    expect(screen.queryByRole('textbox', { name: 'Folder path' })).toBeNull();
  });

  it('shows a refused folder in main’s words and keeps the form with what was typed', async () => {
    const { refuseNext } = syncBackend(syncState());
    refuseNext('useSyncFolder', 'PMO Pathway cannot write to that folder. Choose one you can save files in.');
    const user = userEvent.setup();
    render(<SettingsSync />);
    await user.type(await screen.findByRole('textbox', { name: 'Folder path' }), '/Volumes/Locked');
    await user.click(screen.getByRole('button', { name: 'Keep my plan in this folder' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('PMO Pathway cannot write to that folder. Choose one you can save files in.');
    expect(screen.getByRole('textbox', { name: 'Folder path' })).toHaveValue('/Volumes/Locked');
    expect(screen.getByRole('button', { name: 'Keep my plan in this folder' })).toBeEnabled();
  });
});

describe('while the plan is in the folder', () => {
  const inUse = () => syncState({ folder: FOLDER, computers: ['Home PC', 'Old desktop'], lastCheckedAt: new Date().toISOString() });

  it('says where, when it last checked and who else uses it; Check now reads it again', async () => {
    const { called } = syncBackend(inUse());
    const user = userEvent.setup();
    render(<SettingsSync />);
    expect(await screen.findByText(FOLDER, { selector: 'code.path' })).toBeInTheDocument();
    expect(screen.getByText(/Last checked \d\d:\d\d\. Also used on: Home PC, Old desktop/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check now' }));
    await waitFor(() => expect(called('syncNow')).toHaveLength(1));
  });

  it('renames this computer with Enter, and shows a refused name’s words under it', async () => {
    const { called, refuseNext } = syncBackend(inUse());
    const user = userEvent.setup();
    render(<SettingsSync />);
    const name = await screen.findByRole('textbox', { name: /This computer's name/ });
    expect(name).toHaveValue('Work laptop');
    refuseNext('renameDevice', 'Home PC already uses that name. Choose another.');
    await user.clear(name);
    await user.type(name, 'Home PC{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Home PC already uses that name. Choose another.');
    expect(name).toHaveAccessibleDescription('Home PC already uses that name. Choose another.');
    expect(name).toHaveValue('Home PC');

    await user.clear(name);
    await user.type(name, 'Studio Mac');
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(called('renameDevice')).toEqual([['renameDevice', 'Home PC'], ['renameDevice', 'Studio Mac']]));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('stops only after the inline confirm step, with focus moved into it and back on Cancel', async () => {
    const { called } = syncBackend(inUse());
    const user = userEvent.setup();
    render(<SettingsSync />);
    const opener = await screen.findByRole('button', { name: "Use the app's own folder again" });
    await user.click(opener);
    const step = screen.getByRole('group', { name: "Use the app's own folder again" });
    expect(step).toHaveTextContent('Your plan stays on this computer and stops updating from the folder. Your file stays in the folder for your other computers.');
    expect(within(step).getByRole('button', { name: 'Stop using the folder' })).toHaveFocus();
    expect(called('stopSyncFolder')).toEqual([]);

    await user.click(within(step).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: "Use the app's own folder again" })).toBeNull();
    expect(screen.getByRole('button', { name: "Use the app's own folder again" })).toHaveFocus();
    expect(called('stopSyncFolder')).toEqual([]);

    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Stop using the folder' }));
    await waitFor(() => expect(called('stopSyncFolder')).toHaveLength(1));
    expect(await screen.findByRole('textbox', { name: 'Folder path' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'One plan on two computers' })).toHaveFocus();
  });

  it('shows main’s problem with the folder and the files it passed over', async () => {
    syncBackend({ ...inUse(), problem: 'The folder is not there (is the drive unplugged?).', skipped: [{ file: 'plan.h.json', words: 'Home PC’s file is still downloading.' }] });
    render(<SettingsSync />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The folder is not there (is the drive unplugged?).');
    expect(screen.getByRole('status')).toHaveTextContent('Home PC’s file is still downloading.');
  });
});

describe('versions that lost a conflict', () => {
  it('restores one as an ordinary undoable edit, then takes it off the list', async () => {
    const { backend, calls } = syncBackend(syncState({ folder: FOLDER, conflicts: [lostEdit(), LOST_DELETION] }));
    await loadPlan();
    const user = userEvent.setup();
    render(<SettingsSync />);
    expect(await screen.findByRole('heading', { name: 'Merged with conflicts' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Merged with conflicts' });
    const [edited, deleted] = within(list).getAllByRole('listitem');
    expect(edited).toHaveTextContent('from Home PC, ');
    expect(deleted).toHaveTextContent('(it had been deleted there)');
    expect(within(deleted!).queryByRole('button', { name: /Restore/ })).toBeNull();

    await user.click(within(edited!).getByRole('button', { name: 'Restore this version of Milestone: Pass the PMP exam' }));
    await waitFor(() => expect(calls.map(([name]) => name)).toContain('dismissSyncConflicts'));
    expect(backend.received).toEqual([lostEdit().restore]);
    expect(backend.plan.milestones.map((m) => [m.id, m.notes])).toEqual([['m1', 'Booked for June']]);
    expect(useAppStore.getState().undoStack.at(-1)?.label).toBe('Restore Milestone: Pass the PMP exam');
    // Off the list only after main stored the edit.
    expect(calls.filter(([name]) => name !== 'getSyncState')).toEqual([
      ['applyChange', lostEdit().restore],
      ['dismissSyncConflicts', ['milestones:m1:7']],
    ]);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
  });

  it('keeps the version listed when the restore is refused, and offers no restore on a read-only plan', async () => {
    const { backend, called } = syncBackend(syncState({ folder: FOLDER, conflicts: [lostEdit(), LOST_DELETION] }));
    backend.refuseNext(new ApiError('validation', 'Keep the notes to 10,000 characters.'));
    await loadPlan();
    const user = userEvent.setup();
    render(<SettingsSync />);
    await user.click(await screen.findByRole('button', { name: 'Restore this version of Milestone: Pass the PMP exam' }));
    expect(await screen.findByText('Keep the notes to 10,000 characters.')).toBeInTheDocument();
    expect(called('dismissSyncConflicts')).toEqual([]);

    act(() => useAppStore.setState({ snapshot: { ...useAppStore.getState().snapshot!, readOnly: true } }));
    expect(screen.queryByRole('button', { name: /Restore this version/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Dismiss all' }));
    await waitFor(() => expect(called('dismissSyncConflicts')).toEqual([['dismissSyncConflicts', ['milestones:m1:7', 'milestones:m2:3']]]));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Merged with conflicts' })).toBeNull());
  });
});

describe('the syncChanged event', () => {
  it('reloads the state and says once what a merge brought in', async () => {
    const { backend, called, setState } = syncBackend(syncState({ folder: FOLDER }));
    render(<SettingsSync />);
    expect(await screen.findByText('No other computer has used this folder yet.', { exact: false })).toBeInTheDocument();
    const loads = called('getSyncState').length;

    setState(syncState({ folder: FOLDER, computers: ['Home PC'] }));
    act(() => backend.emit('syncChanged', { merged: 'Merged 3 changes from Home PC.', conflicts: 0 }));
    expect(await screen.findByText('Merged 3 changes from Home PC.', { selector: '.toast span' })).toBeInTheDocument();
    expect(await screen.findByText(/Also used on: Home PC/)).toBeInTheDocument();
    expect(called('getSyncState')).toHaveLength(loads + 1);

    act(() => backend.emit('syncChanged', { merged: null, conflicts: 0 }));
    await waitFor(() => expect(called('getSyncState')).toHaveLength(loads + 2));
    expect(useAppStore.getState().toasts.map((toast) => toast.message)).toEqual(['Merged 3 changes from Home PC.']);
  });

  it('says once that versions lost a conflict, with a way to them', async () => {
    const { backend } = syncBackend(syncState({ folder: FOLDER }));
    render(<SettingsSync />);
    await screen.findByText('No other computer has used this folder yet.', { exact: false });
    useAppStore.getState().go('dashboard', null);
    act(() => backend.emit('syncChanged', { merged: null, conflicts: 2 }));
    const [toast] = useAppStore.getState().toasts;
    expect(toast?.message).toMatch(/^Merged with conflicts: 2 versions lost/);
    act(() => toast!.action!.run());
    expect(useAppStore.getState().screen).toBe('settings');
  });
});
