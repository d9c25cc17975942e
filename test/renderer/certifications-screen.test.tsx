import { act, screen, waitFor, within } from '@testing-library/react';
import type { z } from 'zod';
import CertificationsScreen from '../../renderer/features/certifications/CertificationsScreen';
import { dispatchAppCommand } from '../../renderer/lib/app-commands';
import { formatDate } from '../../renderer/lib/format';
import { CERTIFICATIONS, findCertificationEntry } from '../../shared/catalog';
import { addDays, addYears } from '../../shared/date-arithmetic';
import { ApiError } from '../../shared/ipc/errors';
import { CertificationFieldsSchema, PlanSchema, createEmptyPlan, localDate } from '../../shared/model';
import { BACKEND_NOW, FakePlanBackend } from '../support/fake-plan-backend';
import { useFakeBackend } from '../support/mock-api';
import { renderLoaded } from '../support/render-loaded';
import { resetStore } from '../support/reset-store';

vi.mock('../../renderer/lib/api', async (importOriginal) => (await import('../support/mock-api')).mockApiModule(await importOriginal()));

type CertificationInput = z.input<typeof CertificationFieldsSchema>;

let backend: FakePlanBackend;
// Renewal is measured against the page's own clock (useToday), so test dates are relative to it.
const today = localDate(new Date());

async function start(certifications: CertificationInput[] = []) {
  const now = BACKEND_NOW.toISOString();
  const empty = createEmptyPlan(now);
  backend.plan = PlanSchema.parse({
    ...empty,
    profile: { ...empty.profile, onboardedAt: now },
    certifications: certifications.map((c) => ({ ...c, createdAt: now, updatedAt: now })),
  });
  return renderLoaded(<CertificationsScreen />);
}

const stored = (id: string) => backend.plan.certifications.find((c) => c.id === id);
const PMP = 'Project Management Professional';

beforeEach(() => {
  backend = useFakeBackend(new FakePlanBackend());
  resetStore({ screen: 'certifications' });
});

describe('the certifications screen', () => {
  it('starts empty with the catalog open and says what to do next', async () => {
    await start();
    expect(screen.getByText('No certifications in your plan yet')).toBeInTheDocument();
    expect(await screen.findByText('Check the details with the issuing body before you rely on them.')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(CERTIFICATIONS.length);
  });

  it('moves a certification through its statuses with the next-step button and the select', async () => {
    const user = await start([{ id: 'c1', catalogId: 'pmp', status: 'considering' }]);
    await user.click(screen.getByRole('button', { name: `Plan it: move ${PMP} to Planned` }));
    await waitFor(() => expect(stored('c1')?.status).toBe('planned'));
    await user.click(screen.getByRole('button', { name: `Start studying: move ${PMP} to Studying` }));
    await waitFor(() => expect(stored('c1')?.status).toBe('studying'));
    await user.selectOptions(screen.getByRole('combobox', { name: `Status of ${PMP}` }), 'passed');
    await waitFor(() => expect(stored('c1')?.status).toBe('passed'));
    expect(screen.queryByRole('button', { name: /: move Project Management Professional to/ })).not.toBeInTheDocument();
    expect(screen.getByText('Add the issue or expiry date to track renewal')).toBeInTheDocument();
  });

  it('says in words when a certification has expired or is lapsing soon', async () => {
    await start([
      { id: 'c1', catalogId: 'capm', status: 'passed', expiresOn: addDays(today, -10) },
      { id: 'c2', catalogId: 'pmp', status: 'passed', expiresOn: addDays(today, 30) },
      { id: 'c3', catalogId: 'psm-1', status: 'passed' },
    ]);
    expect(screen.getByText(`Expired on ${formatDate(addDays(today, -10))}, 10 days ago`)).toBeInTheDocument();
    expect(screen.getByText(`Lapsing soon: expires ${formatDate(addDays(today, 30))}, in 30 days`)).toBeInTheDocument();
    expect(screen.getByText('Does not expire')).toBeInTheDocument();
  });

  it('logs CPD against the renewal rule and the progress figure follows', async () => {
    const issuedOn = addYears(today, -1);
    const user = await start([{ id: 'c1', catalogId: 'pmp', status: 'passed', issuedOn, credentialId: '1234567' }]);
    await user.click(screen.getByRole('button', { name: PMP }));
    const panel = screen.getByRole('complementary', { name: 'Certification details' });
    expect(within(panel).getByText(/Valid until .* \(estimated from the issue date\)/)).toBeInTheDocument();
    expect(within(panel).getByText('0 of 60 PDUs')).toBeInTheDocument();
    expect(within(panel).getByRole('progressbar', { name: 'CPD towards renewal' })).toHaveAttribute('aria-valuenow', '0');

    const form = within(panel).getByRole('form', { name: 'Log CPD' });
    // The catalog rule's categories are offered, so logged entries match its minimums.
    const category = within(form).getByRole('combobox', { name: 'Category' });
    expect(within(category).getAllByRole('option').map((o) => o.textContent)).toEqual(['No category', 'Education', 'Ways of Working', 'Power Skills', 'Business Acumen', 'Giving Back']);
    await user.type(within(form).getByRole('spinbutton', { name: 'Amount (PDUs)' }), '12.5');
    await user.selectOptions(category, 'Ways of Working');
    await user.type(within(form).getByRole('textbox', { name: 'What you did' }), 'Agile estimation course');
    await user.click(within(form).getByRole('button', { name: 'Log CPD' }));

    await waitFor(() => expect(stored('c1')?.cpd).toMatchObject([{ date: today, amount: 12.5, category: 'Ways of Working', note: 'Agile estimation course' }]));
    expect(await within(panel).findByText('12.5 of 60 PDUs')).toBeInTheDocument();
    expect(within(panel).getByText('Ways of Working: 12.5 of at least 8 (met)')).toBeInTheDocument();
    expect(within(panel).getByText('Education: 12.5 of at least 35 (22.5 to go)')).toBeInTheDocument();
    expect(within(form).getByRole('spinbutton', { name: 'Amount (PDUs)' })).toHaveValue(null);

    await user.click(within(panel).getByRole('button', { name: `Delete CPD entry of ${formatDate(today)}: 12.5 PDUs` }));
    await waitFor(() => expect(stored('c1')?.cpd).toEqual([]));
    expect(await within(panel).findByText('0 of 60 PDUs')).toBeInTheDocument();
    expect(stored('c1')?.credentialId).toBe('1234567');
  });

  it('keeps a CPD entry that failed to save in the form', async () => {
    const user = await start([{ id: 'c1', catalogId: 'prince2-7-foundation', status: 'passed', issuedOn: addYears(today, -1) }]);
    await user.click(screen.getByRole('button', { name: 'PRINCE2 7 Foundation' }));
    const form = screen.getByRole('form', { name: 'Log CPD' });
    await user.type(within(form).getByRole('spinbutton', { name: 'Amount (CPD points)' }), '5');
    await user.type(within(form).getByRole('textbox', { name: 'Category (optional)' }), 'Webinar');
    backend.refuseNext(new ApiError('io', 'The disk is full, so your change was not saved.'));
    await user.click(within(form).getByRole('button', { name: 'Log CPD' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The disk is full');
    expect(within(form).getByRole('spinbutton', { name: 'Amount (CPD points)' })).toHaveValue(5);
    expect(within(form).getByRole('textbox', { name: 'Category (optional)' })).toHaveValue('Webinar');
    expect(stored('c1')?.cpd).toEqual([]);
  });

  it('browses the catalog: what each entails, unconfirmed facts marked, source opened outside, added to the plan', async () => {
    const user = await start([{ id: 'c1', catalogId: 'pmp', status: 'studying' }]);
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Browse the catalog' }));
    expect(await screen.findByText('Check the details with the issuing body before you rely on them.')).toBeInTheDocument();

    const pmp = screen.getByRole('article', { name: new RegExp(PMP) });
    const pmpEntry = findCertificationEntry('pmp')!;
    expect(within(pmp).getByText(`Not confirmed (exam format, prerequisites):`)).toBeInTheDocument();
    expect(within(pmp).getByText(pmpEntry.unverifiedNote)).toBeInTheDocument();
    expect(within(pmp).getAllByText('Not confirmed')).toHaveLength(2);
    expect(within(pmp).getByText('In your plan: Studying')).toBeInTheDocument();
    expect(within(pmp).getByText(/180 questions · 230 minutes/)).toBeInTheDocument();
    expect(within(pmp).getByText(/Earn 60 PDUs every 3 years/)).toBeInTheDocument();
    expect(within(pmp).getByText(/Last verified 25 Nov 2026/)).toBeInTheDocument();

    const capm = screen.getByRole('article', { name: /Certified Associate in Project Management/ });
    expect(within(capm).queryByText('Not confirmed')).not.toBeInTheDocument();
    await user.click(within(capm).getByRole('button', { name: /^Source: .* for Certified Associate in Project Management/ }));
    expect(backend.opened).toEqual([findCertificationEntry('capm')!.sourceUrl]);

    await user.click(within(capm).getByRole('button', { name: 'Add to my plan: Certified Associate in Project Management' }));
    await waitFor(() => expect(backend.plan.certifications.find((c) => c.catalogId === 'capm')?.status).toBe('considering'));
    expect(await within(capm).findByText('In your plan: Considering')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Your certifications' })).getByRole('button', { name: 'Certified Associate in Project Management' })).toBeInTheDocument();
  });

  it('adds a certification of your own, explaining a missing name next to the field', async () => {
    const user = await start([{ id: 'c1', catalogId: 'pmp' }]);
    act(() => dispatchAppCommand('new-item'));
    const editor = await screen.findByRole('form', { name: 'New certification' });
    expect(within(editor).getByRole('textbox', { name: 'Certification name' })).toHaveFocus();
    await user.click(within(editor).getByRole('button', { name: 'Add certification' }));
    expect(within(editor).getByRole('alert')).toHaveTextContent('Give the certification a name, or pick one from the catalog.');
    expect(backend.received).toEqual([]);

    await user.type(within(editor).getByRole('textbox', { name: 'Certification name' }), 'Agile Project Management Foundation');
    await user.type(within(editor).getByRole('textbox', { name: 'Issuing body' }), 'APMG International');
    await user.click(within(editor).getByRole('button', { name: 'Add certification' }));
    await waitFor(() => expect(backend.plan.certifications.at(-1)).toMatchObject({ catalogId: null, customName: 'Agile Project Management Foundation', customBody: 'APMG International', status: 'considering' }));
    expect(screen.getByText('APMG International')).toBeInTheDocument();
  });

  it('edits the details and keeps what was typed when saving fails', async () => {
    const user = await start([{ id: 'c1', catalogId: 'pmp', status: 'exam-booked' }]);
    await user.click(screen.getByRole('button', { name: PMP }));
    const editor = screen.getByRole('form', { name: `Edit certification ${PMP}` });
    await user.click(within(editor).getByRole('button', { name: 'Next step: Passed' }));
    await user.type(within(editor).getByRole('textbox', { name: 'Credential ID' }), 'PMP-998877');
    backend.refuseNext(new ApiError('io', 'The disk is full, so your change was not saved.'));
    await user.click(within(editor).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The disk is full');
    expect(within(editor).getByRole('textbox', { name: 'Credential ID' })).toHaveValue('PMP-998877');
    expect(within(editor).getByRole('combobox', { name: 'Status' })).toHaveValue('passed');

    await user.click(within(editor).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(stored('c1')).toMatchObject({ status: 'passed', credentialId: 'PMP-998877' }));
  });

  it('deletes at once and brings the certification back with Undo', async () => {
    const user = await start([{ id: 'c1', catalogId: 'pmp', status: 'passed', cpd: [{ id: 'e1', date: today, amount: 3 }] }]);
    await user.click(screen.getByRole('button', { name: `Delete ${PMP}` }));
    await waitFor(() => expect(stored('c1')).toBeUndefined());
    expect(screen.getByText('No certifications in your plan yet')).toBeInTheDocument();
    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(stored('c1')).toMatchObject({ status: 'passed', cpd: [{ id: 'e1', amount: 3 }] }));
  });

  it('focuses the search box on Find and narrows both lists with it', async () => {
    const user = await start([{ id: 'c1', catalogId: 'pmp' }, { id: 'c2', catalogId: null, customName: 'Lean Six Sigma Yellow Belt' }]);
    act(() => dispatchAppCommand('find'));
    const search = screen.getByRole('searchbox', { name: 'Search certifications' });
    expect(search).toHaveFocus();
    await user.type(search, 'six sigma');
    expect(screen.getByRole('button', { name: 'Lean Six Sigma Yellow Belt' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: PMP })).not.toBeInTheDocument();
  });
});
