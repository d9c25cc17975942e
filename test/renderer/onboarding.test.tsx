import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/App';
import { BACKEND_NOW, FakePlanBackend } from '../support/fake-plan-backend';
import { useFakeBackend } from '../support/mock-api';
import { resetStore } from '../support/reset-store';

vi.mock('../../renderer/lib/api', async (importOriginal) => (await import('../support/mock-api')).mockApiModule(await importOriginal()));

let backend: FakePlanBackend;
beforeEach(() => {
  backend = useFakeBackend(new FakePlanBackend());
  resetStore();
});

async function startWizard() {
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Plan your move into a PMO' });
  return user;
}

describe('first-run set-up', () => {
  it('builds a business analyst starter plan the person can trim, saved as one undoable change', async () => {
    const user = await startWizard();
    expect(screen.getByRole('button', { name: /Next/ })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: /Business analyst/ }));
    await user.clear(screen.getByRole('textbox', { name: 'Current role' }));
    await user.type(screen.getByRole('textbox', { name: 'Current role' }), 'Senior Business Analyst');
    await user.click(screen.getByRole('button', { name: /Next/ }));

    await screen.findByRole('heading', { level: 1, name: 'Your starter plan' });
    const milestones = screen.getByRole('group', { name: 'Milestones' });
    const shadowing = within(milestones).getByRole('checkbox', { name: /Shadow the PMO/ });
    expect(shadowing).toBeChecked();
    await user.click(shadowing);
    await user.click(screen.getByRole('button', { name: /Save my plan/ }));

    await screen.findByRole('heading', { level: 1, name: /Your path to PMO Analyst/ });
    expect(backend.received).toHaveLength(1);
    expect(backend.plan.profile).toMatchObject({ entryPath: 'business-analyst', currentRole: 'Senior Business Analyst', targetRole: 'PMO Analyst' });
    expect(backend.plan.profile.onboardedAt).not.toBeNull();
    expect(backend.plan.milestones.length).toBeGreaterThan(3);
    expect(backend.plan.milestones.some((m) => /Shadow the PMO/.test(m.title))).toBe(false);
    expect(backend.plan.skills.length).toBeGreaterThan(0);
    // Every link points at something that was saved.
    const skillIds = new Set(backend.plan.skills.map((s) => s.id));
    for (const m of backend.plan.milestones) for (const id of m.links.skillIds) expect(skillIds.has(id)).toBe(true);
  });

  it('can be skipped, and run again later without duplicating what the plan already has', async () => {
    const user = await startWizard();
    await user.click(screen.getByRole('button', { name: 'Skip set-up' }));
    await screen.findByRole('heading', { level: 1, name: /Your path to/ });
    expect(backend.plan.milestones).toHaveLength(0);
    expect(backend.plan.profile.onboardedAt).not.toBeNull();

    await user.click(screen.getByRole('button', { name: /^Settings/ }));
    await user.click(await screen.findByRole('button', { name: 'Run set-up again' }));
    await user.click(await screen.findByRole('radio', { name: /Project manager/ }));
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await user.click(await screen.findByRole('button', { name: /Save my plan/ }));
    await screen.findByRole('heading', { level: 1, name: /Your path to/ });
    const firstCount = backend.plan.milestones.length;
    expect(firstCount).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: /^Settings/ }));
    await user.click(await screen.findByRole('button', { name: 'Run set-up again' }));
    await user.click(await screen.findByRole('button', { name: /Next/ }));
    expect(await screen.findByText(/already has everything/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Save my plan \(0 items\)/ }));
    await screen.findByRole('heading', { level: 1, name: /Your path to/ });
    expect(backend.plan.milestones).toHaveLength(firstCount);
  });

  it('is undone in one step', async () => {
    const user = await startWizard();
    await user.click(screen.getByRole('radio', { name: /Business-unit leader/ }));
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await user.click(await screen.findByRole('button', { name: /Save my plan/ }));
    await screen.findByRole('heading', { level: 1, name: /Your path to/ });
    expect(backend.plan.milestones.length).toBeGreaterThan(0);

    await user.keyboard('{Control>}z{/Control}');
    await screen.findByRole('heading', { level: 1, name: 'Plan your move into a PMO' });
    expect(backend.plan.milestones).toHaveLength(0);
    expect(backend.plan.profile.onboardedAt).toBeNull();
    expect(BACKEND_NOW).toBeInstanceOf(Date);
  });
});
