import { ENTRY_PATHS, ENTRY_PATH_LABELS, type EntryPath } from '../../../shared/model';
import { TextField } from '../../components/fields';
import { PATH_ADVICE } from './path-advice';

export interface AboutYou {
  entryPath: EntryPath | null;
  currentRole: string;
  targetRole: string;
  targetDate: string | null;
}

/** Step 1: the route in, and where it leads. */
export function AboutYouStep({ value, onChange }: { value: AboutYou; onChange(value: AboutYou): void }) {
  const set = <K extends keyof AboutYou>(key: K, next: AboutYou[K]) => onChange({ ...value, [key]: next });
  return (
    <>
      <fieldset className="path-choices">
        <legend>Which best describes where you are coming from?</legend>
        {ENTRY_PATHS.map((path) => (
          <label key={path} className={`path-choice${value.entryPath === path ? ' chosen' : ''}`}>
            <input type="radio" name="entry-path" value={path} checked={value.entryPath === path} onChange={() => set('entryPath', path)} />
            <span>
              <strong>{ENTRY_PATH_LABELS[path]}</strong>
              <span className="meta">{PATH_ADVICE[path]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        <TextField label="Current role" value={value.currentRole} onChange={(e) => set('currentRole', e.target.value)} placeholder="e.g. Senior Business Analyst" maxLength={200} />
        <TextField label="Target role" value={value.targetRole} onChange={(e) => set('targetRole', e.target.value)} placeholder="e.g. PMO Analyst" maxLength={200} />
      </div>
      <TextField
        label="Target date"
        type="date"
        value={value.targetDate ?? ''}
        onChange={(e) => set('targetDate', e.target.value || null)}
        hint="When you would like to be in the role. Leave it empty and the plan spreads over the next 12 months."
      />
    </>
  );
}
