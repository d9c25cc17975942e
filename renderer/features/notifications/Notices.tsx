import { useAppStore } from '../../store';
import { selectNotices } from '../../store/selectors';

/** What main had to tell us about loading the plan (recovered, migrated, read-only). */
export function Notices() {
  const notices = useAppStore(selectNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice, index) => (
        <p key={index} className={`notice notice-${notice.level}`} role={notice.level === 'error' ? 'alert' : 'status'}>
          {notice.message}
        </p>
      ))}
    </div>
  );
}
