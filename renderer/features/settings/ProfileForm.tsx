import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CV_PAGE_SIZES, ENTRY_PATHS, ENTRY_PATH_LABELS, ProfilePatchSchema, type Profile } from '../../../shared/model';
import { SelectField, TextField, optionsFrom } from '../../components/fields';
import { useAppStore } from '../../store';
import { selectProfile, selectReadOnly } from '../../store/selectors';

type Draft = Pick<Profile, 'name' | 'currentRole' | 'entryPath' | 'targetRole' | 'targetDate' | 'cvPageSize'>;

function draftOf(profile: Profile | null): Draft {
  return {
    name: profile?.name ?? '',
    currentRole: profile?.currentRole ?? '',
    entryPath: profile?.entryPath ?? null,
    targetRole: profile?.targetRole ?? '',
    targetDate: profile?.targetDate ?? null,
    cvPageSize: profile?.cvPageSize ?? 'A4',
  };
}

/** Who the plan is for and where it leads; used by onboarding defaults, the dashboard and CV exports. */
export function ProfileForm() {
  const profile = useAppStore(selectProfile);
  const readOnly = useAppStore(selectReadOnly);
  const applyChange = useAppStore((state) => state.applyChange);
  const [draft, setDraft] = useState<Draft>(() => draftOf(profile));
  const [problems, setProblems] = useState<Record<string, string>>({});
  // Follow changes made elsewhere (undo, set-up) only while the person has not started editing: an
  // optimistic save that is then refused must not wipe what they typed.
  const base = useRef(draftOf(profile));
  useEffect(() => {
    const next = draftOf(profile);
    setDraft((current) => (JSON.stringify(current) === JSON.stringify(base.current) ? next : current));
    base.current = next;
  }, [profile]);

  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(profile));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = ProfilePatchSchema.safeParse(draft);
    if (!parsed.success) {
      setProblems(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    setProblems({});
    await applyChange({ type: 'profile.update', patch: parsed.data }, { label: 'Edit profile' });
  }

  return (
    <form className="panel" aria-labelledby="profile-heading" onSubmit={(event) => void save(event)}>
      <h2 id="profile-heading">Your profile</h2>
      <div className="field-row">
        <TextField label="Your name" value={draft.name} problem={problems.name} onChange={(e) => set('name', e.target.value)} hint="Shown at the top of CV exports." autoComplete="name" />
        <TextField label="Current role" value={draft.currentRole} problem={problems.currentRole} onChange={(e) => set('currentRole', e.target.value)} placeholder="e.g. Senior Business Analyst" />
      </div>
      <div className="field-row">
        <SelectField
          label="Your route into a PMO"
          value={draft.entryPath ?? ''}
          options={[{ value: '', label: 'Not chosen yet' }, ...optionsFrom(ENTRY_PATH_LABELS, ENTRY_PATHS)]}
          onChange={(e) => set('entryPath', e.target.value === '' ? null : (e.target.value as Draft['entryPath']))}
        />
        <TextField label="Target role" value={draft.targetRole} problem={problems.targetRole} onChange={(e) => set('targetRole', e.target.value)} placeholder="e.g. PMO Analyst" />
      </div>
      <div className="field-row">
        <TextField label="Target date" type="date" value={draft.targetDate ?? ''} problem={problems.targetDate} onChange={(e) => set('targetDate', e.target.value || null)} />
        <SelectField
          label="CV page size"
          value={draft.cvPageSize}
          options={CV_PAGE_SIZES.map((size) => ({ value: size, label: size === 'A4' ? 'A4 (UK, Europe)' : 'Letter (US, Canada)' }))}
          onChange={(e) => set('cvPageSize', e.target.value as Draft['cvPageSize'])}
        />
      </div>
      <div className="actions">
        <button type="submit" disabled={readOnly || !dirty}>
          Save profile
        </button>
        {dirty && (
          <button type="button" className="secondary" onClick={() => setDraft(draftOf(profile))}>
            Discard changes
          </button>
        )}
      </div>
    </form>
  );
}
