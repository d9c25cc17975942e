import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/App';
import { localDate } from '../../shared/model';
import { FakePlanBackend } from '../support/fake-plan-backend';
import { useFakeBackend } from '../support/mock-api';
import { achievement, certification, milestone, planWith, skill } from '../support/plan-builders';
import { resetStore } from '../support/reset-store';

vi.mock('../../renderer/lib/api', async (importOriginal) => (await import('../support/mock-api')).mockApiModule(await importOriginal()));

const today = localDate(new Date());
const daysFromToday = (days: number) => localDate(new Date(Date.now() + days * 86_400_000));

let backend: FakePlanBackend;
beforeEach(() => {
  backend = useFakeBackend(new FakePlanBackend());
  resetStore();
  const plan = planWith({
    skills: [
      skill({ id: 's1', name: 'RAID logs', area: 'organisational', currentLevel: 1, targetLevel: 4 }),
      skill({ id: 's2', name: 'Stakeholder management', area: 'leadership', currentLevel: 3, targetLevel: 3 }),
    ],
    milestones: [
      milestone({ id: 'm1', title: 'Write the RAID log guide', area: 'organisational', dueDate: daysFromToday(-3) }),
      milestone({ id: 'm2', title: 'Shadow the PMO', area: 'organisational', dueDate: daysFromToday(10) }),
      milestone({ id: 'm3', title: 'Done already', area: 'leadership', status: 'done', completedOn: today }),
    ],
    certifications: [certification({ id: 'c1', catalogId: 'prince2-7-foundation', status: 'exam-booked', examDate: daysFromToday(30) })],
    achievements: [achievement({ id: 'a1', title: 'Cut reporting time by 40%', date: daysFromToday(-20) })],
  });
  backend.plan = { ...plan, profile: { ...plan.profile, name: 'Alex Morgan', targetRole: 'PMO Analyst', onboardedAt: new Date().toISOString() } };
});

async function renderDashboard() {
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Alex Morgan’s path to PMO Analyst' });
  return user;
}

describe('dashboard', () => {
  it('shows readiness overall and per area as numbers a screen reader can read', async () => {
    await renderDashboard();
    // skills (0.25 + 1) / 2 = 62.5; milestones 1/3 = 33.3; certifications 0/1 = 0 -> round(31.9) = 32
    expect(screen.getByRole('img', { name: 'Overall readiness 32%' })).toBeInTheDocument();
    const leadership = screen.getByRole('meter', { name: 'Leadership skills' });
    expect(leadership).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByRole('meter', { name: 'Business skills' })).toHaveAttribute('aria-valuetext', 'nothing to measure yet');
  });

  it('lists overdue milestones in words and opens one in the milestones screen', async () => {
    const user = await renderDashboard();
    const panel = screen.getByRole('region', { name: 'Milestones' });
    expect(within(panel).getByText('3 days overdue')).toBeInTheDocument();
    expect(within(panel).getByText('Shadow the PMO')).toBeInTheDocument();
    expect(within(panel).queryByText('Done already')).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Write the RAID log guide' }));
    await screen.findByRole('heading', { level: 1, name: 'Milestones' });
    expect(await screen.findByRole('form', { name: 'Edit milestone Write the RAID log guide' })).toBeInTheDocument();
  });

  it('puts skills furthest from target first and shows the certification timeline and recent achievements', async () => {
    await renderDashboard();
    const chart = screen.getByRole('region', { name: 'Skills: current and target' });
    const bars = within(chart).getAllByRole('img');
    expect(bars[0]).toHaveAccessibleName(/^RAID logs: Aware \(level 1\), target Expert \(level 4\)$/);
    const certs = screen.getByRole('region', { name: 'Certifications' });
    expect(within(certs).getByText('PRINCE2 7 Foundation')).toBeInTheDocument();
    expect(within(certs).getByText(/Exam booked · exam on/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Recent achievements' })).getByText('Cut reporting time by 40%')).toBeInTheDocument();
  });

  it('says what to do next when the plan is empty', async () => {
    backend.plan = { ...backend.plan, skills: [], milestones: [], certifications: [], achievements: [] };
    await renderDashboard();
    expect(screen.getByRole('img', { name: 'Overall readiness: nothing to measure yet' })).toBeInTheDocument();
    expect(screen.getByText(/No skills yet/)).toBeInTheDocument();
    expect(screen.getByText(/No certifications yet/)).toBeInTheDocument();
    expect(screen.getByText(/Nothing logged yet/)).toBeInTheDocument();
  });
});
