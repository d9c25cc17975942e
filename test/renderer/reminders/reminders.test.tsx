import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultAppSettings } from '../../../shared/app-settings/schema';
import type { AppSettingsState } from '../../../shared/ipc/app-settings';
import type { RemindersState } from '../../../shared/ipc/reminders';
import { ApiError } from '../../../shared/ipc/errors';
import { useAppSettingsStore } from '../../../renderer/features/app-settings/app-settings-store';
import { AwayBanner } from '../../../renderer/features/reminders/AwayBanner';
import { ReminderSettings } from '../../../renderer/features/reminders/ReminderSettings';
import { RemindersButton } from '../../../renderer/features/reminders/RemindersButton';
import { useRemindersStore } from '../../../renderer/features/reminders/reminders-store';
import { useReminderEvents } from '../../../renderer/features/reminders/useReminderEvents';
import { Toasts } from '../../../renderer/features/notifications/Toasts';
import { useAppStore } from '../../../renderer/store';
import { FakePlanBackend } from '../../support/fake-plan-backend';
import { useFakeBackend as installFakeBackend } from '../../support/mock-api';
import { resetStore } from '../../support/reset-store';

vi.mock('../../../renderer/lib/api', async (importOriginal) => (await import('../../support/mock-api')).mockApiModule(await importOriginal()));

const due = (key: string, title: string, screenName: 'milestones' | 'achievements' = 'milestones'): RemindersState['reminders'][number] => ({
  key,
  kind: screenName === 'milestones' ? 'milestoneDue' : 'weeklyNudge',
  title,
  body: `${title} body`,
  dueAt: '2026-12-02T09:00',
  target: { screen: screenName, itemId: screenName === 'milestones' ? 'm1' : null },
});

/** A backend whose reminder methods behave like main's: dismissals and restores change what it lists. */
function remindersBackend(initial: RemindersState['reminders'], away: RemindersState['away'] = null) {
  const backend = installFakeBackend(new FakePlanBackend()) as FakePlanBackend & Record<string, unknown>;
  let listed = [...initial];
  const dismissed: string[] = [];
  let awayNow = away;
  const state = (): RemindersState => ({ reminders: listed.filter((r) => !dismissed.includes(r.key)), away: awayNow, channel: 'system', problem: null });
  backend.getReminders = async () => state();
  backend.dismissReminders = async (keys: string[]) => (dismissed.push(...keys), state());
  backend.restoreReminders = async (keys: string[]) => (keys.forEach((k) => dismissed.splice(dismissed.indexOf(k), 1)), state());
  backend.clearRemindersAway = async () => ((awayNow = null), state());
  return { backend, setListed: (next: RemindersState['reminders']) => void (listed = next) };
}

function Shell() {
  useReminderEvents();
  return (
    <>
      <RemindersButton />
      <AwayBanner />
      <Toasts />
    </>
  );
}

beforeEach(() => {
  // The plan is on screen: the reminders load after it, not alongside it.
  resetStore({ loadState: 'ready' });
  useRemindersStore.setState({ state: null, panelOpen: false });
  useAppSettingsStore.setState({ state: null, problems: {} });
});

describe('the reminders list', () => {
  it('counts what is due, lists it, opens an item, and closes with Escape back to the bell', async () => {
    remindersBackend([due('a', 'Milestone due tomorrow'), due('b', 'Log an achievement this week', 'achievements')]);
    const user = userEvent.setup();
    render(<Shell />);
    const bell = await screen.findByRole('button', { name: 'Reminders 2 due' });
    await user.click(bell);
    const panel = screen.getByRole('region', { name: 'Reminders' });
    expect(within(panel).getAllByRole('listitem').map((item) => item.querySelector('.reminder-title')?.textContent)).toEqual(['Milestone due tomorrow', 'Log an achievement this week']);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Reminders' })).toBeNull();
    expect(bell).toHaveFocus();
    await user.click(bell);
    await user.click(screen.getByRole('button', { name: 'Open the milestone' }));
    expect(useAppStore.getState()).toMatchObject({ screen: 'milestones', focusItemId: 'm1' });
  });

  it('dismisses one with Undo, and all at once', async () => {
    remindersBackend([due('a', 'Milestone due tomorrow'), due('b', 'Milestone due today')]);
    const user = userEvent.setup();
    render(<Shell />);
    await user.click(await screen.findByRole('button', { name: 'Reminders 2 due' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss: Milestone due tomorrow' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByText('Dismissed “Milestone due tomorrow”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'Dismiss all' }));
    expect(await screen.findByText(/Nothing is due/)).toBeInTheDocument();
    expect(screen.getByText('Dismissed 2 reminders.')).toBeInTheDocument();
  });

  it('a reminder that stopped being due in the meantime is explained, and the list is brought up to date', async () => {
    const { backend, setListed } = remindersBackend([due('a', 'Milestone due tomorrow')]);
    backend.dismissReminders = async () => {
      setListed([]);
      throw new ApiError('not-found', 'That reminder is no longer due: the list has been brought up to date.');
    };
    const user = userEvent.setup();
    render(<Shell />);
    await user.click(await screen.findByRole('button', { name: 'Reminders 1 due' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss: Milestone due tomorrow' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That reminder is no longer due');
    expect(await screen.findByText(/Nothing is due/)).toBeInTheDocument();
  });

  it('says what fell due while the app was closed, once, and follows a clicked notification', async () => {
    const { backend } = remindersBackend([due('a', 'Milestone due tomorrow')], { count: 1, titles: ['Milestone due tomorrow'], since: null });
    const user = userEvent.setup();
    render(<Shell />);
    expect((await screen.findByText(/While you were away:/)).closest('p')).toHaveTextContent('While you were away: 1 reminder — Milestone due tomorrow.');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByText(/While you were away/)).toBeNull());
    act(() => backend.emit('openReminder', { target: { screen: 'certifications', itemId: 'c1' } }));
    expect(useAppStore.getState()).toMatchObject({ screen: 'certifications', focusItemId: 'c1' });
    act(() => backend.emit('openReminder', { target: null }));
    expect(await screen.findByRole('region', { name: 'Reminders' })).toBeInTheDocument();
  });
});

describe('Settings → Reminders', () => {
  function settingsBackend(canOpenAtLogin: boolean) {
    const backend = installFakeBackend(new FakePlanBackend()) as FakePlanBackend & Record<string, unknown>;
    let state: AppSettingsState = { settings: defaultAppSettings(), canOpenAtLogin, problem: null };
    const patches: unknown[] = [];
    backend.getAppSettings = async () => state;
    backend.updateAppSettings = async (patch: { reminders?: Record<string, unknown>; openAtLogin?: boolean }) => {
      patches.push(patch);
      const time = (patch.reminders?.weeklyNudge as { time?: string } | undefined)?.time;
      if (time === '25:00') throw new ApiError('validation', 'Give a time as HH:MM, for example 09:30.');
      state = { ...state, settings: { ...state.settings, ...('openAtLogin' in patch ? { openAtLogin: patch.openAtLogin! } : {}), reminders: { ...state.settings.reminders, ...patch.reminders } as never } };
      return state;
    };
    return patches;
  }

  it('sends each kind whole when its switch or its timing changes', async () => {
    const patches = settingsBackend(true);
    const user = userEvent.setup();
    render(<ReminderSettings />);
    await user.click(await screen.findByRole('checkbox', { name: 'A milestone is overdue' }));
    expect(patches.at(-1)).toEqual({ reminders: { milestoneOverdue: { enabled: false } } });
    const days = screen.getByRole('spinbutton', { name: 'days before' });
    await user.clear(days);
    await user.type(days, '5{Enter}');
    expect(patches.at(-1)).toEqual({ reminders: { milestoneDue: { enabled: true, daysBefore: 5 } } });
    const warnings = screen.getByRole('textbox', { name: 'days before it expires' });
    await user.clear(warnings);
    await user.type(warnings, '60, 14{Enter}');
    expect(patches.at(-1)).toEqual({ reminders: { renewal: { enabled: true, daysBefore: [60, 14] } } });
    await user.selectOptions(screen.getByRole('combobox', { name: 'on' }), 'Monday');
    expect(patches.at(-1)).toEqual({ reminders: { weeklyNudge: { enabled: true, weekday: 1, time: '16:00' } } });
    await user.click(screen.getByRole('checkbox', { name: /Open PMO Pathway when I log in/ }));
    expect(patches.at(-1)).toEqual({ openAtLogin: true });
    expect(screen.getByRole('checkbox', { name: /Open PMO Pathway when I log in/ })).toBeChecked();
  });

  it('shows a refusal beside its setting, and offers no log-in start where the shell has none', async () => {
    settingsBackend(false);
    const { update } = useAppSettingsStore.getState();
    render(<ReminderSettings />);
    await screen.findByRole('checkbox', { name: 'A milestone is overdue' });
    await act(() => update('weeklyNudge', { reminders: { weeklyNudge: { enabled: true, weekday: 5, time: '25:00' } } }));
    expect(screen.getByRole('alert')).toHaveTextContent('Give a time as HH:MM, for example 09:30.');
    expect(screen.queryByRole('checkbox', { name: /when I log in/ })).toBeNull();
  });
});
