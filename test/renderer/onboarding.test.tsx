import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/App';
import { useAppStore } from '../../renderer/store';
import { COMPETENCY_AREAS } from '../../shared/model';
import { FakePlanBackend } from '../support/fake-plan-backend';
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
  const view = render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Plan your move into a PMO' });
  return { user, view };
}

const levelOf = (skillName: string) => screen.getByRole('combobox', { name: `Where you are now of ${skillName}` });

describe('first-run set-up', () => {
  it('asks the name, rates the route’s skills from a starting level, and saves one undoable plan', async () => {
    const { user } = await startWizard();
    // Set-up is a screen of its own: no sidebar that looks usable but goes nowhere.
    expect(screen.queryByRole('navigation', { name: 'Screens' })).toBeNull();
    expect(screen.getByRole('button', { name: /Next/ })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Sam Patel');
    await user.click(screen.getByRole('radio', { name: /Business analyst/ }));
    expect(screen.getByRole('textbox', { name: 'Target role' })).toHaveValue('PMO Analyst');
    await user.type(screen.getByRole('textbox', { name: 'Current role' }), 'Senior Business Analyst');
    await user.click(screen.getByRole('button', { name: /Next: rate yourself/ }));

    await screen.findByRole('heading', { level: 1, name: 'Rate yourself' });
    // Every route covers all three areas, and starts where a business analyst usually is.
    for (const area of ['Business skills', 'Leadership skills', 'Organisational skills']) expect(screen.getByRole('group', { name: area })).toBeInTheDocument();
    expect(levelOf('Methods and templates')).toHaveValue('2');
    expect(levelOf('Leading people')).toHaveValue('0');
    await user.selectOptions(levelOf('Leading people'), '1');
    await user.click(screen.getByRole('button', { name: /Next: see your starter plan/ }));

    await screen.findByRole('heading', { level: 1, name: 'Your starter plan' });
    const shadowing = within(screen.getByRole('group', { name: 'Milestones' })).getByRole('checkbox', { name: /Shadow the PMO/ });
    expect(shadowing).toBeChecked();
    await user.click(shadowing);
    await user.click(screen.getByRole('button', { name: /Save my plan/ }));

    await screen.findByRole('heading', { level: 1, name: /Sam Patel’s path to PMO Analyst/ });
    expect(screen.getByRole('navigation', { name: 'Screens' })).toBeInTheDocument();
    expect(backend.received).toHaveLength(1);
    expect(backend.plan.profile).toMatchObject({ name: 'Sam Patel', entryPath: 'business-analyst', currentRole: 'Senior Business Analyst', targetRole: 'PMO Analyst' });
    expect(backend.plan.profile.onboardedAt).not.toBeNull();
    expect(backend.plan.milestones.some((m) => /Shadow the PMO/.test(m.title))).toBe(false);
    const level = (name: string) => backend.plan.skills.find((s) => s.name === name)?.currentLevel;
    expect(level('Leading people')).toBe(1);
    expect(level('Methods and templates')).toBe(2);
    expect(new Set(backend.plan.skills.map((s) => s.area))).toEqual(new Set(COMPETENCY_AREAS));
    // Every link points at something that was saved, and the certification steps follow their certification.
    const skillIds = new Set(backend.plan.skills.map((s) => s.id));
    for (const m of backend.plan.milestones) for (const id of m.links.skillIds) expect(skillIds.has(id)).toBe(true);
    expect(backend.plan.milestones.find((m) => m.id === 'starter-choose-certification')?.follows).toBe('certification-chosen');
    expect(backend.plan.milestones.find((m) => m.id === 'starter-sit-certification-exam')?.follows).toBe('certification-passed');
    // The set-up's draft is gone once saved.
    expect(backend.drafts).toEqual([]);
  });

  it('offers the route’s own target role until the person types one, and keeps what they typed', async () => {
    const { user } = await startWizard();
    const target = screen.getByRole('textbox', { name: 'Target role' });
    await user.click(screen.getByRole('radio', { name: /Business-unit leader/ }));
    expect(target).toHaveValue('Head of PMO');
    await user.click(screen.getByRole('radio', { name: /Project manager/ }));
    expect(target).toHaveValue('PMO Manager');
    await user.clear(target);
    await user.type(target, 'Portfolio Analyst');
    await user.click(screen.getByRole('radio', { name: /Business analyst/ }));
    expect(target).toHaveValue('Portfolio Analyst');
  });

  it('starts a business-unit leader where they already are: leading people, owning budgets', async () => {
    const { user } = await startWizard();
    await user.click(screen.getByRole('radio', { name: /Business-unit leader/ }));
    await user.click(screen.getByRole('button', { name: /Next: rate yourself/ }));
    await screen.findByRole('heading', { level: 1, name: 'Rate yourself' });
    expect(levelOf('Leading people')).toHaveValue('3');
    expect(levelOf('CAPEX and OPEX budget tracking')).toHaveValue('3');
    expect(levelOf('What a PMO does')).toHaveValue('0');
  });

  it('comes back where the person left it after the page is reloaded, from the draft kept beside the plan', async () => {
    const { user, view } = await startWizard();
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Ada');
    await user.click(screen.getByRole('radio', { name: /Project manager/ }));
    await user.click(screen.getByRole('button', { name: /Next: rate yourself/ }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Where you are now of Benefits realisation' }), '2');
    // What waits for typing to pause reaches "main" now, as leaving the page makes it.
    await act(() => useAppStore.getState().flushDrafts());
    expect(backend.drafts.map((d) => d.kind)).toEqual(['setup']);

    view.unmount();
    resetStore();
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Rate yourself' });
    expect(screen.getByText(/Your unsaved changes from .* are back/)).toBeInTheDocument();
    expect(levelOf('Benefits realisation')).toHaveValue('2');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveValue('Ada');
  });

  it('can be skipped, and run again later without duplicating what the plan already has', async () => {
    const { user } = await startWizard();
    await user.click(screen.getByRole('button', { name: 'Skip set-up' }));
    await screen.findByRole('heading', { level: 1, name: /Your path to/ });
    expect(backend.plan.milestones).toHaveLength(0);
    expect(backend.plan.profile.onboardedAt).not.toBeNull();

    await user.click(screen.getByRole('button', { name: /^Settings/ }));
    await user.click(await screen.findByRole('button', { name: 'Run set-up again' }));
    await user.click(await screen.findByRole('radio', { name: /Project manager/ }));
    await user.click(screen.getByRole('button', { name: /Next: rate yourself/ }));
    await user.click(await screen.findByRole('button', { name: /Next: see your starter plan/ }));
    await user.click(await screen.findByRole('button', { name: /Save my plan/ }));
    await screen.findByRole('heading', { level: 1, name: /Your path to/ });
    const firstCount = backend.plan.milestones.length;
    expect(firstCount).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: /^Settings/ }));
    await user.click(await screen.findByRole('button', { name: 'Run set-up again' }));
    await user.click(await screen.findByRole('button', { name: /Next: rate yourself/ }));
    expect(await screen.findByText(/already has every skill this route suggests/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Next: see your starter plan/ }));
    expect(await screen.findByText(/already has everything/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Save my plan \(0 items\)/ }));
    await screen.findByRole('heading', { level: 1, name: /Your path to/ });
    expect(backend.plan.milestones).toHaveLength(firstCount);
  });

  it('is undone in one step', async () => {
    const { user } = await startWizard();
    await user.click(screen.getByRole('radio', { name: /Business-unit leader/ }));
    await user.click(screen.getByRole('button', { name: /Next: rate yourself/ }));
    await user.click(await screen.findByRole('button', { name: /Next: see your starter plan/ }));
    await user.click(await screen.findByRole('button', { name: /Save my plan/ }));
    await screen.findByRole('heading', { level: 1, name: /Your path to/ });
    expect(backend.plan.milestones.length).toBeGreaterThan(0);

    await user.keyboard('{Control>}z{/Control}');
    await screen.findByRole('heading', { level: 1, name: 'Plan your move into a PMO' });
    expect(backend.plan.milestones).toHaveLength(0);
    expect(backend.plan.skills).toHaveLength(0);
    expect(backend.plan.profile.onboardedAt).toBeNull();
  });
});
