import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/App';
import { Notices } from '../../renderer/features/notifications/Notices';
import { Toasts } from '../../renderer/features/notifications/Toasts';
import { useAppStore } from '../../renderer/store';
import { PlanSchema } from '../../shared/model';
import { FakePlanBackend, onboarded } from '../support/fake-plan-backend';
import { useFakeBackend } from '../support/mock-api';
import { milestone, planWith } from '../support/plan-builders';
import { resetStore } from '../support/reset-store';

vi.mock('../../renderer/lib/api', async (importOriginal) => (await import('../support/mock-api')).mockApiModule(await importOriginal()));

const NEWER = 'Your plan was saved by a newer version of PMO Pathway (plan version 9). It is open read-only and will not be changed.';
const OFFER = { id: 'open-newest-backup', label: 'Open my most recent backup' } as const;

let backend: FakePlanBackend;
beforeEach(() => {
  backend = useFakeBackend(new FakePlanBackend());
  resetStore();
  backend.plan = onboarded(backend.plan);
  backend.readOnly = true;
  backend.notices = [{ level: 'error', message: NEWER, action: OFFER }];
});

describe('notices that offer an action', () => {
  it('a newer version’s plan: the button opens the newest backup, and the page shows it writable with main’s new notice', async () => {
    const backup = PlanSchema.parse({
      ...planWith({ milestones: [milestone({ id: 'm1', title: 'From the backup' })] }),
      profile: { ...backend.plan.profile },
    });
    backend.newestBackup = backup;
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText('Read-only')).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(NEWER);

    await user.click(within(alert).getByRole('button', { name: 'Open my most recent backup' }));

    expect(backend.openNewestBackupCalls).toBe(1);
    expect(await screen.findByText(/PMO Pathway opened your most recent backup/)).toBeInTheDocument();
    expect(screen.queryByText('Read-only')).not.toBeInTheDocument(); // the snapshot was reloaded on planChanged
    expect(screen.queryByRole('button', { name: 'Open my most recent backup' })).not.toBeInTheDocument();
    expect(useAppStore.getState().snapshot?.plan.milestones.map((m) => m.title)).toEqual(['From the backup']);
  });

  it('when main refuses, says why in a message and leaves the notice and its button', async () => {
    const user = userEvent.setup();
    await act(() => useAppStore.getState().hydrate());
    render(
      <>
        <Notices />
        <Toasts />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Open my most recent backup' }));
    expect(await screen.findByText('No backup can be opened, so your plan was left as it is, read-only.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open my most recent backup' })).toBeEnabled();
    expect(useAppStore.getState().snapshot?.readOnly).toBe(true);
  });

  it('a notice without an action has no button', async () => {
    backend.notices = [{ level: 'warning', message: 'Your plan file was missing, so PMO Pathway opened your most recent backup.' }];
    await act(() => useAppStore.getState().hydrate());
    render(<Notices />);
    expect(screen.getByRole('status')).toHaveTextContent('Your plan file was missing');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
