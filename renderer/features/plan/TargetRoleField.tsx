import { useEffect, useState } from 'react';
import { useAppStore } from '../../store';
import { selectProfile, selectReadOnly } from '../../store/selectors';

/** The role the person is aiming for; saved when they leave the field or press Enter. */
export function TargetRoleField() {
  const saved = useAppStore((state) => selectProfile(state)?.targetRole ?? '');
  const readOnly = useAppStore(selectReadOnly);
  const applyChange = useAppStore((state) => state.applyChange);
  const [draft, setDraft] = useState(saved);

  // Follow the stored value when it changes elsewhere (another screen, an import).
  useEffect(() => setDraft(saved), [saved]);

  async function commit() {
    if (draft.trim() === saved) return;
    // On failure the draft stays in the field, so nothing typed is lost.
    await applyChange({ type: 'profile.update', patch: { targetRole: draft.trim() } });
  }

  return (
    <div className="field">
      <label htmlFor="target-role">Target role</label>
      <input
        id="target-role"
        value={draft}
        placeholder="e.g. PMO Analyst"
        readOnly={readOnly}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void commit();
          if (event.key === 'Escape') setDraft(saved);
        }}
      />
    </div>
  );
}
