import { useCallback, useEffect, useMemo, useState } from 'react';
import { roleDates, roleHeading, rolesNewestFirst } from '../../../shared/cv/export/work-history';
import { EmptyState } from '../../components/EmptyState';
import { useDeleteWithUndo } from '../../hooks/useDeleteWithUndo';
import { newId } from '../../lib/ids';
import { useAppStore } from '../../store';
import { selectReadOnly, selectRoles } from '../../store/selectors';
import { DraftOffers } from '../drafts/DraftOffers';
import { RoleEditor } from './RoleEditor';
import './roles.css';

type Editing = { kind: 'edit'; id: string } | { kind: 'new'; id: string } | null;
const DRAFT_KINDS_HERE = ['role'] as const;

/**
 * The work history: the roles achievements belong to, newest first as a CV lists them, each with its
 * dates and how many achievements it holds. Add, edit, and delete with Undo (its achievements stay,
 * in no role).
 */
export function WorkHistory() {
  const roles = useAppStore(selectRoles);
  const achievements = useAppStore((state) => state.snapshot?.plan.achievements);
  const readOnly = useAppStore(selectReadOnly);
  const focusItemId = useAppStore((state) => state.focusItemId);
  const [editing, setEditing] = useState<Editing>(null);
  const deleteWithUndo = useDeleteWithUndo('roles', 'role');
  const ordered = useMemo(() => rolesNewestFirst(roles), [roles]);
  const counts = useMemo(() => {
    const byRole = new Map<string, number>();
    for (const a of achievements ?? []) if (a.roleId) byRole.set(a.roleId, (byRole.get(a.roleId) ?? 0) + 1);
    return byRole;
  }, [achievements]);
  const edited = editing?.kind === 'edit' ? roles.find((r) => r.id === editing.id) : undefined;

  const openById = useCallback((id: string) => {
    const { snapshot, drafts } = useAppStore.getState();
    if (snapshot?.plan.roles.some((r) => r.id === id)) setEditing({ kind: 'edit', id });
    else if (drafts.some((d) => d.kind === 'role' && d.itemId === id)) setEditing({ kind: 'new', id });
  }, []);
  useEffect(() => {
    if (focusItemId) openById(focusItemId);
  }, [focusItemId, openById]);

  return (
    <section className="panel work-history" aria-labelledby="work-history-heading">
      <header className="panel-header">
        <h2 id="work-history-heading">Work history</h2>
        <button type="button" className="secondary" disabled={readOnly} onClick={() => setEditing({ kind: 'new', id: newId() })}>
          Add a role
        </button>
      </header>
      <p className="meta">Your CV groups achievements by these roles, newest first, with their dates.</p>
      <DraftOffers kinds={DRAFT_KINDS_HERE} open={editing ? [{ kind: 'role', itemId: editing.id }] : []} onResume={(draft) => draft.itemId && openById(draft.itemId)} />
      {editing && (editing.kind === 'new' || edited) && (
        <RoleEditor key={editing.id} role={edited ?? null} newId={editing.kind === 'new' ? editing.id : undefined} onClose={() => setEditing(null)} />
      )}
      {ordered.length === 0 ? (
        <EmptyState title="No roles yet">
          Add the jobs you have held, newest first: your CV lists each achievement under the role it belongs to, with when you were there.
        </EmptyState>
      ) : (
        <ul className="role-list" aria-label="Roles">
          {ordered.map((role) => {
            const heading = roleHeading(role) ?? 'Untitled role';
            const count = counts.get(role.id) ?? 0;
            return (
              <li key={role.id} className="role-row">
                <span className="role-what">
                  <button type="button" className="link-button" onClick={() => setEditing({ kind: 'edit', id: role.id })}>
                    {heading}
                  </button>
                  <span className="meta">
                    {[role.location, roleDates(role) || 'No dates yet: add when you started', `${count} achievement${count === 1 ? '' : 's'}`].filter(Boolean).join(' · ')}
                  </span>
                </span>
                <button type="button" className="quiet small" disabled={readOnly} aria-label={`Delete ${heading}`} onClick={() => void deleteWithUndo(role, heading)}>
                  Delete
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
