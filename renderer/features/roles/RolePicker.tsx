import { useMemo, useState } from 'react';
import { rolesNewestFirst } from '../../../shared/cv/export/work-history';
import { SelectField } from '../../components/fields';
import { useAppStore } from '../../store';
import { selectReadOnly, selectRoles } from '../../store/selectors';
import { NewRoleInline } from './NewRoleInline';
import { roleLabel } from './role-view';
import './roles.css';

interface RolePickerProps {
  value: string | null;
  problem?: string;
  onChange(roleId: string | null): void;
}

const NONE = '';

/**
 * Which role in the work history an achievement belongs to (exports group by it, with its dates). A role
 * not there yet can be added on the spot, without leaving the editor.
 */
export function RolePicker({ value, problem, onChange }: RolePickerProps) {
  const roles = useAppStore(selectRoles);
  const readOnly = useAppStore(selectReadOnly);
  const [adding, setAdding] = useState(false);
  const ordered = useMemo(() => rolesNewestFirst(roles), [roles]);
  // A role deleted since this achievement was linked reads as "No role" rather than a blank select.
  const shown = value !== null && roles.some((r) => r.id === value) ? value : NONE;
  return (
    <div className="role-picker">
      <div className="role-picker-row">
        <SelectField
          label="Role"
          className="grow"
          value={shown}
          problem={problem}
          hint={roles.length === 0 ? 'Add the roles of your work history, so your CV shows where and when you did each thing.' : undefined}
          options={[{ value: NONE, label: 'No role (listed under “Other achievements”)' }, ...ordered.map((r) => ({ value: r.id, label: roleLabel(r) }))]}
          onChange={(event) => onChange(event.target.value === NONE ? null : event.target.value)}
        />
        {!adding && (
          <button type="button" className="secondary small" disabled={readOnly} onClick={() => setAdding(true)}>
            Add a role
          </button>
        )}
      </div>
      {adding && (
        <NewRoleInline
          onAdded={(roleId) => {
            setAdding(false);
            onChange(roleId);
          }}
          onCancel={() => setAdding(false)}
        />
      )}
    </div>
  );
}
