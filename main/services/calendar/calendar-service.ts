import { CALENDAR_FILE_INFO, calendarFileName, NOTHING_TO_ADD_TO_A_CALENDAR } from '../../../shared/calendar-export/file';
import type { ExportResult } from '../../../shared/cv/export/formats';
import { ApiError } from '../../../shared/ipc/errors';
import { localDate } from '../../../shared/model';
import type { Platform } from '../../platform/platform';
import { toExportResult } from '../../platform/save-result';
import type { Clock } from '../clock';
import type { PlanSource } from '../export/export-service';

/**
 * Exports the plan's dated items (open milestones, booked exams, renewal deadlines) as one .ics file for
 * the person's own calendar: a save dialog in the desktop app, a download in the browser bridge. The
 * events come from the stored plan; re-exporting and importing again updates them (stable UIDs).
 */
export class CalendarService {
  constructor(
    private readonly plans: PlanSource,
    private readonly platform: Pick<Platform, 'saveFile'>,
    private readonly clock: Clock,
  ) {}

  async exportCalendar(): Promise<ExportResult> {
    const now = this.clock.now();
    const today = localDate(now);
    // The renewal rules (with the catalog) and the ics writer load on the first export, not at every start.
    const { calendarEvents } = await import('../../../shared/calendar-export/events');
    const events = calendarEvents(this.plans.snapshot().plan, today);
    if (events.length === 0) throw new ApiError('validation', NOTHING_TO_ADD_TO_A_CALENDAR);
    const { writeIcsFile } = await import('../../../shared/calendar-export/ics-file');
    const fileName = calendarFileName(today);
    const result = await this.platform.saveFile({
      suggestedName: fileName,
      filters: [{ name: CALENDAR_FILE_INFO.filterName, extensions: [CALENDAR_FILE_INFO.extension] }],
      bytes: new TextEncoder().encode(writeIcsFile(events, now)),
      mimeType: CALENDAR_FILE_INFO.mimeType,
    });
    return toExportResult(result, fileName);
  }
}
