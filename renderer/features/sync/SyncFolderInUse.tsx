import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { SyncState } from '../../../shared/ipc/sync';
import { describeMoment } from '../backups/backup-words';
import { useSyncStore } from './sync-store';

/** "Last checked 10:42" today; with the date on any other day, when a time alone would mislead. */
export function describeLastCheck(iso: string | null, now = new Date()): string {
  if (!iso) return 'Not checked yet.';
  const checked = new Date(iso);
  if (Number.isNaN(checked.getTime())) return 'Not checked yet.';
  const today = checked.toDateString() === now.toDateString();
  return `Last checked ${today ? checked.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) : describeMoment(iso)}`;
}

/** The folder in use: where the plan is, this computer's name, the others, and the way back. */
export function SyncFolderInUse({ state }: { state: SyncState & { folder: string } }) {
  const busy = useSyncStore((store) => store.busy);
  const checkNow = useSyncStore((store) => store.checkNow);
  return (
    <>
      <p>Your plan is kept in this folder, and on this computer as always:</p>
      <code className="path">{state.folder}</code>
      <DeviceNameForm name={state.device.name} />
      <p className="meta">
        {describeLastCheck(state.lastCheckedAt)}.{' '}
        {state.computers.length > 0 ? `Also used on: ${state.computers.join(', ')}` : 'No other computer has used this folder yet.'}
      </p>
      <div className="actions">
        <button type="button" disabled={busy !== null} onClick={() => void checkNow()}>
          {busy === 'check' ? 'Checking…' : 'Check now'}
        </button>
      </div>
      <StopStep />
    </>
  );
}

/** The name the other computers show for this one; saved with Rename or Enter, refused words beneath. */
function DeviceNameForm({ name }: { name: string }) {
  const busy = useSyncStore((store) => store.busy);
  const rename = useSyncStore((store) => store.rename);
  const refusal = useSyncStore((store) => (store.errorFrom === 'rename' ? store.error : null));
  const [value, setValue] = useState(name);
  // Main may answer with a tidied name, or another computer's merge may bring one: show what is stored.
  useEffect(() => setValue(name), [name]);
  const inputId = useId();
  const problemId = useId();
  const typed = value.trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed && typed !== name && busy === null) void rename(typed);
  };
  return (
    <form className="sync-device-form" onSubmit={submit}>
      <div className="sync-device-row">
        <div className="field grow">
          <label htmlFor={inputId}>This computer's name, as your other computers show it</label>
          <input id={inputId} type="text" value={value} maxLength={60} aria-describedby={refusal ? problemId : undefined} aria-invalid={refusal ? true : undefined} onChange={(event) => setValue(event.target.value)} />
        </div>
        <button type="submit" className="secondary" disabled={!typed || typed === name || busy !== null}>
          {busy === 'rename' ? 'Renaming…' : 'Rename'}
        </button>
      </div>
      {refusal && (
        <p id={problemId} className="field-problem" role="alert">
          {refusal}
        </p>
      )}
    </form>
  );
}

/**
 * "Use the app's own folder again", asked once inline. Focus goes to the first answer when the question
 * opens and back to the opener when it is cancelled; once stopped, this part goes and focus goes to
 * the panel's heading rather than being lost.
 */
function StopStep() {
  const busy = useSyncStore((store) => store.busy);
  const stop = useSyncStore((store) => store.stop);
  const [step, setStep] = useState<'closed' | 'asking' | 'cancelled'>('closed');
  const openerRef = useRef<HTMLButtonElement>(null);
  const answerRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (step === 'asking') answerRef.current?.focus();
    if (step === 'cancelled') openerRef.current?.focus();
  }, [step]);

  const confirm = async () => {
    if (await stop()) document.getElementById('sync-heading')?.focus();
  };

  if (step !== 'asking') {
    return (
      <div className="actions">
        <button ref={openerRef} type="button" className="secondary" disabled={busy !== null} onClick={() => setStep('asking')}>
          Use the app's own folder again
        </button>
      </div>
    );
  }
  return (
    <div className="sync-confirm" role="group" aria-label="Use the app's own folder again">
      <p>Your plan stays on this computer and stops updating from the folder. Your file stays in the folder for your other computers.</p>
      <div className="actions">
        <button ref={answerRef} type="button" disabled={busy !== null} onClick={() => void confirm()}>
          {busy === 'stop' ? 'Stopping…' : 'Stop using the folder'}
        </button>
        <button type="button" className="secondary" onClick={() => setStep('cancelled')}>
          Cancel
        </button>
      </div>
    </div>
  );
}
