import { documentBullets, DEFAULT_EXPORT_OPTIONS, type CvDocument, type ExportOptions } from '../../../shared/cv/export';
import type { Achievement } from '../../../shared/model';

/**
 * The Export screen's pure helpers: remembering the options between visits, and the by-hand order.
 * Moves work on the document as shown (its groups), so "Move up" always moves what the person sees.
 */

// The options live for the session, so a person who arranged their list by hand and looked at another
// screen comes back to the same arrangement. (The plan file does not hold export settings.)
let remembered: ExportOptions = DEFAULT_EXPORT_OPTIONS;
export const rememberedOptions = (): ExportOptions => remembered;
export function rememberOptions(options: ExportOptions): void {
  remembered = options;
}

export type Direction = -1 | 1;

/** The by-hand order after showing `document`: what is shown first, then ids arranged earlier but hidden now. */
export function manualOrderFrom(document: CvDocument, previous: readonly string[]): string[] {
  const shown = documentBullets(document).map((b) => b.id);
  const visible = new Set(shown);
  return [...shown, ...previous.filter((id) => !visible.has(id))];
}

function achievementGroups(document: CvDocument) {
  const section = document.sections.find((s) => s.kind === 'achievements');
  return section?.kind === 'achievements' ? section.groups : [];
}

/** Swap a bullet with its neighbour inside its group; null when it is already at that end. */
export function moveBullet(document: CvDocument, id: string, direction: Direction, previous: readonly string[]): string[] | null {
  const groups = achievementGroups(document).map((g) => ({ ...g, bullets: [...g.bullets] }));
  for (const group of groups) {
    const index = group.bullets.findIndex((b) => b.id === id);
    if (index === -1) continue;
    const target = index + direction;
    if (target < 0 || target >= group.bullets.length) return null;
    [group.bullets[index], group.bullets[target]] = [group.bullets[target]!, group.bullets[index]!];
    return manualOrderFrom({ ...document, sections: [{ kind: 'achievements', heading: '', groups }] }, previous);
  }
  return null;
}

/** Swap a whole group with its neighbour; null at the end. Groups follow their first bullet, so this sticks. */
export function moveGroup(document: CvDocument, key: string, direction: Direction, previous: readonly string[]): string[] | null {
  const groups = [...achievementGroups(document)];
  const index = groups.findIndex((g) => g.key === key);
  const target = index + direction;
  if (index === -1 || target < 0 || target >= groups.length) return null;
  [groups[index], groups[target]] = [groups[target]!, groups[index]!];
  return manualOrderFrom({ ...document, sections: [{ kind: 'achievements', heading: '', groups }] }, previous);
}

/** Every tag in use, once each (first spelling wins), alphabetical, for the tag filter. */
export function tagsInUse(achievements: readonly Achievement[]): string[] {
  const seen = new Map<string, string>();
  for (const a of achievements) for (const tag of a.tags) if (!seen.has(tag.toLocaleLowerCase('en-GB'))) seen.set(tag.toLocaleLowerCase('en-GB'), tag);
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/** True when any filter narrows the list. */
export function isFiltered(filter: ExportOptions['filter']): boolean {
  return filter.from !== null || filter.to !== null || filter.areas.length > 0 || filter.skillIds.length > 0 || filter.tags.length > 0;
}

/**
 * The remembered options with filters on skills or tags that no longer exist dropped: a deleted skill
 * would otherwise filter out everything while its select showed "All skills".
 */
export function withKnownFilters(options: ExportOptions, skillIds: readonly string[], tags: readonly string[]): ExportOptions {
  const knownSkills = new Set(skillIds);
  const knownTags = new Set(tags.map((t) => t.toLocaleLowerCase('en-GB')));
  const skills = options.filter.skillIds.filter((id) => knownSkills.has(id));
  const tagFilter = options.filter.tags.filter((t) => knownTags.has(t.toLocaleLowerCase('en-GB')));
  if (skills.length === options.filter.skillIds.length && tagFilter.length === options.filter.tags.length) return options;
  return { ...options, filter: { ...options.filter, skillIds: skills, tags: tagFilter } };
}
