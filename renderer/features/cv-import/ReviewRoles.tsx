import type { FoundRole } from '../../../shared/cv-import/findings';
import { withItemEdited } from '../../../shared/cv-import/review';
import { roleDates, roleHeading } from '../../../shared/cv/export/work-history';
import { ReviewRows, type ReviewGroupProps } from './ReviewRows';

/** Roles found, each with its title, organisation and dates editable. */
export function ReviewRoles(props: ReviewGroupProps) {
  const { review, onChange } = props;
  const edit = (key: string, patch: Partial<FoundRole>) => onChange(withItemEdited(review, 'roles', key, patch));
  return (
    <ReviewRows
      {...props}
      group="roles"
      title="Roles"
      items={review.findings.roles}
      nameOf={(role) => [roleHeading(role) ?? 'A role with no title', roleDates(role)].filter(Boolean).join(' · ')}
      fields={(role) => (
        <>
          <label>
            Job title <input value={role.title} onChange={(e) => edit(role.key, { title: e.target.value })} />
          </label>
          <label>
            Organisation <input value={role.organisation} onChange={(e) => edit(role.key, { organisation: e.target.value })} />
          </label>
          <label>
            From <input type="month" value={role.startMonth ?? ''} onChange={(e) => edit(role.key, { startMonth: e.target.value || null })} />
          </label>
          <label>
            To{' '}
            <input
              type="month"
              value={role.endMonth ?? ''}
              disabled={role.current}
              onChange={(e) => edit(role.key, { endMonth: e.target.value || null })}
            />
          </label>
          <label className="inline">
            <input type="checkbox" checked={role.current} onChange={(e) => edit(role.key, { current: e.target.checked, endMonth: e.target.checked ? null : role.endMonth })} /> I work here now
          </label>
        </>
      )}
    />
  );
}
