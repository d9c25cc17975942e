import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/App';
import ListingsScreen from '../../renderer/features/listings/ListingsScreen';
import { formatDate } from '../../renderer/lib/format';
import { FakePlanBackend, onboarded } from '../support/fake-plan-backend';
import { useFakeBackend } from '../support/mock-api';
import { FIXED_NOW, certification, listing, planWith, skill } from '../support/plan-builders';
import { renderLoaded } from '../support/render-loaded';
import { resetStore } from '../support/reset-store';

vi.mock('../../renderer/lib/api', async (importOriginal) => (await import('../support/mock-api')).mockApiModule(await importOriginal()));

let backend: FakePlanBackend;
function seed(parts: Parameters<typeof planWith>[0] = {}) {
  backend.plan = onboarded(planWith(parts));
}
beforeEach(() => {
  backend = useFakeBackend(new FakePlanBackend());
  resetStore({ screen: 'listings' });
  seed();
});

const ANALYST = 'Senior PMO Analyst\nEssential\n• PRINCE2 Practitioner\n• Power BI\nDesirable\n• Jira';
const OFFICER = 'PMO Officer\nEssential\n• Power BI\n• PRINCE2 Practitioner';
const SUPPORT = 'Project Support Officer\nEssential\n• Power BI\nDesirable\n• Excel';
const saved = () => screen.getByRole('list', { name: 'Saved job listings' });

describe('the job listings screen', () => {
  it('says what it is for when empty, and "Add your first listing" opens a new listing', async () => {
    const user = await renderLoaded(<ListingsScreen />);
    expect(screen.getByText('No job listings yet')).toBeInTheDocument();
    expect(screen.getByText(/PMO job adverts show which skills, certifications and tools the roles you want ask for\./)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Saved job listings' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add your first listing' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'New job listing' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'New job listing' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'The listing’s text' })).toHaveValue('');
  });

  it('shows a listing once saved, with its status, when the person goes back to the list', async () => {
    const user = await renderLoaded(<ListingsScreen />);
    await user.click(screen.getByRole('button', { name: 'Add your first listing' }));
    fireEvent.paste(screen.getByRole('textbox', { name: 'The listing’s text' }), { clipboardData: { getData: (type: string) => (type === 'text/plain' ? ANALYST : '') } });
    await user.type(screen.getByRole('textbox', { name: 'Organisation (optional)' }), 'Northwind Health');
    await user.click(screen.getByRole('button', { name: 'Save to my listings' }));
    await waitFor(() => expect(backend.plan.listings).toHaveLength(1));
    expect(backend.plan.listings[0]).toMatchObject({ title: 'Senior PMO Analyst', organisation: 'Northwind Health', status: 'interested', text: ANALYST });

    await user.click(screen.getByRole('button', { name: '← All job listings' }));
    const row = within(saved()).getByRole('button', { name: 'Senior PMO Analyst at Northwind Health' }).closest('li') as HTMLElement;
    expect(within(row).getByRole('combobox', { name: 'Status of Senior PMO Analyst at Northwind Health' })).toHaveDisplayValue('Interested');
    expect(await within(row).findByText('Covers 0 of the 3 things it asks for; missing: PRINCE2 Practitioner, Power BI, Jira.')).toBeInTheDocument();
  });

  it('changes a listing’s status from the list, and deletes it with Undo', async () => {
    seed({ listings: [listing({ id: 'l1', title: 'Senior PMO Analyst', organisation: 'Northwind Health', text: ANALYST, status: 'applied', statusOn: '2026-11-20', seenOn: '2026-11-02' })] });
    const user = await renderLoaded(<ListingsScreen />);
    const status = within(saved()).getByRole('combobox', { name: 'Status of Senior PMO Analyst at Northwind Health' });
    expect(status).toHaveDisplayValue('Applied');
    expect(within(saved()).getByText(`Seen ${formatDate('2026-11-02')} · Applied since ${formatDate('2026-11-20')}`)).toBeInTheDocument();

    const summary = within(saved()).getByText(/^Covers /).textContent;
    await user.selectOptions(status, 'Interview');
    await waitFor(() => expect(backend.plan.listings[0]?.status).toBe('interview'));
    // The comparison stays on screen through the edit: the page's fresh copy of the plan hits the caches.
    expect(within(saved()).getByText(/^Covers /).textContent).toBe(summary);
    expect(screen.queryByText(/^Comparing your/)).toBeNull();
    expect(backend.received).toEqual([{ type: 'listing.put', item: expect.objectContaining({ id: 'l1', status: 'interview', title: 'Senior PMO Analyst', text: ANALYST }) }]);
    expect(within(saved()).getByRole('combobox', { name: 'Status of Senior PMO Analyst at Northwind Health' })).toHaveDisplayValue('Interview');

    await user.click(within(saved()).getByRole('button', { name: 'Delete Senior PMO Analyst at Northwind Health' }));
    await waitFor(() => expect(backend.plan.listings).toEqual([]));
    expect(await screen.findByText('No job listings yet')).toBeInTheDocument();
    const toast = await screen.findByText('Deleted “Senior PMO Analyst at Northwind Health”.');
    await user.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(backend.plan.listings.map((l) => [l.id, l.status])).toEqual([['l1', 'interview']]));
    expect(await within(saved()).findByRole('button', { name: 'Senior PMO Analyst at Northwind Health' })).toBeInTheDocument();
  });

  it('lists the terms the person mapped or ignored, and forgets one with Undo', async () => {
    const stamps = { createdAt: FIXED_NOW, updatedAt: FIXED_NOW };
    seed({
      skills: [skill({ id: 's1', name: 'Service integration' })],
      listings: [listing({ id: 'l1', title: 'PMO Officer', text: ANALYST })],
      termMappings: [
        { id: 'm1', phrase: 'SIAM', skillId: 's1', ...stamps },
        { id: 'm2', phrase: 'Agile Release Train', skillId: null, ...stamps },
      ],
    });
    const user = await renderLoaded(<ListingsScreen />);
    await user.click(screen.getByText('Terms you have mapped or ignored (2)'));
    expect(screen.getByText('SIAM').closest('li')).toHaveTextContent('SIAM counts as your skill “Service integration”');
    expect(screen.getByText('Agile Release Train').closest('li')).toHaveTextContent('Agile Release Train ignored');

    await user.click(screen.getByRole('button', { name: 'Forget “Agile Release Train”' }));
    await waitFor(() => expect(backend.plan.termMappings.map((m) => m.id)).toEqual(['m1']));
    const toast = await screen.findByText('Deleted “Agile Release Train”.');
    await user.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(backend.plan.termMappings.map((m) => m.id).sort()).toEqual(['m1', 'm2']));
  });

  it('opens a saved listing’s advert in the browser', async () => {
    seed({ listings: [listing({ id: 'l1', title: 'PMO Officer', link: 'https://jobs.example.com/pmo-officer', text: ANALYST })] });
    const user = await renderLoaded(<ListingsScreen />);
    await user.click(within(saved()).getByRole('button', { name: /^Open the advert/ }));
    await waitFor(() => expect(backend.opened).toEqual(['https://jobs.example.com/pmo-officer']));
  });

  it('charts what the saved listings ask for most, as "N of M" with the grade in words', async () => {
    seed({
      certifications: [certification({ id: 'c1', catalogId: 'prince2-7-practitioner', status: 'studying' })],
      listings: [listing({ id: 'l1', text: ANALYST }), listing({ id: 'l2', text: OFFICER }), listing({ id: 'l3', text: SUPPORT })],
    });
    await renderLoaded(<ListingsScreen />);
    // Worked out between frames, listing by listing: the chart appears once all are compared.
    const chart = await screen.findByRole('region', { name: 'What the roles you are looking at ask for most' });
    expect(within(chart).getByText(/^Across your 3 saved listings:/)).toBeInTheDocument();
    const rows = within(chart).getAllByRole('listitem');
    const row = (label: string) => rows.find((li) => within(li).queryByText(label)) as HTMLElement;

    // Most asked first; each row says how many ask for it and where the person stands, in words.
    expect(within(rows[0]!).getByText('Power BI')).toBeInTheDocument();
    expect(within(row('Power BI')).getByText(/^3 of 3/)).toHaveTextContent('3 of 3 listings ask for it, essential in 3.');
    expect(within(row('Power BI')).getByText('Missing')).toBeInTheDocument();
    expect(within(row('PRINCE2 Practitioner')).getByText(/^2 of 3/)).toHaveTextContent('2 of 3 listings ask for it, essential in 2.');
    expect(within(row('PRINCE2 Practitioner')).getByText('Planned')).toBeInTheDocument();
    expect(within(row('Jira')).getByText(/^1 of 3/)).toHaveTextContent(/^1 of 3 listings ask for it\.$/);
    expect(within(row('Excel')).getByText('Missing')).toBeInTheDocument();
    expect(rows.map((li) => within(li).getByText(/^\d of 3/).textContent!.slice(0, 6))).toEqual(['3 of 3', '2 of 3', '1 of 3', '1 of 3']);
  });
});

describe('the dashboard’s job listings panel', () => {
  async function renderDashboard() {
    resetStore();
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: /path to/ });
    return { user, panel: screen.getByRole('region', { name: 'Job listings' }) };
  }

  it('with no listings, says what they are for and opens a new one', async () => {
    const { user, panel } = await renderDashboard();
    expect(within(panel).getByText(/^Paste a PMO job advert to see what it asks for against your plan/)).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Open job listings' })).not.toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Add a job listing' }));
    expect(await screen.findByRole('form', { name: 'New job listing' })).toBeInTheDocument();
  });

  it('shows the asks the saved listings make most that the plan lacks, and links to the listings screen', async () => {
    seed({
      certifications: [certification({ id: 'c1', catalogId: 'prince2-7-practitioner', status: 'passed' })],
      listings: [listing({ id: 'l1', text: ANALYST }), listing({ id: 'l2', text: OFFICER }), listing({ id: 'l3', text: SUPPORT })],
    });
    const { user, panel } = await renderDashboard();
    expect(await within(panel).findByText(/^What your 3 saved listings ask for that you have not covered yet/)).toBeInTheDocument();
    const items = within(panel).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Power BI3 of 3 · Missing', 'Excel1 of 3 · Missing', 'Jira1 of 3 · Missing']);
    expect(within(panel).queryByText('PRINCE2 Practitioner')).not.toBeInTheDocument(); // held: not a gap

    await user.click(within(panel).getByRole('button', { name: 'Open job listings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Job listings' })).toBeInTheDocument();
    expect(within(saved()).getAllByRole('listitem')).toHaveLength(3);
  });
});
