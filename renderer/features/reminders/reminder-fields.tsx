import { useEffect, useId, useState } from 'react';

/**
 * The timing fields of Settings → Reminders. Each keeps what is typed until it leaves the field (or Enter),
 * then saves; a refusal is shown by the settings panel and the field shows the stored value again.
 */
interface FieldProps<T> {
  label: string;
  value: T;
  disabled: boolean;
  onSave: (value: T) => unknown;
}

function useTyped<T>(value: T, show: (value: T) => string) {
  const [typed, setTyped] = useState(show(value));
  useEffect(() => setTyped(show(value)), [value, show]);
  return [typed, setTyped, () => setTyped(show(value))] as const;
}

const asText = (n: number) => String(n);
const asList = (days: readonly number[]) => days.join(', ');
const asTime = (time: string) => time;

export function DaysField({ label, value, max, disabled, onSave }: FieldProps<number> & { max: number }) {
  const id = useId();
  const [typed, setTyped, reset] = useTyped(value, asText);
  const commit = () => {
    const days = Number(typed);
    if (typed.trim() === '' || !Number.isFinite(days)) return reset();
    if (days !== value) void onSave(days);
  };
  return (
    <>
      <input id={id} type="number" min={0} max={max} step={1} className="days-input" value={typed} disabled={disabled} onChange={(event) => setTyped(event.target.value)} onBlur={commit} onKeyDown={(event) => event.key === 'Enter' && commit()} />
      <label htmlFor={id}>{label}</label>
    </>
  );
}

/** "7, 1": several warnings in one field, the way people write them. */
export function DaysListField({ label, value, disabled, onSave }: FieldProps<number[]>) {
  const id = useId();
  const [typed, setTyped] = useTyped(value, asList);
  const commit = () => {
    const parts = typed.split(/[\s,;]+/).filter((part) => part !== '');
    const days = parts.map(Number);
    // Sent as typed (even when not numbers) so main's refusal explains what is wrong.
    if (asList(days) !== asList(value) || parts.some((part) => !/^\d+$/.test(part))) void onSave(days);
  };
  return (
    <>
      <input id={id} type="text" inputMode="numeric" className="days-list-input" value={typed} disabled={disabled} onChange={(event) => setTyped(event.target.value)} onBlur={commit} onKeyDown={(event) => event.key === 'Enter' && commit()} />
      <label htmlFor={id}>{label}</label>
    </>
  );
}

export function TimeField({ label, value, disabled, onSave }: FieldProps<string>) {
  const id = useId();
  const [typed, setTyped, reset] = useTyped(value, asTime);
  const commit = () => {
    if (typed === '') return reset();
    if (typed !== value) void onSave(typed);
  };
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="time" value={typed} disabled={disabled} onChange={(event) => setTyped(event.target.value)} onBlur={commit} onKeyDown={(event) => event.key === 'Enter' && commit()} />
    </>
  );
}
