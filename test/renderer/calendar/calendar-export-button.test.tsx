import { screen, waitFor, within } from '@testing-library/react';
import ExportScreen from '../../../renderer/features/export/ExportScreen';
import MilestonesScreen from '../../../renderer/features/milestones/MilestonesScreen';
import type { ExportResult } from '../../../shared/cv/export/formats';
import { ApiError } from '../../../shared/ipc/errors';
import { FakePlanBackend, onboarded } from '../../support/fake-plan-backend';
import { useFakeBackend } from '../../support/mock-api';
import { milestone, planWith } from '../../support/plan-builders';
import { renderLoaded } from '../../support/render-loaded';
import { resetStore } from '../../support/reset-store';

vi.mock('../../../renderer/lib/api', async (importOriginal) => (await import('../../support/mock-api')).mockApiModule(await importOriginal()));

/** The fake backend with main's calendar export, answering as the browser bridge does: a download. */
class CalendarBackend extends FakePlanBackend {
  exportCalendar = vi.fn(async (): Promise<ExportResult> => ({ outcome: 'downloaded', fileName: 'PMO Pathway - calendar - 2026-03.ics' }));
}

let backend: CalendarBackend;
beforeEach(() => {
  backend = useFakeBackend(new CalendarBackend()) as CalendarBackend;
  backend.plan = onboarded(planWith({ milestones: [milestone({ id: 'm1', title: 'Shadow the PMO', dueDate: '2026-04-01' })] }));
  resetStore({ screen: 'milestones' });
});

const calendarButton = () => screen.getByRole('button', { name: 'Add to my calendar (.ics)' });

describe('Add to my calendar on the Milestones screen', () => {
  it('asks main for the calendar file and says it downloaded', async () => {
    const user = await renderLoaded(<MilestonesScreen />);
    expect(calendarButton()).toHaveAccessibleDescription(/updates the same events instead of making copies/);
    await user.click(calendarButton());

    expect(await screen.findByRole('status')).toHaveTextContent('Downloaded “PMO Pathway - calendar - 2026-03.ics”.');
    expect(backend.exportCalendar).toHaveBeenCalledTimes(1);
    expect(backend.exportCalendar).toHaveBeenCalledWith();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says where the file was saved in the desktop app', async () => {
    backend.exportCalendar.mockResolvedValueOnce({ outcome: 'saved', fileName: 'plan.ics', location: '/home/alex/Documents/plan.ics' });
    const user = await renderLoaded(<MilestonesScreen />);
    await user.click(calendarButton());
    expect(await screen.findByRole('status')).toHaveTextContent('Saved the calendar file to /home/alex/Documents/plan.ics');
  });

  it('says nothing was saved when the save dialog is closed', async () => {
    backend.exportCalendar.mockResolvedValueOnce({ outcome: 'cancelled' });
    const user = await renderLoaded(<MilestonesScreen />);
    await user.click(calendarButton());
    expect(await screen.findByRole('status')).toHaveTextContent('Export cancelled: nothing was saved.');
  });

  it('shows main’s plain message when there is nothing to add, and can be tried again', async () => {
    backend.exportCalendar.mockRejectedValueOnce(new ApiError('validation', 'Nothing to add to a calendar yet: give a milestone a due date, or book an exam.'));
    const user = await renderLoaded(<MilestonesScreen />);
    await user.click(calendarButton());

    expect(await screen.findByRole('alert')).toHaveTextContent('The calendar file could not be exported. Nothing to add to a calendar yet: give a milestone a due date, or book an exam.');
    expect(screen.queryByRole('status')).toBeNull();
    await user.click(calendarButton());
    expect(await screen.findByRole('status')).toHaveTextContent('Downloaded');
    expect(backend.exportCalendar).toHaveBeenCalledTimes(2);
  });

  it('is reached with Tab and pressed with Enter', async () => {
    const user = await renderLoaded(<MilestonesScreen />);
    await user.tab();
    expect(calendarButton()).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(backend.exportCalendar).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('status')).toHaveTextContent('Downloaded');
  });

  it('works on a plan opened read-only: writing a calendar file changes nothing in it', async () => {
    backend.readOnly = true;
    const user = await renderLoaded(<MilestonesScreen />);
    expect(screen.getByRole('button', { name: 'New milestone' })).toBeDisabled();
    await user.click(calendarButton());
    expect(await screen.findByRole('status')).toHaveTextContent('Downloaded');
  });
});

describe('Add to my calendar on the Export screen', () => {
  it('is offered in the header, even with no achievements to export yet', async () => {
    resetStore({ screen: 'export' });
    const user = await renderLoaded(<ExportScreen />);
    const header = screen.getByRole('heading', { level: 1, name: 'Export' }).closest('header')!;
    expect(screen.getByText('Nothing to export yet')).toBeInTheDocument();
    await user.click(within(header).getByRole('button', { name: 'Add to my calendar (.ics)' }));
    expect(await within(header).findByRole('status')).toHaveTextContent('Downloaded “PMO Pathway - calendar - 2026-03.ics”.');
    expect(backend.exportCalendar).toHaveBeenCalledTimes(1);
  });
});
