import { useRef, useState, type FormEvent } from 'react';
import { CV_PAGE_SIZES, ENTRY_PATHS, ENTRY_PATH_LABELS, ProfilePatchSchema, type Profile } from '../../../shared/model';
import { SelectField, TextField, optionsFrom } from '../../components/fields';
import { useAppStore } from '../../store';
import { selectProfile, selectReadOnly } from '../../store/selectors';
import { RestoredNote } from '../drafts/RestoredNote';
import { useDraft } from '../drafts/useDraft';
import { rebaseDraft } from '../skills/edit-draft';
import { ContactFields, type ContactField } from './ContactFields';
import { problemsOf } from '../drafts/editor-actions';

type Draft = Pick<Profile, 'name' | 'currentRole' | 'entryPath' | 'targetRole' | 'targetDate' | 'cvPageSize' | ContactField>;

function draftOf(profile: Profile | null): Draft {
  return {
    name: profile?.name ?? '',
    currentRole: profile?.currentRole ?? '',
    entryPath: profile?.entryPath ?? null,
    targetRole: profile?.targetRole ?? '',
    targetDate: profile?.targetDate ?? null,
    cvPageSize: profile?.cvPageSize ?? 'A4',
    email: profile?.email ?? '',
    phone: profile?.phone ?? '',
    location: profile?.location ?? '',
    link: profile?.link ?? '',
    summary: profile?.summary ?? '',
  };
}

/**
 * Who the plan is for and where it leads; used by onboarding defaults, the dashboard and CV exports.
 * What is typed is kept as a draft beside the plan until saved; a change made elsewhere (undo, set-up)
 * shows here too, unless the person changed that same field.
 */
export function ProfileForm() {
  const profile = useAppStore(selectProfile);
  const readOnly = useAppStore(selectReadOnly);
  const applyChange = useAppStore((state) => state.applyChange);
  const stored = draftOf(profile);
  const saveRef = useRef<() => Promise<boolean>>(async () => false);
  const work = useDraft({ kind: 'profile', itemId: null, isNew: false, initial: stored, label: () => '', save: () => saveRef.current() });
  const draft = rebaseDraft(work.fields, work.base, stored);
  const [problems, setProblems] = useState<Record<string, string>>({});

  const dirty = JSON.stringify(draft) !== JSON.stringify(stored);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => work.setFields((current) => ({ ...rebaseDraft(current, work.base, stored), [key]: value }));

  async function save(event?: FormEvent): Promise<boolean> {
    event?.preventDefault();
    const parsed = ProfilePatchSchema.safeParse(draft);
    if (!parsed.success) {
      setProblems(problemsOf(parsed.error));
      return false;
    }
    setProblems({});
    const saved = await applyChange({ type: 'profile.update', patch: parsed.data }, { label: 'Edit profile' });
    if (saved) work.saved(draft);
    return saved;
  }
  saveRef.current = () => save();

  return (
    // noValidate: the browser would stop the save with its own bubble for a malformed email; ours says why, by the field.
    <form className="panel" aria-labelledby="profile-heading" noValidate onSubmit={(event) => void save(event)}>
      <h2 id="profile-heading">Your profile</h2>
      <RestoredNote restoredFrom={work.restoredFrom} onDiscard={work.discard} />
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
      <ContactFields value={draft} problems={problems} onChange={(key, value) => set(key, value)} />
      <div className="actions">
        <button type="submit" disabled={readOnly || !dirty}>
          Save profile
        </button>
        {dirty && (
          <button type="button" className="secondary" onClick={work.discard}>
            Discard changes
          </button>
        )}
      </div>
    </form>
  );
}
