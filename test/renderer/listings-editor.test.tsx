import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ListingsScreen from '../../renderer/features/listings/ListingsScreen';
import { FakePlanBackend, onboarded } from '../support/fake-plan-backend';
import { useFakeBackend } from '../support/mock-api';
import { planWith, skill } from '../support/plan-builders';
import { renderLoaded } from '../support/render-loaded';
import { resetStore } from '../support/reset-store';
import { useAppStore } from '../../renderer/store';

vi.mock('../../renderer/lib/api', async (importOriginal) => (await import('../support/mock-api')).mockApiModule(await importOriginal()));

let backend: FakePlanBackend;
beforeEach(() => {
  backend = useFakeBackend(new FakePlanBackend());
  resetStore({ screen: 'listings' });
  backend.plan = onboarded(planWith({}));
});

/** The listings screen with a new listing open. */
async function openNew(parts: Parameters<typeof planWith>[0] = {}) {
  backend.plan = onboarded(planWith(parts));
  const user = await renderLoaded(<ListingsScreen />);
  await user.click(screen.getByRole('button', { name: 'Add a listing' }));
  await screen.findByRole('form', { name: 'New job listing' });
  return user;
}

const textArea = () => screen.getByRole('textbox', { name: 'The listing’s text' });
const title = () => screen.getByRole('textbox', { name: 'Job title' });
const analysis = () => screen.getByRole('region', { name: 'What it asks for' });
/** One thing the listing asks for, as its row in the analysis. */
const askRow = async (label: string) => (await within(analysis()).findByText(label)).closest('li') as HTMLElement;
const gradeOf = async (label: string) => within(await askRow(label)).getByText(/^(Evidenced|Claimed|Planned|Missing|Check yourself)$/).textContent;

/** A paste as a browser delivers it: the clipboard's flavours by type. */
function paste(target: HTMLElement, flavours: Record<string, string>) {
  fireEvent.paste(target, { clipboardData: { getData: (type: string) => flavours[type] ?? '' } });
}

const ADVERT_HTML = '<h1>Senior PMO Analyst</h1><h2>Essential</h2><ul><li>PRINCE2 Practitioner</li></ul><h2>Desirable</h2><ul><li>Power BI</li></ul>';
const ADVERT_TEXT = 'Senior PMO Analyst\nEssential\n• PRINCE2 Practitioner\nDesirable\n• Power BI';

describe('a new job listing', () => {
  it('takes pasted HTML as text with headings and bullets on their own lines, guesses the title, and grades what it asks for', async () => {
    await openNew();
    paste(textArea(), { 'text/html': ADVERT_HTML, 'text/plain': 'Senior PMO Analyst Essential PRINCE2 Practitioner Desirable Power BI' });
    expect(textArea()).toHaveValue(ADVERT_TEXT);
    expect(title()).toHaveValue('Senior PMO Analyst');

    const prince2 = await askRow('PRINCE2 Practitioner');
    expect(within(prince2).getByText('Essential')).toBeInTheDocument();
    expect(within(prince2).getByText('Missing')).toBeInTheDocument();
    expect(within(await askRow('Power BI')).getByText('Desirable')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Certifications' })).getByText('PRINCE2 Practitioner')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Tools' })).getByText('Power BI')).toBeInTheDocument();
    expect(backend.received).toEqual([]); // nothing is saved until the person saves
  });

  it('keeps a title the person typed when they paste', async () => {
    const user = await openNew();
    await user.type(title(), 'PMO Lead');
    paste(textArea(), { 'text/html': ADVERT_HTML });
    expect(textArea()).toHaveValue(ADVERT_TEXT);
    expect(title()).toHaveValue('PMO Lead');
  });

  it('sums the comparison up in words, never as a percentage', async () => {
    await openNew();
    paste(textArea(), { 'text/html': ADVERT_HTML });
    const headline = await within(analysis()).findByText('Covers 0 of the 2 things it asks for; missing: PRINCE2 Practitioner, Power BI.');
    const summary = headline.parentElement!;
    expect(within(summary).getByText('Of its 1 essential you cover 0; missing: PRINCE2 Practitioner.')).toBeInTheDocument();
    expect(summary.textContent).not.toContain('%');
    expect(analysis().textContent).not.toMatch(/\d\s*%/);
  });

  it('adds a missing certification and saves the listing in one change, and one Undo takes both back', async () => {
    const user = await openNew();
    paste(textArea(), { 'text/html': ADVERT_HTML });
    await user.click(within(await askRow('PRINCE2 Practitioner')).getByRole('button', { name: /^Add PRINCE2 .*Practitioner to your certifications$/ }));

    await waitFor(() => expect(backend.plan.certifications).toHaveLength(1));
    expect(backend.received).toHaveLength(1);
    const sent = backend.received[0] as { type: string; changes: { type: string; item: { id: string } }[] };
    expect(sent.type).toBe('batch');
    expect(sent.changes.map((c) => c.type)).toEqual(['certification.put', 'listing.put']);
    const certificationId = sent.changes[0]!.item.id;
    expect(sent.changes[0]!.item).toMatchObject({ catalogId: 'prince2-7-practitioner', status: 'planned' });
    expect(sent.changes[1]!.item).toMatchObject({
      title: 'Senior PMO Analyst',
      text: ADVERT_TEXT,
      closedGaps: [{ termId: 'cert-prince2-practitioner', collection: 'certifications', itemId: certificationId }],
    });
    expect(backend.plan.listings.map((l) => l.title)).toEqual(['Senior PMO Analyst']);
    await waitFor(async () => expect(await gradeOf('PRINCE2 Practitioner')).toBe('Planned'));
    expect(within(await askRow('PRINCE2 Practitioner')).getByText(/^Added from this listing: the certification “PRINCE2 7 Practitioner”\.$/)).toBeInTheDocument();

    const toast = await screen.findByText('Done: add PRINCE2 7 Practitioner to your certifications.');
    await user.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(backend.plan.certifications).toEqual([]));
    expect(backend.plan.listings).toEqual([]);
    expect(backend.received).toHaveLength(2);
    await waitFor(async () => expect(await gradeOf('PRINCE2 Practitioner')).toBe('Missing'));
    // The Undo took the listing out of the plan: what is in the editor is unsaved again, not lost.
    expect(await screen.findByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    await waitFor(() => expect(useAppStore.getState().drafts.map((d) => [d.kind, d.label])).toEqual([['listing', 'Senior PMO Analyst']]));
  });

  it('refuses to save without a title, next to the Job title field, and sends nothing', async () => {
    const user = await openNew();
    paste(textArea(), { 'text/plain': 'You must hold PRINCE2 Practitioner and know Power BI well.' });
    expect(title()).toHaveValue(''); // a sentence is not a title
    await user.click(screen.getByRole('button', { name: 'Save to my listings' }));
    expect(await screen.findByText('Enter the job title.')).toBeInTheDocument();
    expect(title()).toHaveAttribute('aria-invalid', 'true');
    expect(title()).toHaveAccessibleDescription('Enter the job title.');
    expect(backend.received).toEqual([]);
  });

  it('refuses to save without the listing’s text, and sends nothing', async () => {
    const user = await openNew();
    await user.type(title(), 'PMO Officer');
    await user.click(screen.getByRole('button', { name: 'Save to my listings' }));
    expect(await screen.findByText('Enter the listing text.')).toBeInTheDocument();
    expect(textArea()).toHaveAttribute('aria-invalid', 'true');
    expect(textArea()).toHaveAccessibleDescription(expect.stringContaining('Enter the listing text.'));
    expect(backend.received).toEqual([]);
  });

  it('says a text over 50,000 characters is too long, and refuses to save it', async () => {
    const user = await openNew();
    paste(textArea(), { 'text/plain': 'PMO Officer\n' + 'You will keep the RAID log up to date every week. '.repeat(1_000) });
    const length = (textArea() as HTMLTextAreaElement).value.length;
    expect(length).toBeGreaterThan(50_000);
    const tooLong = `This text is ${length.toLocaleString('en-GB')} characters long; a job listing is rarely over 20,000. Paste just the advert: at most 50,000 characters.`;
    expect(await within(textArea().closest('.field') as HTMLElement).findByRole('alert')).toHaveTextContent(tooLong);
    expect(title()).toHaveValue('PMO Officer');

    await user.click(screen.getByRole('button', { name: 'Save to my listings' }));
    expect(await screen.findByText('Keep the listing text under 50,000 characters.')).toBeInTheDocument();
    expect(textArea()).toHaveAttribute('aria-invalid', 'true');
    expect(backend.received).toEqual([]);
    expect(backend.plan.listings).toEqual([]);
  });

  it('says why a dropped file cannot be read, keeping the text; a readable one replaces it', async () => {
    const user = await openNew();
    await user.type(textArea(), 'My notes so far');
    const drop = (file: File) => fireEvent.drop(textArea(), { dataTransfer: { files: [file], types: ['Files'] } });

    drop(new File([new Uint8Array([0, 1, 2, 3, 255])], 'photo.bin'));
    const alert = await within(textArea().closest('.field') as HTMLElement).findByRole('alert');
    expect(alert).toHaveTextContent(/^photo\.bin: This file is not text, a Word document or a PDF\. /);
    expect(textArea()).toHaveValue('My notes so far');
    expect(textArea()).toHaveAccessibleDescription(expect.stringContaining('photo.bin: This file is not text'));
    expect(backend.extracted.map((f) => f.fileName)).toEqual(['photo.bin']);

    drop(new File(['PMO Officer\nEssential: Power BI – and “Jira”'], 'advert.txt', { type: 'text/plain' }));
    await waitFor(() => expect(textArea()).toHaveValue('PMO Officer\nEssential: Power BI – and “Jira”'));
    expect(screen.queryByText(/^photo\.bin:/)).not.toBeInTheDocument();
    expect(title()).toHaveValue('PMO Officer');
    expect(await screen.findByText('Replaced the listing’s text with the file’s.')).toBeInTheDocument();
    expect(backend.received).toEqual([]);
  });

  it('lists an acronym it does not know; Ignore remembers that, and the term goes', async () => {
    const user = await openNew();
    paste(textArea(), { 'text/plain': 'PMO Officer\nEssential\n• Power BI\n• Working knowledge of SIAM' });
    const others = await screen.findByRole('region', { name: 'Other terms in this listing' });
    expect(within(others).getByText('SIAM')).toBeInTheDocument();

    await user.click(within(others).getByRole('button', { name: 'Ignore “SIAM”' }));
    await waitFor(() => expect(backend.plan.termMappings).toHaveLength(1));
    expect(backend.received).toEqual([{ type: 'termMapping.put', item: { id: expect.any(String), phrase: 'SIAM', skillId: null } }]);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Other terms in this listing' })).not.toBeInTheDocument());
    expect(await askRow('Power BI')).toBeInTheDocument();
  });

  it('maps an unknown term to one of the person’s skills, and then grades it as that skill', async () => {
    const user = await openNew({ skills: [skill({ id: 's1', area: 'organisational', name: 'Service integration', currentLevel: 3, targetLevel: 3 })] });
    paste(textArea(), { 'text/plain': 'PMO Officer\nEssential\n• Power BI\n• Working knowledge of SIAM' });
    const others = await screen.findByRole('region', { name: 'Other terms in this listing' });
    await user.selectOptions(within(others).getByRole('combobox', { name: 'Which of your skills “SIAM” counts as' }), 'Service integration');
    await user.click(within(others).getByRole('button', { name: 'Map' }));
    await waitFor(() => expect(backend.plan.termMappings).toEqual([expect.objectContaining({ phrase: 'SIAM', skillId: 's1' })]));
    expect(await gradeOf('SIAM')).toBe('Claimed');
  });

  it('exporting the comparison of a new listing saves it first, then says where the file went', async () => {
    const user = await openNew();
    paste(textArea(), { 'text/html': ADVERT_HTML });
    await user.click(screen.getByRole('button', { name: 'Export comparison (Markdown)' }));
    expect(await screen.findByText('Downloaded “Comparison.md”.')).toBeInTheDocument();
    expect(backend.plan.listings.map((l) => l.title)).toEqual(['Senior PMO Analyst']);
    expect(backend.comparisons).toEqual([{ listingId: backend.plan.listings[0]!.id, format: 'md' }]);
  });

  it('Escape with unsaved changes closes the editor, and Undo brings the draft back to resume', async () => {
    const user = await openNew();
    await user.type(title(), 'Programme Support Officer');
    paste(textArea(), { 'text/plain': 'Essential: Power BI.' });
    await user.keyboard('{Escape}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Job listings' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'New job listing' })).not.toBeInTheDocument();
    const toast = await screen.findByText('Closed without saving your changes.');
    await user.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));

    await user.click(await screen.findByRole('button', { name: 'Resume: You have an unsaved new job listing: “Programme Support Officer”' }));
    expect(await screen.findByRole('form', { name: 'New job listing' })).toBeInTheDocument();
    expect(title()).toHaveValue('Programme Support Officer');
    expect(textArea()).toHaveValue('Essential: Power BI.');
    expect(backend.received).toEqual([]);
  });
});
