import type { Achievement, CompetencyArea, Role } from '../../../shared/model';
import { composeCvBullet } from '../../../shared/cv';

/** How the achievement list is narrowed; pure so it is tested without a DOM. */
export interface AchievementQuery {
  text: string;
  area: CompetencyArea | 'all' | 'none';
  /** A skill id, or 'all'. */
  skill: string;
  /** A tag (as stored), or 'all'. */
  tag: string;
  /** Inclusive YYYY-MM-DD bounds; '' when open. */
  from: string;
  to: string;
}

export const DEFAULT_ACHIEVEMENT_QUERY: AchievementQuery = { text: '', area: 'all', skill: 'all', tag: 'all', from: '', to: '' };

export function isFiltered(query: AchievementQuery): boolean {
  return (Object.keys(DEFAULT_ACHIEVEMENT_QUERY) as (keyof AchievementQuery)[]).some((key) => query[key] !== DEFAULT_ACHIEVEMENT_QUERY[key]);
}

const fold = (text: string) => text.toLocaleLowerCase('en-GB');

/** Everything a person might search for: their own words, its role and the bullet the CV will carry. */
function searchableText(a: Achievement, role: Role | undefined): string {
  const where = role ? [role.organisation, role.title] : [];
  return fold([a.title, ...where, a.cvBullet, ...Object.values(a.xyz), ...Object.values(a.star), ...a.tags, composeCvBullet(a).text].join('\n'));
}

export function filterAchievements(achievements: readonly Achievement[], query: AchievementQuery, roles: readonly Role[] = []): Achievement[] {
  const rolesById = new Map(roles.map((r) => [r.id, r]));
  const needle = fold(query.text.trim());
  const tag = fold(query.tag);
  // A date range can only say something about dated achievements, so undated ones drop out of it.
  const inRange = (date: string | null) => (query.from === '' && query.to === '') || (date !== null && (query.from === '' || date >= query.from) && (query.to === '' || date <= query.to));
  return achievements.filter(
    (a) =>
      (query.area === 'all' || (query.area === 'none' ? a.area === null : a.area === query.area)) &&
      (query.skill === 'all' || a.skillIds.includes(query.skill)) &&
      (query.tag === 'all' || a.tags.some((t) => fold(t) === tag)) &&
      inRange(a.date) &&
      (needle === '' || searchableText(a, a.roleId === null ? undefined : rolesById.get(a.roleId)).includes(needle)),
  );
}

/** Newest first: dated before undated, then the most recently logged, so the order is stable. */
export function compareNewestFirst(a: Achievement, b: Achievement): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.title.localeCompare(b.title, 'en-GB');
}

/** Every tag in use, once each (first spelling wins), in alphabetical order, for the tag filter. */
export function tagsInUse(achievements: readonly Achievement[]): string[] {
  const seen = new Map<string, string>();
  for (const a of achievements) for (const t of a.tags) if (!seen.has(fold(t))) seen.set(fold(t), t);
  return [...seen.values()].sort((x, y) => x.localeCompare(y, 'en-GB'));
}
