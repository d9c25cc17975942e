import { useEffect, useId } from 'react';
import { useAppStore } from '../../store';
import { useAppSettingsStore } from '../app-settings/app-settings-store';
import { PRIVACY_NOTE } from './UpdatesPanel';
import { useUpdatesStore } from './updates-store';
import './updates.css';

/**
 * On the dashboard, in the desktop app only: the first-run question (nothing is checked until it is
 * answered, and "No thanks" is the same as never answering), and afterwards a short note when a newer
 * version is waiting, leading to Settings → Updates. The browser version has no updates to ask about.
 */
export function UpdatesCard() {
  const shell = useAppStore((state) => state.appInfo?.shell);
  return shell === 'electron' ? <DesktopUpdatesCard /> : null;
}

function DesktopUpdatesCard() {
  const settings = useAppSettingsStore((store) => store.state);
  const loadSettings = useAppSettingsStore((store) => store.load);
  const updates = useUpdatesStore((store) => store.state);
  const loadUpdates = useUpdatesStore((store) => store.load);
  useEffect(() => {
    if (!useAppSettingsStore.getState().state) void loadSettings();
    if (!useUpdatesStore.getState().state) void loadUpdates();
  }, [loadSettings, loadUpdates]);

  if (!updates?.canUpdate) return null;
  if (settings && settings.settings.updates.checkAutomatically === null) return <FirstRunQuestion />;
  const status = updates.status;
  if (status.kind === 'available' || status.kind === 'downloading' || status.kind === 'downloaded') return <OfferNote message={status.message} />;
  return null;
}

function FirstRunQuestion() {
  const update = useAppSettingsStore((store) => store.update);
  const problem = useAppSettingsStore((store) => store.problems.updates);
  const notify = useAppStore((state) => state.notify);
  const headingId = useId();

  const answer = async (yes: boolean) => {
    const kept = await update('updates', { updates: { checkAutomatically: yes } });
    if (!kept) return;
    // The card goes; keyboard focus goes to the page rather than being lost.
    document.getElementById('main')?.focus();
    notify({
      level: 'info',
      message: yes
        ? 'PMO Pathway will check for updates when it starts. You can turn this off in Settings.'
        : 'PMO Pathway will not check for updates. Help → Check for Updates… asks whenever you like.',
    });
  };

  return (
    <section className="panel updates-question" aria-labelledby={headingId}>
      <h2 id={headingId}>Check for updates automatically?</h2>
      <p>{PRIVACY_NOTE} When there is a new version you see what changed, and you choose whether to download and install it.</p>
      <div className="actions">
        <button type="button" onClick={() => void answer(true)}>
          Check for updates automatically
        </button>
        <button type="button" className="secondary" onClick={() => void answer(false)}>
          No thanks
        </button>
      </div>
      <p className="meta">You can change this at any time in Settings → Updates.</p>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

function OfferNote({ message }: { message: string }) {
  const go = useAppStore((state) => state.go);
  return (
    <p className="notice updates-offer-note">
      {message}{' '}
      <button type="button" className="inline-link" onClick={() => go('settings')}>
        See the update
      </button>
    </p>
  );
}
