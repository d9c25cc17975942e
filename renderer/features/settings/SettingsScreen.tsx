import { useAppStore } from '../../store';
import { selectReadOnly } from '../../store/selectors';
import { WorkHistory } from '../roles/WorkHistory';
import { ProfileForm } from './ProfileForm';
import { EnglishPicker } from './EnglishPicker';
import { ThemePicker } from './ThemePicker';
import { ReminderSettings } from '../reminders/ReminderSettings';
import { useSyncStore } from '../sync/sync-store';
import { SyncPanel } from '../sync/SyncPanel';
import { UpdatesPanel } from '../updates/UpdatesPanel';

export default function SettingsScreen() {
  const appInfo = useAppStore((state) => state.appInfo);
  const readOnly = useAppStore(selectReadOnly);
  const applyChange = useAppStore((state) => state.applyChange);
  const syncFolder = useSyncStore((store) => store.state?.folder ?? null);
  return (
    <section aria-labelledby="settings-heading" className="screen stack">
      <header className="screen-header">
        <h1 id="settings-heading">Settings</h1>
      </header>
      <ProfileForm />
      <WorkHistory />
      <ThemePicker />
      <EnglishPicker />
      <ReminderSettings />
      <UpdatesPanel />
      <section className="panel" aria-labelledby="setup-heading">
        <h2 id="setup-heading">Starter plan</h2>
        <p>Run the set-up again to add suggestions for your route. Nothing already in your plan is removed or duplicated.</p>
        <button type="button" className="secondary" disabled={readOnly} onClick={() => void applyChange({ type: 'profile.update', patch: { onboardedAt: null } }, { label: 'Re-run set-up' })}>
          Run set-up again
        </button>
      </section>
      <SyncPanel />
      <section className="panel" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p>Your plan is kept {syncFolder ? '' : 'only '}on this computer{appInfo ? ' in' : '.'}</p>
        {appInfo && <code className="path">{appInfo.planLocation}</code>}
        {syncFolder && (
          <>
            <p>and in your sync folder</p>
            <code className="path">{syncFolder}</code>
          </>
        )}
        {appInfo && <p className="meta">PMO Pathway {appInfo.version}</p>}
      </section>
    </section>
  );
}
