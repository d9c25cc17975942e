import { dispatch } from '../../../main/api/dispatch';
import { createHandlers, type Services } from '../../../main/api/handlers';
import type { Platform } from '../../../main/platform/platform';
import { saveFailureMessage } from '../../../main/platform/save-file';
import { CalendarService } from '../../../main/services/calendar/calendar-service';
import { ApiError } from '../../../shared/ipc/errors';
import type { Plan } from '../../../shared/model';
import { fakeSavePlatform } from '../../support/fake-save-platform';
import { certification, milestone, planWith } from '../../support/plan-builders';
import { readIcs } from '../../shared/calendar-export/read-ics';
import { apiRejection } from '../../support/api-rejection';

/**
 * The calendar export through main's service: built from main's copy of the plan, handed to the
 * platform's save dialog (or download) as an .ics file, and every outcome reported as the page expects.
 */

const NOW = new Date('2026-12-01T09:30:00.000Z');
const clock = { now: () => NOW };
const PLAN = planWith({
  milestones: [
    milestone({ id: 'm1', title: 'Shadow the PMO', dueDate: '2027-01-15', status: 'todo' }),
    milestone({ id: 'm2', title: 'Read the guide', dueDate: '2026-11-01', status: 'done', completedOn: '2026-11-01' }),
  ],
  certifications: [certification({ id: 'c1', catalogId: 'pmp', status: 'exam-booked', examDate: '2027-04-20' })],
});
const plans = (plan: Plan) => ({ snapshot: () => ({ plan }) });
const service = (plan: Plan, platform: Pick<Platform, 'saveFile'>) => new CalendarService(plans(plan), platform, clock);

describe('CalendarService.exportCalendar', () => {
  it('saves the plan’s dated items as a UTF-8 .ics file under a dated name, and says where it went', async () => {
    const platform = fakeSavePlatform({ saved: true, location: '/home/alex/Documents/PMO Pathway - calendar - 2026-12.ics' });
    const result = await service(PLAN, platform).exportCalendar();

    expect(result).toEqual({ outcome: 'saved', fileName: 'PMO Pathway - calendar - 2026-12.ics', location: '/home/alex/Documents/PMO Pathway - calendar - 2026-12.ics' });
    expect(platform.saveFile).toHaveBeenCalledOnce();
    const request = platform.saved[0]!;
    expect(request).toMatchObject({
      suggestedName: 'PMO Pathway - calendar - 2026-12.ics',
      filters: [{ name: 'Calendar file', extensions: ['ics'] }],
      mimeType: 'text/calendar;charset=utf-8',
    });
    const text = new TextDecoder('utf-8', { fatal: true }).decode(request.bytes);
    const read = readIcs(text);
    expect(read.events.map((e) => [e.uid, e.summary, e.start, e.end])).toEqual([
      ['milestone-m1@pmopathway.app', 'Milestone due: Shadow the PMO', '2027-01-15', '2027-01-16'],
      ['exam-c1@pmopathway.app', 'Exam: PMP', '2027-04-20', '2027-04-21'],
    ]);
    // DTSTAMP is the moment of the export, from the injected clock.
    for (const e of read.events) expect(e.stamp).toBe('2026-12-01T09:30:00Z');
  });

  it('reports a browser download by its file name', async () => {
    const result = await service(PLAN, fakeSavePlatform({ saved: true })).exportCalendar();
    expect(result).toEqual({ outcome: 'downloaded', fileName: 'PMO Pathway - calendar - 2026-12.ics' });
  });

  it('reports a cancelled save dialog as "cancelled"', async () => {
    const platform = fakeSavePlatform({ saved: false });
    await expect(service(PLAN, platform).exportCalendar()).resolves.toEqual({ outcome: 'cancelled' });
    expect(platform.saveFile).toHaveBeenCalledOnce();
  });

  it('refuses a plan with nothing dated, in plain words, and opens no dialog', async () => {
    const platform = fakeSavePlatform({ saved: true });
    const undated = planWith({ milestones: [milestone({ id: 'm1', title: 'Find a mentor' }), { ...PLAN.milestones[1]! }] });
    const error = await apiRejection(service(undated, platform).exportCalendar());
    expect(error.code).toBe('validation');
    expect(error.message).toBe('Nothing to add to a calendar yet: give a milestone a due date, or book an exam.');
    expect(platform.saveFile).not.toHaveBeenCalled();
  });

  it('passes a disk failure from the save on as it is, so the page can show its words', async () => {
    const platform = fakeSavePlatform({ saved: true });
    const diskFull = new ApiError('io', saveFailureMessage('ENOSPC', '/home/alex/Documents/PMO Pathway - calendar - 2026-12.ics'));
    platform.saveFile.mockRejectedValueOnce(diskFull);
    const error = await apiRejection(service(PLAN, platform).exportCalendar());
    expect(error.code).toBe('io');
    expect(error.message).toBe('The disk is full, so “PMO Pathway - calendar - 2026-12.ics” was not saved. Free some space and export again. Any file already there was left as it was.');
  });

  it('answers the contract method exportCalendar through dispatch, failures as envelopes', async () => {
    const platform = fakeSavePlatform({ saved: false });
    const calendar = service(planWith({}), platform);
    const handlers = createHandlers({ calendar } as unknown as Services, platform as unknown as Platform, { version: 'test' });
    const noLog = () => undefined;
    await expect(dispatch(handlers, 'exportCalendar', [], noLog)).resolves.toEqual({
      ok: false,
      error: { code: 'validation', message: 'Nothing to add to a calendar yet: give a milestone a due date, or book an exam.' },
    });
    const withDates = createHandlers({ calendar: service(PLAN, platform) } as unknown as Services, platform as unknown as Platform, { version: 'test' });
    await expect(dispatch(withDates, 'exportCalendar', [], noLog)).resolves.toEqual({ ok: true, value: { outcome: 'cancelled' } });
    // The method takes no arguments: anything sent is refused before the service runs.
    await expect(dispatch(withDates, 'exportCalendar', ['x'], noLog)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(platform.saveFile).toHaveBeenCalledOnce();
  });
});
