import { useState } from 'react';
import { RoleFieldsSchema } from '../../../shared/model';
import { TextField } from '../../components/fields';
import { newId } from '../../lib/ids';
import { useAppStore } from '../../store';
import { blankRole, type RoleDraft } from './role-view';
import { problemsOf } from '../drafts/editor-actions';

/**
 * The few facts of a new role, inside another editor (an achievement's): title, organisation, when it
 * started and whether it is the person's role now. The rest (location, end, summary) is in Settings.
 * A group, not a form: forms cannot nest, and Enter here must not save the achievement.
 */
export function NewRoleInline({ onAdded, onCancel }: { onAdded(roleId: string): void; onCancel(): void }) {
  const applyChange = useAppStore((state) => state.applyChange);
  const [draft, setDraft] = useState<RoleDraft>(() => blankRole(newId()));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const set = <K extends keyof RoleDraft>(key: K, value: RoleDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  async function add() {
    const parsed = RoleFieldsSchema.safeParse(draft);
    if (!parsed.success) {
      setProblems(problemsOf(parsed.error));
      return;
    }
    setProblems({});
    if (await applyChange({ type: 'role.put', item: parsed.data }, { label: 'Add role' })) onAdded(parsed.data.id);
  }

  return (
    <fieldset
      className="new-role"
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type !== 'checkbox') {
          event.preventDefault();
          void add();
        }
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <legend>New role</legend>
      <TextField label="Job title" value={draft.title} problem={problems.title} onChange={(e) => set('title', e.target.value)} placeholder="e.g. Senior Business Analyst" />
      <TextField label="Organisation" value={draft.organisation} problem={problems.organisation} onChange={(e) => set('organisation', e.target.value)} />
      <TextField label="Started" type="month" value={draft.startMonth ?? ''} problem={problems.startMonth} onChange={(e) => set('startMonth', e.target.value || null)} />
      <label className="check">
        <input type="checkbox" checked={draft.current} onChange={(e) => setDraft((current) => ({ ...current, current: e.target.checked, endMonth: null }))} />
        I work here now
      </label>
      <div className="actions">
        <button type="button" className="small" onClick={() => void add()}>
          Add role
        </button>
        <button type="button" className="secondary small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
