import { roleDates, roleHeading } from '../../../shared/cv/export/work-history';
import type { Role, RoleFields } from '../../../shared/model';

/** What a role editor holds; months as the month input gives them ('' when empty). */
export type RoleDraft = RoleFields;

export function blankRole(id: string): RoleDraft {
  return { id, organisation: '', title: '', location: '', startMonth: null, endMonth: null, current: false, summary: '' };
}

export function roleDraftFrom(role: Role): RoleDraft {
  const { createdAt: _c, updatedAt: _u, ...fields } = role;
  return fields;
}

/** "Project Manager, Northwind Health (Mar 2021 – present)", for pickers and lists. */
export function roleLabel(role: Pick<Role, 'title' | 'organisation' | 'startMonth' | 'endMonth' | 'current'>): string {
  const heading = roleHeading(role) ?? 'Untitled role';
  const dates = roleDates(role);
  return dates === '' ? heading : `${heading} (${dates})`;
}
