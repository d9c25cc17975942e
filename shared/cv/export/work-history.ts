import type { Role } from '../../model/plan';
import { collapseWhitespace } from '../sentence';
import { shortMonthName } from '../../date-words';

/**
 * The work history as a CV shows it: roles newest first, each headed "Title, Organisation" with its dates
 * ("Mar 2021 – present"). This is the one rule for which role an achievement belongs to and in what order
 * roles come: the CV document's "by role" grouping and JSON Resume's work[] both use it, so they can
 * never disagree.
 */

/** "Mar 2021" from "2021-03". */
export function shortMonth(month: string): string {
  const [year, number] = month.split('-');
  return `${shortMonthName(Number(number))} ${year}`.trim();
}

/** "Mar 2021 – present", "Jan 2018 – Feb 2021", "from Mar 2021", "until Feb 2021", or '' with no dates. */
export function roleDates(role: Pick<Role, 'startMonth' | 'endMonth' | 'current'>): string {
  const start = role.startMonth ? shortMonth(role.startMonth) : null;
  const end = role.current ? 'present' : role.endMonth ? shortMonth(role.endMonth) : null;
  if (start && end) return `${start} – ${end}`;
  if (start) return `from ${start}`;
  if (end) return role.current ? 'to present' : `until ${end}`;
  return '';
}

/** "Project Manager, Northwind Health"; either part alone; null when both are blank. */
export function roleHeading(role: Pick<Role, 'title' | 'organisation'>): string | null {
  const parts = [collapseWhitespace(role.title), collapseWhitespace(role.organisation)].filter((part) => part !== '');
  return parts.length === 0 ? null : parts.join(', ');
}

/**
 * Newest first: the roles the person is in now, then by end month, then by start month (latest first);
 * undated roles last, in the order they were added. Stable, so equal roles keep the plan's order.
 */
export function compareRolesNewestFirst(a: Role, b: Role): number {
  const rank = (r: Role) => (r.current ? 2 : r.endMonth || r.startMonth ? 1 : 0);
  if (rank(a) !== rank(b)) return rank(b) - rank(a);
  const latest = (r: Role) => (r.current ? '9999-12' : (r.endMonth ?? r.startMonth ?? ''));
  if (latest(a) !== latest(b)) return latest(b).localeCompare(latest(a));
  return (b.startMonth ?? '').localeCompare(a.startMonth ?? '') || a.createdAt.localeCompare(b.createdAt);
}

export function rolesNewestFirst(roles: readonly Role[]): Role[] {
  return [...roles].sort(compareRolesNewestFirst);
}

/**
 * The role new achievements default to: the one the person is in now (the most recently started, if
 * several), else none.
 */
export function currentRole(roles: readonly Role[]): Role | null {
  return rolesNewestFirst(roles).find((r) => r.current) ?? null;
}
