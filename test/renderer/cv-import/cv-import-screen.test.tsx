import { act, renderHook, screen, within } from '@testing-library/react';
import CvImportScreen from '../../../renderer/features/cv-import/CvImportScreen';
import { useCvImportStore } from '../../../renderer/features/cv-import/cv-import-store';
import { useShownAfter } from '../../../renderer/hooks/useShownAfter';
import { useAppStore } from '../../../renderer/store';
import { ApiError } from '../../../shared/ipc/errors';
import { createEmptyPlan } from '../../../shared/model';
import { FakePlanBackend, onboarded } from '../../support/fake-plan-backend';
import { useFakeBackend } from '../../support/mock-api';
import { renderLoaded } from '../../support/render-loaded';
import { resetStore } from '../../support/reset-store';

vi.mock('../../../renderer/lib/api', async (importOriginal) => (await import('../../support/mock-api')).mockApiModule(await importOriginal()));

/**
 * The Import a CV screen against a fake main that reads a JSON Resume with the shared reader: the
 * review, the one change it sends (through applyCvImport, which backs up first), Undo and Redo of it,
 * and what happens when a file or the import is refused.
 */

const RESUME = {
  basics: { name: 'Alex Morgan', email: 'alex@example.com' },
  work: [{ name: 'Northwind Health', position: 'Project Manager', startDate: '2021-03-01', highlights: ['Cut late status reports by 40%', 'Ran the office summer party'] }],
  certificates: [{ name: 'Project Management Professional (PMP)', issuer: 'PMI', date: '2022-05-01' }],
  skills: [{ name: 'Knitting' }],
};
const resumeFile = (doc: unknown = RESUME, name = 'resume.json') => new File([JSON.stringify(doc)], name, { type: 'application/json' });

let backend: FakePlanBackend;
beforeEach(() => {
  backend = useFakeBackend(new FakePlanBackend());
  backend.plan = onboarded(createEmptyPlan('2026-03-01T00:00:00.000Z'));
  resetStore();
  useCvImportStore.getState().startOver();
});

const fileInput = () => document.querySelector<HTMLInputElement>('.cv-import input[type=file]')!;
const review = () => screen.findByRole('region', { name: /^What .* holds$/ });
const rowOf = (text: string | RegExp) => screen.getByText(text, { selector: '.review-name, .visually-hidden' }).closest('li')!;

describe('importing a CV', () => {
  it('reviews the file, adds only the ticked rows as one change after a backup, and Undo and Redo take it back and forth', async () => {
    const user = await renderLoaded(<CvImportScreen />);
    await user.upload(fileInput(), resumeFile());
    await review();
    await user.click(within(rowOf('Ran the office summer party')).getByRole('checkbox'));
    await user.click(within(rowOf('Knitting')).getByRole('checkbox'));
    expect(screen.getByText(/^Adds 1 role, 1 achievement, 1 certification and 2 profile details to your plan\./)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add to my plan' }));
    expect(await screen.findByRole('heading', { name: 'Added from resume.json' })).toBeInTheDocument();
    expect(backend.cvImportBackups).toBe(1);
    expect(backend.received).toHaveLength(1);
    expect(backend.plan.roles.map((r) => r.organisation)).toEqual(['Northwind Health']);
    expect(backend.plan.achievements.map((a) => [a.title, a.roleId])).toEqual([['Cut late status reports by 40%', backend.plan.roles[0]!.id]]);
    expect(backend.plan.certifications.map((c) => [c.catalogId, c.status, c.issuedOn])).toEqual([['pmp', 'passed', '2022-05-01']]);
    expect(backend.plan.skills).toEqual([]);
    expect(backend.plan.profile).toMatchObject({ name: 'Alex Morgan', email: 'alex@example.com' });

    await act(() => useAppStore.getState().undo());
    expect(backend.plan.roles).toEqual([]);
    expect(backend.plan.achievements).toEqual([]);
    expect(backend.plan.profile.name).toBe('');
    await act(() => useAppStore.getState().redo());
    expect(backend.plan.achievements).toHaveLength(1);
    expect(backend.plan.profile.name).toBe('Alex Morgan');
  });

  it('waits for an area for a skill the PMO skills do not have, and uses the one picked', async () => {
    const user = await renderLoaded(<CvImportScreen />);
    await user.upload(fileInput(), resumeFile());
    await review();
    expect(screen.getByRole('button', { name: 'Add to my plan' })).toBeDisabled();
    expect(screen.getByText('Choose an area for “Knitting”, or untick it.')).toBeInTheDocument();
    await user.selectOptions(within(rowOf('Knitting')).getByRole('combobox'), 'Leadership skills');
    await user.click(screen.getByRole('button', { name: 'Add to my plan' }));
    await screen.findByRole('heading', { name: 'Added from resume.json' });
    expect(backend.plan.skills.map((s) => [s.name, s.area, s.catalogId])).toEqual([['Knitting', 'leadership', null]]);
  });

  it('holds the confirm back while a kept row would be refused, and says why beside it', async () => {
    const user = await renderLoaded(<CvImportScreen />);
    await user.upload(fileInput(), resumeFile());
    await review();
    const role = rowOf(/^Project Manager, Northwind Health · /);
    await user.clear(within(role).getByLabelText('Job title'));
    await user.clear(within(role).getByLabelText('Organisation'));
    expect(within(role).getByRole('alert')).toHaveTextContent('Give the role a job title or an organisation.');
    expect(screen.getByText('Correct the row marked above first.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add to my plan' })).toBeDisabled();
  });

  it('shows everything as already in the plan the second time, with nothing to add', async () => {
    const user = await renderLoaded(<CvImportScreen />);
    await user.upload(fileInput(), resumeFile({ ...RESUME, skills: [] }));
    await review();
    await user.click(screen.getByRole('button', { name: 'Add to my plan' }));
    await screen.findByRole('heading', { name: 'Added from resume.json' });
    await user.click(screen.getByRole('button', { name: 'Import another file' }));
    await user.upload(fileInput(), resumeFile({ ...RESUME, skills: [] }));
    await review();
    expect(screen.getAllByText('Already in your plan')).toHaveLength(4);
    expect(screen.getByText('Nothing new is ticked.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add to my plan' })).toBeDisabled();
  });

  it('says why a file is refused, naming it, and keeps the review already open', async () => {
    const user = await renderLoaded(<CvImportScreen />);
    await user.upload(fileInput(), resumeFile());
    await review();
    await user.click(within(rowOf('Ran the office summer party')).getByRole('checkbox'));
    await user.upload(fileInput(), resumeFile({ schemaVersion: 5, milestones: [] }, 'plan.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^plan\.json: .*not a resume/);
    expect(await review()).toBeInTheDocument();
    expect(within(rowOf('Ran the office summer party')).getByRole('checkbox')).not.toBeChecked();
    expect(backend.plan.achievements).toEqual([]);
  });

  it('keeps the review when main refuses the import (a full disk), with the plan unchanged', async () => {
    const user = await renderLoaded(<CvImportScreen />);
    await user.upload(fileInput(), resumeFile({ ...RESUME, skills: [] }));
    await review();
    backend.refuseNext(new ApiError('io', 'Your plan could not be backed up first (the disk is full), so nothing was imported. Nothing was changed.'));
    await user.click(screen.getByRole('button', { name: 'Add to my plan' }));
    expect(await screen.findByText(/could not be backed up first \(the disk is full\)/)).toBeInTheDocument();
    expect(await review()).toBeInTheDocument();
    expect(backend.plan.roles).toEqual([]);
    expect(useAppStore.getState().undoStack).toEqual([]);
  });

  it('lets the person mark a Word CV’s lines, then reviews them like any other file', async () => {
    backend.cvRead = (file) => ({
      kind: 'lines',
      fileName: file.fileName,
      lines: [
        { text: 'Project Manager, Northwind Health', kind: 'paragraph' },
        { text: 'Cut late status reports by 40%', kind: 'bullet' },
        { text: 'PRINCE2 Practitioner', kind: 'paragraph' },
      ],
    });
    const user = await renderLoaded(<CvImportScreen />);
    await user.upload(fileInput(), new File(['PK'], 'cv.docx'));
    await screen.findByRole('heading', { name: 'What is each line of cv.docx?' });
    await user.selectOptions(screen.getByRole('combobox', { name: /^What is it\? Line 1:/ }), 'A role');
    await user.selectOptions(screen.getByRole('combobox', { name: /^What is it\? Line 3:/ }), 'A certification');
    expect(screen.getByRole('combobox', { name: /^In which role\? Line 2:/ })).toHaveValue('0');
    await user.click(screen.getAllByRole('button', { name: 'Review 3 marked lines' })[0]!);
    await review();
    await user.click(screen.getByRole('button', { name: 'Back to the lines' }));
    expect(screen.getByRole('combobox', { name: /^What is it\? Line 1:/ })).toHaveValue('role');
    await user.click(screen.getAllByRole('button', { name: 'Review 3 marked lines' })[0]!);
    await review();
    await user.click(screen.getByRole('button', { name: 'Add to my plan' }));
    await screen.findByRole('heading', { name: 'Added from cv.docx' });
    expect(backend.plan.roles.map((r) => r.title)).toEqual(['Project Manager, Northwind Health']);
    expect(backend.plan.achievements.map((a) => a.roleId)).toEqual([backend.plan.roles[0]!.id]);
    expect(backend.plan.certifications.map((c) => c.catalogId)).toEqual([expect.stringMatching(/prince2.*practitioner/)]);
  });

  it('offers nothing to import into a read-only plan', async () => {
    backend.readOnly = true;
    await renderLoaded(<CvImportScreen />);
    expect(screen.getByText('Your plan is open read-only, so nothing can be imported into it.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose a file…' })).toBeDisabled();
  });
});

describe('the reading indicator', () => {
  afterEach(() => vi.useRealTimers());

  it('appears only once a read has taken 300 ms, and goes when it ends', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ active }) => useShownAfter(active), { initialProps: { active: true } });
    act(() => void vi.advanceTimersByTime(299));
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
    rerender({ active: false });
    expect(result.current).toBe(false);
  });
});
