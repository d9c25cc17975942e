import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/App';
import { useAppSettingsStore } from '../../../renderer/features/app-settings/app-settings-store';
import { describeReason } from '../../../renderer/features/backups/backup-words';
import { markEditorDirty, resetOpenEditors } from '../../../renderer/features/drafts/open-editors';
import { UpdatesPanel } from '../../../renderer/features/updates/UpdatesPanel';
import { useUpdateEvents } from '../../../renderer/features/updates/useUpdateEvents';
import { useUpdatesStore } from '../../../renderer/features/updates/updates-store';
import { useAppStore } from '../../../renderer/store';
import { defaultAppSettings, type AppSettingsPatch } from '../../../shared/app-settings/schema';
import type { AppSettingsState } from '../../../shared/ipc/app-settings';
import type { UpdateOffer, UpdateState, UpdateStatus } from '../../../shared/ipc/updates';
import { FakePlanBackend, onboarded } from '../../support/fake-plan-backend';
// Not a React hook (it only names the fake main for the mocked api), so imported under a plain name.
import { useFakeBackend as installFakeBackend } from '../../support/mock-api';
import { resetStore } from '../../support/reset-store';

vi.mock('../../../renderer/lib/api', async (importOriginal) => (await import('../../support/mock-api')).mockApiModule(await importOriginal()));

const OFFER: UpdateOffer = {
  version: '0.2.0',
  releaseName: 'PMO Pathway 0.2.0',
  releaseDate: '2026-12-01T10:00:00.000Z',
  notes: 'What’s new\n• Reminders\n• <b>not bold</b> — shown as typed',
};
const available: UpdateStatus = { kind: 'available', offer: OFFER, problem: null, message: 'Version 0.2.0 is available. You have 0.1.0.' };

/** main's side of updates, as a small model: a test says what the next check finds. */
function updatesBackend(options: { shell?: 'electron' | 'browser'; answer?: boolean | null; found?: UpdateStatus } = {}) {
  const backend = installFakeBackend(new FakePlanBackend()) as FakePlanBackend & Record<string, unknown>;
  backend.plan = onboarded(backend.plan);
  backend.appInfo = { ...backend.appInfo, version: '0.1.0', shell: options.shell ?? 'electron' };
  const calls: string[] = [];
  let settings: AppSettingsState = { settings: { ...defaultAppSettings(), updates: { checkAutomatically: options.answer ?? null } }, canOpenAtLogin: true, problem: null };
  let state: UpdateState = { currentVersion: '0.1.0', canUpdate: options.shell !== 'browser', status: { kind: 'idle', message: 'Not checked for updates yet.' } };
  const patches: AppSettingsPatch[] = [];
  const set = (status: UpdateStatus) => {
    state = { ...state, status };
    backend.emit('updateStatus', state);
    return state;
  };
  backend.getAppSettings = async () => (calls.push('getAppSettings'), settings);
  backend.updateAppSettings = async (patch: AppSettingsPatch) => {
    calls.push('updateAppSettings');
    patches.push(patch);
    settings = { ...settings, settings: { ...settings.settings, updates: { checkAutomatically: patch.updates!.checkAutomatically } } };
    return settings;
  };
  backend.getUpdateState = async () => (calls.push('getUpdateState'), state);
  backend.checkForUpdates = async () => {
    calls.push('checkForUpdates');
    if (!state.canUpdate) return state;
    set({ kind: 'checking', message: 'Checking for updates…', automatic: false });
    return set(options.found ?? { kind: 'up-to-date', message: 'You have the latest version, 0.1.0.', checkedAt: '2026-12-02T09:00:00.000Z' });
  };
  backend.downloadUpdate = async () => (calls.push('downloadUpdate'), set({ kind: 'downloading', offer: OFFER, percent: 0, transferredBytes: 0, totalBytes: 0, message: 'Downloading version 0.2.0…' }));
  backend.installUpdate = async () => (calls.push('installUpdate'), set({ kind: 'installing', offer: OFFER, message: 'Your plan is saved and backed up. Restarting to install version 0.2.0…' }));
  return { backend, calls, patches, set };
}

/** The Updates section with what App adds around it: the event subscription. */
function SettingsUpdates() {
  useUpdateEvents();
  return <UpdatesPanel />;
}

beforeEach(() => {
  resetStore();
  resetOpenEditors();
  useAppSettingsStore.setState({ state: null, problems: {} });
  useUpdatesStore.setState({ state: null, busy: null, problem: null });
});

describe('the first-run question on the dashboard', () => {
  it('asks once in the desktop app, checks nothing meanwhile, and “No thanks” keeps the answer no', async () => {
    const { calls, patches } = updatesBackend();
    const user = userEvent.setup();
    render(<App />);
    const question = await screen.findByRole('region', { name: 'Check for updates automatically?' });
    expect(question).toHaveTextContent('Nothing about you or your plan is sent.');
    expect(calls).not.toContain('checkForUpdates');

    await user.click(within(question).getByRole('button', { name: 'No thanks' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Check for updates automatically?' })).toBeNull());
    expect(patches).toEqual([{ updates: { checkAutomatically: false } }]);
    expect(screen.getByText('PMO Pathway will not check for updates. Help → Check for Updates… asks whenever you like.')).toBeInTheDocument();
    expect(document.activeElement).toBe(document.getElementById('main'));
    expect(calls).not.toContain('checkForUpdates');
  });

  it('“Check for updates automatically” stores yes (main then checks, not the page)', async () => {
    const { calls, patches } = updatesBackend();
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Check for updates automatically' }));
    await waitFor(() => expect(patches).toEqual([{ updates: { checkAutomatically: true } }]));
    expect(await screen.findByText('PMO Pathway will check for updates when it starts. You can turn this off in Settings.')).toBeInTheDocument();
    expect(calls).not.toContain('checkForUpdates');
  });

  it('is not asked again once answered, and never in the browser version (which asks main nothing)', async () => {
    updatesBackend({ answer: false });
    const { unmount } = render(<App />);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(useUpdatesStore.getState().state).not.toBeNull());
    expect(screen.queryByRole('region', { name: 'Check for updates automatically?' })).toBeNull();
    unmount();

    resetStore();
    useAppSettingsStore.setState({ state: null, problems: {} });
    useUpdatesStore.setState({ state: null, busy: null, problem: null });
    const { calls } = updatesBackend({ shell: 'browser' });
    render(<App />);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'Check for updates automatically?' })).toBeNull();
    expect(calls).toEqual([]);
  });

  it('after a check at start finds a version, says so once with a way to it', async () => {
    const { backend, set } = updatesBackend({ answer: true });
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { level: 1 });
    act(() => void set({ kind: 'checking', message: 'Checking for updates…', automatic: true }));
    act(() => void set(available));
    expect(await screen.findAllByText('Version 0.2.0 is available. You have 0.1.0.')).not.toHaveLength(0);
    await user.click(screen.getAllByRole('button', { name: 'See the update' })[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(backend.listenerCount('updateStatus')).toBe(1);
  });
});

describe('Help → Check for Updates…', () => {
  it('runs the check and says the result politely, whatever the setting', async () => {
    const { backend, calls } = updatesBackend({ answer: false });
    render(<App />);
    await screen.findByRole('heading', { level: 1 });
    act(() => backend.emit('menuCommand', { command: 'check-for-updates' }));
    const toast = await screen.findByText('You have the latest version, 0.1.0.');
    expect(toast.closest('[role="status"]')).not.toBeNull();
    expect(calls.filter((call) => call === 'checkForUpdates')).toHaveLength(1);
  });

  it('offers the way to the update when there is one', async () => {
    const { backend } = updatesBackend({ answer: false, found: available });
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { level: 1 });
    act(() => backend.emit('menuCommand', { command: 'check-for-updates' }));
    const toast = (await screen.findByText('Version 0.2.0 is available. You have 0.1.0.', { selector: '.toast span' })).closest('.toast') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'See the update' }));
    expect(useAppStore.getState().screen).toBe('settings');
  });
});

describe('Settings → Updates', () => {
  it('has the automatic switch, off until turned on, and a check that works whatever it says', async () => {
    const { patches } = updatesBackend({ answer: null });
    const user = userEvent.setup();
    render(<SettingsUpdates />);
    const automatic = await screen.findByRole('checkbox', { name: 'Check for updates automatically when PMO Pathway starts' });
    await waitFor(() => expect(automatic).toBeEnabled());
    expect(automatic).not.toBeChecked();
    expect(automatic).toHaveAccessibleDescription(/Nothing about you or your plan is sent/);
    await user.click(automatic);
    await waitFor(() => expect(automatic).toBeChecked());
    expect(patches).toEqual([{ updates: { checkAutomatically: true } }]);

    await user.click(screen.getByRole('button', { name: 'Check for updates now' }));
    expect(await screen.findByRole('status')).toHaveTextContent('You have the latest version, 0.1.0.');
  });

  it('shows the new version and its notes as text, downloads with progress, then restarts after saving editors', async () => {
    const { calls, set } = updatesBackend({ answer: true, found: available });
    const user = userEvent.setup();
    render(<SettingsUpdates />);
    await user.click(await screen.findByRole('button', { name: 'Check for updates now' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Version 0.2.0 is available. You have 0.1.0.');
    expect(screen.getByRole('heading', { name: 'PMO Pathway 0.2.0' })).toBeInTheDocument();
    expect(screen.getByText('Released 1 Dec 2026')).toBeInTheDocument();
    const notes = screen.getByRole('region', { name: 'What’s new in version 0.2.0' });
    expect(notes.textContent).toBe(OFFER.notes);
    expect(notes.querySelector('b')).toBeNull();
    expect(calls).not.toContain('downloadUpdate');

    await user.click(screen.getByRole('button', { name: 'Download version 0.2.0' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Downloading version 0.2.0…');
    act(() => void set({ kind: 'downloading', offer: OFFER, percent: 42, transferredBytes: 42_000_000, totalBytes: 100_000_000, message: 'Downloading version 0.2.0…' }));
    const bar = screen.getByRole('progressbar', { name: 'Downloading version 0.2.0' });
    expect((bar as HTMLProgressElement).value).toBe(42);
    expect(screen.getByText('42% · 42.0 MB of 100.0 MB')).toBeInTheDocument();
    // Progress does not change the live sentence, so it is not announced over and over.
    expect(screen.getByRole('status')).toHaveTextContent('Downloading version 0.2.0…');

    act(() => void set({ kind: 'downloaded', offer: OFFER, problem: null, message: 'Version 0.2.0 is downloaded. Restart PMO Pathway to install it.' }));
    const saved: string[] = [];
    markEditorDirty('milestone:m1', { save: async () => (saved.push('m1'), true) } as never);
    await user.click(screen.getByRole('button', { name: 'Restart and install' }));
    await waitFor(() => expect(calls).toContain('installUpdate'));
    expect(saved).toEqual(['m1']);
    expect(await screen.findByRole('status')).toHaveTextContent('Your plan is saved and backed up. Restarting to install version 0.2.0…');
  });

  it('does not ask main to install while an editor cannot save, and says what to do', async () => {
    const { calls, set } = updatesBackend({ answer: true });
    const user = userEvent.setup();
    render(<SettingsUpdates />);
    await screen.findByRole('button', { name: 'Check for updates now' });
    act(() => void set({ kind: 'downloaded', offer: OFFER, problem: null, message: 'Version 0.2.0 is downloaded. Restart PMO Pathway to install it.' }));
    markEditorDirty('milestone:m1', { save: async () => false } as never);
    await user.click(await screen.findByRole('button', { name: 'Restart and install' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('An open editor has changes that could not be saved. Save or discard them, then choose Restart and install again.');
    expect(calls).not.toContain('installUpdate');
  });

  it('shows main’s refusal to install (the backup failed) beside the button, in the live region', async () => {
    const { set } = updatesBackend({ answer: true });
    render(<SettingsUpdates />);
    await screen.findByRole('button', { name: 'Check for updates now' });
    act(
      () =>
        void set({
          kind: 'downloaded',
          offer: OFFER,
          problem: 'Your plan could not be backed up first (the disk is full), so the update was not installed. Your plan is as it was.',
          message: 'Version 0.2.0 is downloaded. Restart PMO Pathway to install it.',
        }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('could not be backed up first (the disk is full)');
    expect(screen.getByRole('button', { name: 'Restart and install' })).toBeEnabled();
  });

  it('in the browser version: no switch, and the check says updates come with the desktop app', async () => {
    const { backend } = updatesBackend({ shell: 'browser' });
    backend.getUpdateState = async () => ({ currentVersion: '0.1.0', canUpdate: false, status: { kind: 'unsupported', message: 'Updates come with the desktop app.' } });
    backend.checkForUpdates = backend.getUpdateState;
    render(<SettingsUpdates />);
    expect(await screen.findByRole('status')).toHaveTextContent('Updates come with the desktop app.');
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});

it('names a before-update backup on the Backups screen', () => {
  expect(describeReason('before-update')).toBe('Before an update');
});
