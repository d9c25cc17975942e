import { useId } from 'react';
import { api } from '../../lib/api';
import { useFileExport } from '../../lib/useFileExport';
import './calendar.css';

const exportCalendar = () => api.exportCalendar();

/**
 * "Add to my calendar (.ics)": main writes the plan's open milestones, booked exams and renewal dates as
 * one calendar file (a save dialog, or a download in the browser). Says where it went, or in plain words
 * why not. The button stays enabled while it runs (the hook ignores a second press), so keyboard focus
 * is never dropped by a button turning disabled under it.
 */
export function CalendarExportButton() {
  const { status, busy, exportAs } = useFileExport('the calendar file', exportCalendar);
  const hintId = useId();
  return (
    <div className="calendar-export">
      <button type="button" className="secondary" aria-describedby={hintId} aria-busy={busy} onClick={() => void exportAs()}>
        {busy ? 'Making the calendar file…' : 'Add to my calendar (.ics)'}
      </button>
      <p id={hintId} className="field-hint">
        Due dates, exams and renewal deadlines as all-day events. Adding a newer file later updates the same events instead of making copies.
      </p>
      {/* Shown only with something to say: an empty alert region on every screen that has this button
          would be one more "alert" for assistive technology (and for tests) to wade through. */}
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={`calendar-export-status ${status.kind}`}>
          {status.message}
        </p>
      )}
    </div>
  );
}
