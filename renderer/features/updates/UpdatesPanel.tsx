import { useEffect, useId } from 'react';
import { useAppSettingsStore } from '../app-settings/app-settings-store';
import { UpdateStatusView } from './UpdateStatusView';
import { useUpdatesStore } from './updates-store';
import './updates.css';

export const PRIVACY_NOTE = 'PMO Pathway asks GitHub, where its releases are published, whether there is a newer version. Nothing about you or your plan is sent.';

/**
 * Settings → Updates: the automatic-check switch (off until the person turns it on), "Check for updates
 * now" (works whatever the switch says), and where the update stands. In the browser version and in a
 * development run main says why there is nothing to check, and the switch is not offered.
 */
export function UpdatesPanel() {
  const state = useUpdatesStore((store) => store.state);
  const busy = useUpdatesStore((store) => store.busy);
  const problem = useUpdatesStore((store) => store.problem);
  const load = useUpdatesStore((store) => store.load);
  const check = useUpdatesStore((store) => store.check);
  useEffect(() => void load(), [load]);

  const kind = state?.status.kind;
  const stepUnderWay = kind === 'checking' || kind === 'downloading' || kind === 'installing';
  return (
    <section className="panel updates-panel" aria-labelledby="updates-heading">
      <h2 id="updates-heading">Updates</h2>
      {state ? <p className="meta">This is PMO Pathway {state.currentVersion}.</p> : <p className="meta">{problem ?? 'Loading…'}</p>}
      {state?.canUpdate && <AutomaticCheckSwitch />}
      <div className="actions">
        <button type="button" className="secondary" disabled={busy !== null || stepUnderWay} onClick={() => void check()}>
          Check for updates now
        </button>
      </div>
      {state && <UpdateStatusView state={state} />}
      {state && problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

function AutomaticCheckSwitch() {
  const settings = useAppSettingsStore((store) => store.state);
  const settingProblem = useAppSettingsStore((store) => store.problems.updates);
  const loadSettings = useAppSettingsStore((store) => store.load);
  const update = useAppSettingsStore((store) => store.update);
  const hintId = useId();
  useEffect(() => {
    if (!useAppSettingsStore.getState().state) void loadSettings();
  }, [loadSettings]);

  return (
    <>
      <label className="check">
        <input
          type="checkbox"
          checked={settings?.settings.updates.checkAutomatically === true}
          disabled={!settings}
          aria-describedby={hintId}
          onChange={(event) => void update('updates', { updates: { checkAutomatically: event.target.checked } })}
        />
        Check for updates automatically when PMO Pathway starts
      </label>
      <p id={hintId} className="field-hint">
        {PRIVACY_NOTE} New versions are only downloaded and installed when you choose.
      </p>
      {settingProblem && (
        <p className="field-problem" role="alert">
          {settingProblem}
        </p>
      )}
    </>
  );
}
