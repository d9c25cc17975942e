import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/App';
import { FakePlanBackend, onboarded } from '../support/fake-plan-backend';
import { useFakeBackend } from '../support/mock-api';
import { achievement, planWith, role } from '../support/plan-builders';
import { resetStore } from '../support/reset-store';

vi.mock('../../renderer/lib/api', async (importOriginal) => (await import('../support/mock-api')).mockApiModule(await importOriginal()));

let backend: FakePlanBackend;
function seed(parts: Parameters<typeof planWith>[0] = {}) {
  backend.plan = onboarded(planWith(parts));
}

beforeEach(() => {
  backend = useFakeBackend(new FakePlanBackend());
  resetStore({ screen: 'settings' });
  seed();
});

async function renderSettings() {
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return user;
}

const history = () => screen.getByRole('region', { name: 'Work history' });
// jsdom has no month picker: a month input takes its value as typed text would set it.
const setMonth = (label: string, value: string) => fireEvent.change(within(history()).getByLabelText(label), { target: { value } });

describe('work history', () => {
  it('says what it is for when empty, and adds a role with its dates', async () => {
    const user = await renderSettings();
    expect(within(history()).getByText('No roles yet')).toBeInTheDocument();
    await user.click(within(history()).getByRole('button', { name: 'Add a role' }));
    const form = within(history()).getByRole('form', { name: 'New role' });
    await user.type(within(form).getByRole('textbox', { name: 'Job title' }), 'Senior Business Analyst');
    await user.type(within(form).getByRole('textbox', { name: 'Organisation' }), 'Northwind Health');
    setMonth('Started', '2021-03');
    await user.click(within(form).getByRole('checkbox', { name: /I work here now/ }));
    expect(within(form).getByLabelText('Ended')).toBeDisabled();
    await user.click(within(form).getByRole('button', { name: 'Add role' }));

    await waitFor(() => expect(backend.plan.roles).toHaveLength(1));
    expect(backend.plan.roles[0]).toMatchObject({ title: 'Senior Business Analyst', organisation: 'Northwind Health', startMonth: '2021-03', endMonth: null, current: true });
    const list = within(history()).getByRole('list', { name: 'Roles' });
    expect(within(list).getByText('Mar 2021 – present · 0 achievements')).toBeInTheDocument();
  });

  it('refuses an end before the start, next to the field', async () => {
    const user = await renderSettings();
    await user.click(within(history()).getByRole('button', { name: 'Add a role' }));
    const form = within(history()).getByRole('form', { name: 'New role' });
    await user.type(within(form).getByRole('textbox', { name: 'Job title' }), 'Analyst');
    setMonth('Started', '2022-05');
    setMonth('Ended', '2021-01');
    await user.click(within(form).getByRole('button', { name: 'Add role' }));
    expect(await within(form).findByText('The end month is before the start month.')).toBeInTheDocument();
    expect(backend.plan.roles).toEqual([]);
  });

  it('lists roles newest first, and a delete keeps the achievements (Undo puts them back in the role)', async () => {
    seed({
      roles: [role({ id: 'r-old', title: 'Analyst', organisation: 'Acme', startMonth: '2015-01', endMonth: '2018-06' }), role({ id: 'r-now', title: 'PMO Lead', organisation: 'Contoso', startMonth: '2022-01', current: true })],
      achievements: [achievement({ id: 'a1', title: 'Set up the risk log', roleId: 'r-old' })],
    });
    const user = await renderSettings();
    const list = within(history()).getByRole('list', { name: 'Roles' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('PMO Lead, Contoso'),
      expect.stringContaining('Analyst, Acme'),
    ]);
    expect(within(list).getByText('Jan 2015 – Jun 2018 · 1 achievement')).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: 'Delete Analyst, Acme' }));
    await waitFor(() => expect(backend.plan.roles.map((r) => r.id)).toEqual(['r-now']));
    expect(backend.plan.achievements[0]).toMatchObject({ id: 'a1', roleId: null });
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(backend.plan.achievements[0]?.roleId).toBe('r-old'));
    expect(backend.plan.roles.map((r) => r.id).sort()).toEqual(['r-now', 'r-old']);
  });
});

describe('contact details', () => {
  it('are asked in Settings, checked just enough, and saved with the profile', async () => {
    const user = await renderSettings();
    const contact = screen.getByRole('group', { name: 'Contact details for your CV' });
    await user.type(within(contact).getByRole('textbox', { name: 'Email' }), 'sam.example.com');
    await user.type(within(contact).getByRole('textbox', { name: 'LinkedIn or website' }), 'linkedin.com/in/sam');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await within(contact).findByText('Enter an email address like name@example.com, or leave it empty.')).toBeInTheDocument();
    expect(within(contact).getByText('Enter a web address starting with https://, or leave it empty.')).toBeInTheDocument();
    expect(backend.received).toEqual([]);

    await user.clear(within(contact).getByRole('textbox', { name: 'Email' }));
    await user.type(within(contact).getByRole('textbox', { name: 'Email' }), 'sam@example.com');
    await user.clear(within(contact).getByRole('textbox', { name: 'LinkedIn or website' }));
    await user.type(within(contact).getByRole('textbox', { name: 'LinkedIn or website' }), 'https://www.linkedin.com/in/sam');
    await user.type(within(contact).getByRole('textbox', { name: 'Phone' }), '+44 113 496 0000');
    await user.type(within(contact).getByRole('textbox', { name: 'Location' }), 'Leeds, UK');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() =>
      expect(backend.plan.profile).toMatchObject({ email: 'sam@example.com', phone: '+44 113 496 0000', location: 'Leeds, UK', link: 'https://www.linkedin.com/in/sam' }),
    );
  });
});
