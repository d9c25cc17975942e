import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QuickLogAchievement } from '../../renderer/features/achievements/QuickLogAchievement';
import { useAppStore } from '../../renderer/store';
import { ApiError } from '../../shared/ipc/errors';
import { FakePlanBackend, onboarded } from '../support/fake-plan-backend';
import { useFakeBackend } from '../support/mock-api';
import { resetStore } from '../support/reset-store';

vi.mock('../../renderer/lib/api', async (importOriginal) => (await import('../support/mock-api')).mockApiModule(await importOriginal()));

let backend: FakePlanBackend;

beforeEach(async () => {
  backend = useFakeBackend(new FakePlanBackend());
  resetStore();
  backend.plan = onboarded(backend.plan);
  // The dashboard embeds the form inside an already loaded app.
  await useAppStore.getState().hydrate();
});

const input = () => screen.getByRole('textbox', { name: 'Log an achievement' });

describe('QuickLogAchievement', () => {
  it('logs a title on Enter, in the CV, and offers the full editor', async () => {
    const user = userEvent.setup();
    render(<QuickLogAchievement />);
    await user.type(input(), '  Cut late status reports by 40%  {Enter}');

    await waitFor(() => expect(backend.plan.achievements).toHaveLength(1));
    const logged = backend.plan.achievements[0]!;
    expect(logged).toMatchObject({ title: 'Cut late status reports by 40%', includeInCv: true });
    expect(input()).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent('Logged “Cut late status reports by 40%”');

    await user.click(screen.getByRole('button', { name: 'Add the details' }));
    expect(useAppStore.getState()).toMatchObject({ screen: 'achievements', focusItemId: logged.id });
  });

  it('asks for a title instead of saving a blank one', async () => {
    const user = userEvent.setup();
    render(<QuickLogAchievement />);
    await user.type(input(), '   {Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter what you achieved');
    expect(input()).toHaveAccessibleDescription(/Enter what you achieved/);
    expect(backend.received).toHaveLength(0);
  });

  it('keeps what was typed when saving fails', async () => {
    const user = userEvent.setup();
    render(<QuickLogAchievement />);
    backend.refuseNext(new ApiError('io', 'The disk is full.'));
    await user.type(input(), 'Ran the PMO health check{Enter}');
    await waitFor(() => expect(useAppStore.getState().toasts.map((t) => t.message)).toContain('The disk is full.'));
    expect(input()).toHaveValue('Ran the PMO health check');
    expect(screen.queryByRole('button', { name: 'Add the details' })).not.toBeInTheDocument();
  });
});
