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
    // skills (25 + 100) / 2 = 62.5 -> 63; milestones 1 of 3 = 33; certifications 0 of 1 = 0 -> (63 + 33 + 0) / 3 = 32
    expect(screen.getByRole('img', { name: 'Overall readiness 32%' })).toBeInTheDocument();
    // An area counts its skills only: the done Leadership milestone is not mixed in.
    expect(screen.getByRole('meter', { name: 'Leadership skills' })).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByRole('meter', { name: 'Organisational skills' })).toHaveAttribute('aria-valuetext', '25%');
    expect(screen.queryByRole('meter', { name: 'Business skills' })).not.toBeInTheDocument();
  });

  it('says in words that an area has no skills, and "add one" opens the Skills screen', async () => {
    const user = await renderDashboard();
    const readiness = screen.getByRole('region', { name: 'Readiness' });
    expect(within(readiness).getByText(/^No business skills in your plan yet:/)).toHaveTextContent('No business skills in your plan yet: add one');
    expect(within(readiness).queryByText('No data')).not.toBeInTheDocument();
    await user.click(within(readiness).getByRole('button', { name: 'add one' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Skills' })).toBeInTheDocument();
  });

  it('explains each figure with the person\'s own numbers behind a keyboard-operable disclosure', async () => {
    const user = await renderDashboard();
    const readiness = screen.getByRole('region', { name: 'Readiness' });
    const leadership = within(readiness).getByRole('button', { name: 'How is this worked out? (leadership skills)' });
    expect(leadership).toHaveAttribute('aria-expanded', 'false');
    expect(within(readiness).queryByText(/Stakeholder management: level 3 of target 3/)).not.toBeInTheDocument();

    leadership.focus();
    await user.keyboard('{Enter}');
    expect(leadership).toHaveAttribute('aria-expanded', 'true');
    const body = document.getElementById(leadership.getAttribute('aria-controls')!)!;
    expect(within(body).getByText('Leadership skills: 1 skill.')).toBeVisible();
    expect(within(body).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Stakeholder management: level 3 of target 3 (100%).']);
    expect(within(body).getByText('Average: 100%.')).toBeInTheDocument();
    expect(within(body).getByText('Milestones and certifications count towards the overall figure only.')).toBeInTheDocument();

    const overall = within(readiness).getByRole('button', { name: 'How is this worked out? (overall readiness)' });
    await user.click(overall);
    const overallBody = document.getElementById(overall.getAttribute('aria-controls')!)!;
    expect(within(overallBody).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Skills 63% (average of 2 skills)',
      'Milestones 33% (1 of 3 done)',
      'Certifications 0% (0 of 1 passed)',
    ]);
    expect(within(overallBody).getByText('Readiness is the average of the parts that have something to count: (63 + 33 + 0) ÷ 3 = 32%.')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(overall).toHaveAttribute('aria-expanded', 'false');
    expect(leadership).toHaveAttribute('aria-expanded', 'true');
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
    const user = await renderDashboard();
    const readiness = screen.getByRole('region', { name: 'Readiness' });
    expect(within(readiness).queryByRole('img')).not.toBeInTheDocument();
    expect(within(readiness).getByText(/^Nothing to measure yet/)).toHaveTextContent('Nothing to measure yet: add a skill, a milestone or a certification you are working towards.');
    expect(within(readiness).queryByRole('button', { name: /How is this worked out/ })).not.toBeInTheDocument();
    expect(screen.getByText(/No skills yet/)).toBeInTheDocument();
    expect(screen.getByText(/No certifications yet/)).toBeInTheDocument();
    expect(screen.getByText(/Nothing logged yet/)).toBeInTheDocument();
    await user.click(within(readiness).getByRole('button', { name: 'a milestone' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Milestones' })).toBeInTheDocument();
  });
});
