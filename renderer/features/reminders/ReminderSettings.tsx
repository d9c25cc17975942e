import { useEffect, useId, useState } from 'react';
import { WEEKDAY_NAMES, type ReminderSettings as Settings } from '../../../shared/app-settings/schema';
import { useAppSettingsStore } from '../app-settings/app-settings-store';
import { DaysField, DaysListField, TimeField } from './reminder-fields';
import './reminders.css';

type Kind = keyof Settings;

/**
 * Settings → Reminders: each kind on or off with its timing, quiet hours, and starting at log-in.
 * Each change is saved at once (these are this computer's settings, not the plan's, so there is nothing
 * to undo across: switching back is the undo); a value that cannot be used is refused beside its field.
 */
export function ReminderSettings() {
  const state = useAppSettingsStore((store) => store.state);
  const problems = useAppSettingsStore((store) => store.problems);
  const load = useAppSettingsStore((store) => store.load);
  const update = useAppSettingsStore((store) => store.update);
  useEffect(() => void load(), [load]);

  if (!state) return <section className="panel"><h2>Reminders</h2><p className="meta">{problems.load ?? 'Loading…'}</p></section>;
  const reminders = state.settings.reminders;
  const save = <K extends Kind>(kind: K, value: Settings[K]) => update(kind, { reminders: { [kind]: value } });
  const problem = (part: string) => problems[part] && <p className="field-problem" role="alert">{problems[part]}</p>;

  return (
    <section className="panel reminder-settings" aria-labelledby="reminder-settings-heading">
      <h2 id="reminder-settings-heading">Reminders</h2>
      <p className="meta">Kept on this computer, not in your plan. Reminders show in the list under Reminders at the top of the window{state.canOpenAtLogin ? ', and as notifications from your computer' : ''}.</p>
      {state.problem && <p className="notice notice-warning">{state.problem}</p>}

      <KindRow label="A milestone is due soon" on={reminders.milestoneDue.enabled} onToggle={(enabled) => save('milestoneDue', { ...reminders.milestoneDue, enabled })}>
        <DaysField label="days before" value={reminders.milestoneDue.daysBefore} max={60} disabled={!reminders.milestoneDue.enabled} onSave={(daysBefore) => save('milestoneDue', { ...reminders.milestoneDue, daysBefore })} />
      </KindRow>
      {problem('milestoneDue')}
      <KindRow label="A milestone is overdue" on={reminders.milestoneOverdue.enabled} onToggle={(enabled) => save('milestoneOverdue', { enabled })} />
      {problem('milestoneOverdue')}
      <KindRow label="A booked exam is coming up" on={reminders.examDate.enabled} onToggle={(enabled) => save('examDate', { ...reminders.examDate, enabled })}>
        <DaysListField label="days before" value={reminders.examDate.daysBefore} disabled={!reminders.examDate.enabled} onSave={(daysBefore) => save('examDate', { ...reminders.examDate, daysBefore })} />
      </KindRow>
      {problem('examDate')}
      <KindRow label="A certification is due for renewal" on={reminders.renewal.enabled} onToggle={(enabled) => save('renewal', { ...reminders.renewal, enabled })}>
        <DaysListField label="days before it expires" value={reminders.renewal.daysBefore} disabled={!reminders.renewal.enabled} onSave={(daysBefore) => save('renewal', { ...reminders.renewal, daysBefore })} />
      </KindRow>
      {problem('renewal')}
      <KindRow label="CPD is behind schedule for a renewal (at most once a month)" on={reminders.cpdBehind.enabled} onToggle={(enabled) => save('cpdBehind', { enabled })} />
      {problem('cpdBehind')}
      <KindRow label="Log an achievement, once a week" on={reminders.weeklyNudge.enabled} onToggle={(enabled) => save('weeklyNudge', { ...reminders.weeklyNudge, enabled })}>
        <WeekdayField value={reminders.weeklyNudge.weekday} disabled={!reminders.weeklyNudge.enabled} onSave={(weekday) => save('weeklyNudge', { ...reminders.weeklyNudge, weekday })} />
        <TimeField label="at" value={reminders.weeklyNudge.time} disabled={!reminders.weeklyNudge.enabled} onSave={(time) => save('weeklyNudge', { ...reminders.weeklyNudge, time })} />
      </KindRow>
      <p className="meta">Skipped in a week when you have logged one already.</p>
      {problem('weeklyNudge')}

      <h3>Quiet hours</h3>
      <KindRow label="No notifications" on={reminders.quietHours.enabled} onToggle={(enabled) => save('quietHours', { ...reminders.quietHours, enabled })}>
        <TimeField label="from" value={reminders.quietHours.from} disabled={!reminders.quietHours.enabled} onSave={(from) => save('quietHours', { ...reminders.quietHours, from })} />
        <TimeField label="to" value={reminders.quietHours.to} disabled={!reminders.quietHours.enabled} onSave={(to) => save('quietHours', { ...reminders.quietHours, to })} />
      </KindRow>
      <p className="meta">Reminders that fall due in quiet hours wait in the list and pop up when they end.</p>
      {problem('quietHours')}

      {state.canOpenAtLogin && (
        <>
          <h3>Starting</h3>
          <Switch label="Open PMO Pathway when I log in (in the background, so reminders can reach you)" on={state.settings.openAtLogin} onToggle={(openAtLogin) => update('openAtLogin', { openAtLogin })} />
          {problem('openAtLogin')}
        </>
      )}
    </section>
  );
}

function KindRow({ label, on, onToggle, children }: { label: string; on: boolean; onToggle: (on: boolean) => Promise<boolean>; children?: React.ReactNode }) {
  return (
    <div className="reminder-kind">
      <Switch label={label} on={on} onToggle={onToggle} />
      {children && <span className="reminder-timing">{children}</span>}
    </div>
  );
}

/** A checkbox that turns at once and turns back if main refuses the change (its reason is shown beside). */
function Switch({ label, on, onToggle }: { label: React.ReactNode; on: boolean; onToggle: (on: boolean) => Promise<boolean> }) {
  const [shown, setShown] = useState(on);
  useEffect(() => setShown(on), [on]);
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={shown}
        onChange={(event) => {
          const next = event.target.checked;
          setShown(next);
          void onToggle(next).then((kept) => kept || setShown(on));
        }}
      />
      {label}
    </label>
  );
}

function WeekdayField({ value, disabled, onSave }: { value: number; disabled: boolean; onSave: (weekday: number) => void }) {
  const id = useId();
  const [shown, setShown] = useState(value);
  useEffect(() => setShown(value), [value]);
  return (
    <>
      <label htmlFor={id}>on</label>
      <select id={id} value={shown} disabled={disabled} onChange={(event) => (setShown(Number(event.target.value)), onSave(Number(event.target.value)))}>
        {WEEKDAY_NAMES.map((name, index) => (
          <option key={name} value={index + 1}>
            {name}
          </option>
        ))}
      </select>
    </>
  );
}
