import { defaultTargetRole } from '../../../shared/catalog';
import { ENTRY_PATHS, ENTRY_PATH_LABELS, type EntryPath } from '../../../shared/model';
import { TextField } from '../../components/fields';
import { PATH_ADVICE } from './path-advice';

export interface AboutYou {
  name: string;
  entryPath: EntryPath | null;
  currentRole: string;
  targetRole: string;
  targetDate: string | null;
  email: string;
  phone: string;
  location: string;
  link: string;
}

/** A target role the person has not typed themselves: the one offered for some route, or nothing. */
function isOfferedTargetRole(role: string): boolean {
  return role.trim() === '' || ENTRY_PATHS.some((path) => defaultTargetRole(path) === role);
}

/** Step 1: who you are, the route in, and where it leads. */
export function AboutYouStep({ value, onChange }: { value: AboutYou; onChange(value: AboutYou): void }) {
  const set = <K extends keyof AboutYou>(key: K, next: AboutYou[K]) => onChange({ ...value, [key]: next });
  const chooseRoute = (entryPath: EntryPath) =>
    // The target role follows the route until the person types one of their own.
    onChange({ ...value, entryPath, targetRole: isOfferedTargetRole(value.targetRole) ? defaultTargetRole(entryPath) : value.targetRole });
  return (
    <>
      <TextField label="Your name" value={value.name} onChange={(e) => set('name', e.target.value)} hint="It heads every CV export." autoComplete="name" maxLength={200} />
      <fieldset className="path-choices">
        <legend>Which best describes where you are coming from?</legend>
        {ENTRY_PATHS.map((path) => (
          <label key={path} className={`path-choice${value.entryPath === path ? ' chosen' : ''}`}>
            <input type="radio" name="entry-path" value={path} checked={value.entryPath === path} onChange={() => chooseRoute(path)} />
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
      <details className="setup-contact" open={[value.email, value.phone, value.location, value.link].some((v) => v !== '')}>
        <summary>Contact details for your CV (optional, or later in Settings)</summary>
        <div className="field-row">
          <TextField label="Email" type="email" value={value.email} autoComplete="email" onChange={(e) => set('email', e.target.value)} />
          <TextField label="Phone" type="tel" value={value.phone} autoComplete="tel" onChange={(e) => set('phone', e.target.value)} />
        </div>
        <div className="field-row">
          <TextField label="Location" value={value.location} placeholder="e.g. Leeds, UK" onChange={(e) => set('location', e.target.value)} />
          <TextField label="LinkedIn or website" type="url" value={value.link} placeholder="https://www.linkedin.com/in/…" onChange={(e) => set('link', e.target.value)} />
        </div>
      </details>
    </>
  );
}
