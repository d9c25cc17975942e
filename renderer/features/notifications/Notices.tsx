import { useState } from 'react';
import type { Notice, NoticeAction } from '../../../shared/ipc/contract';
import { api, errorMessage } from '../../lib/api';
import { useAppStore } from '../../store';
import { selectNotices } from '../../store/selectors';

/**
 * What each notice action asks main to do. Main answers by broadcasting planChanged, which reloads the
 * snapshot (plan, read-only flag and notices), so nothing else needs updating here.
 */
const RUN: Record<NoticeAction['id'], () => Promise<unknown>> = {
  'open-newest-backup': () => api.openNewestBackup(),
};

/** What main had to tell us about loading the plan (recovered, migrated, read-only), with any action it offers. */
export function Notices() {
  const notices = useAppStore(selectNotices);
  const notify = useAppStore((state) => state.notify);
  const [busy, setBusy] = useState(false);
  if (notices.length === 0) return null;

  async function run(action: NoticeAction) {
    setBusy(true);
    try {
      await RUN[action.id]();
    } catch (error) {
      notify({ level: 'error', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="notices">
      {notices.map((notice: Notice, index) => (
        <p key={index} className={`notice notice-${notice.level}`} role={notice.level === 'error' ? 'alert' : 'status'}>
          {notice.message}
          {notice.action && (
            <>
              {' '}
              <button type="button" className="small" disabled={busy} onClick={() => void run(notice.action as NoticeAction)}>
                {notice.action.label}
              </button>
            </>
          )}
        </p>
      ))}
    </div>
  );
}
