import { useRemindersStore } from './reminders-store';
import { countWords } from './reminder-words';

/** "While you were away": what fell due while the app was closed, said once at start until closed. */
export function AwayBanner() {
  const away = useRemindersStore((store) => store.state?.away ?? null);
  const open = useRemindersStore((store) => store.setPanelOpen);
  const clear = useRemindersStore((store) => store.clearAway);
  if (!away) return null;
  const shown = away.titles.slice(0, 3);
  const more = away.titles.length - shown.length;
  return (
    <div className="notice notice-info away-banner" role="status">
      <p>
        <strong>While you were away:</strong> {countWords(away.count)} — {shown.join('; ')}
        {more > 0 ? `; and ${more} more` : ''}.
      </p>
      <div className="actions">
        <button type="button" onClick={() => open(true)}>
          Show reminders
        </button>
        <button type="button" className="secondary" onClick={() => void clear()}>
          Close
        </button>
      </div>
    </div>
  );
}
