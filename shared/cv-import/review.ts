import { PlanChangeSchema } from '../model/changes';
import { LIMITS } from '../model/primitives';
import type { Plan } from '../model/plan';
import type { CompetencyArea } from '../model/vocabulary';
import { findExisting, type ExistingMatches } from './duplicates';
import { PROFILE_FIELDS, type FoundAchievement, type FoundCertification, type FoundProfile, type FoundRole, type FoundSkill, type ImportFindings } from './findings';
import { shorten } from './lenient';
import { importChange, type ImportSelection } from './to-change';

/**
 * The review screen's model, pure so it can be tested without a page: where the review starts (every
 * new item ticked, everything the plan already has unticked, only blank profile fields offered), the
 * person's edits to what was found, and what confirming would add, counted from the very change that
 * confirming sends (so the button's words and the plan cannot disagree).
 */

export type ReviewGroup = 'roles' | 'achievements' | 'certifications' | 'skills';
type FoundItem = { roles: FoundRole; achievements: FoundAchievement; certifications: FoundCertification; skills: FoundSkill };

export interface Review {
  findings: ImportFindings;
  existing: ExistingMatches;
  selection: ImportSelection;
}

/** Profile fields the file has and the plan leaves blank: the only ones an import may fill. */
export function offeredProfileFields(findings: ImportFindings, plan: Pick<Plan, 'profile'>): (keyof FoundProfile)[] {
  return PROFILE_FIELDS.filter((field) => findings.profile[field].trim() !== '' && String(plan.profile[field]).trim() === '');
}

export function startReview(findings: ImportFindings, plan: Plan): Review {
  const existing = findExisting(findings, plan);
  const known = (group: ReviewGroup, key: string) => existing[group].has(key);
  const keys = new Set<string>();
  for (const group of ['roles', 'achievements', 'certifications', 'skills'] as const) for (const item of findings[group]) if (!known(group, item.key)) keys.add(item.key);
  return { findings, existing, selection: { keys, profileFields: new Set(offeredProfileFields(findings, plan)), skillAreas: new Map() } };
}

/** Ticks or unticks items (one, or a whole group's). */
export function withTicked(review: Review, keys: readonly string[], ticked: boolean): Review {
  const next = new Set(review.selection.keys);
  for (const key of keys) {
    if (ticked) next.add(key);
    else next.delete(key);
  }
  return { ...review, selection: { ...review.selection, keys: next } };
}

export function withProfileField(review: Review, field: keyof FoundProfile, ticked: boolean): Review {
  const next = new Set(review.selection.profileFields);
  if (ticked) next.add(field);
  else next.delete(field);
  return { ...review, selection: { ...review.selection, profileFields: next } };
}

export function withSkillArea(review: Review, key: string, area: CompetencyArea): Review {
  return { ...review, selection: { ...review.selection, skillAreas: new Map(review.selection.skillAreas).set(key, area) } };
}

/**
 * One found item with the person's edits. Keys stay, so "already in your plan" is judged on what the
 * file said. An achievement's title follows its edited text (cut to fit a title).
 */
export function withItemEdited<G extends ReviewGroup>(review: Review, group: G, key: string, patch: Partial<Omit<FoundItem[G], 'key'>>): Review {
  const items = review.findings[group] as FoundItem[G][];
  const edited = items.map((item) => {
    if (item.key !== key) return item;
    const next = { ...item, ...patch };
    if (group === 'achievements' && 'text' in patch) (next as FoundAchievement).title = shorten(((patch as Partial<FoundAchievement>).text ?? '').replace(/\s+/g, ' ').trim(), LIMITS.shortText);
    return next;
  });
  return { ...review, findings: { ...review.findings, [group]: edited } };
}

export function withProfileValue(review: Review, field: keyof FoundProfile, value: string): Review {
  return { ...review, findings: { ...review.findings, profile: { ...review.findings.profile, [field]: value } } };
}

/** Skills ticked that matched no PMO skill and have no area yet: the import waits for the person to pick one. */
export function skillsNeedingArea(review: Review): FoundSkill[] {
  return review.findings.skills.filter((s) => s.area === null && review.selection.keys.has(s.key) && !review.existing.skills.has(s.key) && !review.selection.skillAreas.has(s.key));
}

export interface ImportCounts {
  roles: number;
  achievements: number;
  certifications: number;
  skills: number;
  profileFields: number;
}

/** What confirming adds, counted from the change it sends. */
export function importCounts(review: Review): ImportCounts {
  const counts: ImportCounts = { roles: 0, achievements: 0, certifications: 0, skills: 0, profileFields: 0 };
  const change = importChange(review.findings, review.selection, review.existing, () => 'counting');
  for (const part of change?.type === 'batch' ? change.changes : []) {
    if (part.type === 'role.put') counts.roles += 1;
    else if (part.type === 'achievement.put') counts.achievements += 1;
    else if (part.type === 'certification.put') counts.certifications += 1;
    else if (part.type === 'skill.put') counts.skills += 1;
    else if (part.type === 'profile.update') counts.profileFields += Object.keys(part.patch).length;
  }
  return counts;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "1 role, 12 achievements and 2 profile details"; '' when nothing. */
export function describeImportCounts(counts: ImportCounts): string {
  const parts = [
    counts.roles && plural(counts.roles, 'role', 'roles'),
    counts.achievements && plural(counts.achievements, 'achievement', 'achievements'),
    counts.certifications && plural(counts.certifications, 'certification', 'certifications'),
    counts.skills && plural(counts.skills, 'skill', 'skills'),
    counts.profileFields && plural(counts.profileFields, 'profile detail', 'profile details'),
  ].filter((part): part is string => Boolean(part));
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * What the plan would refuse in the rows the person kept (a role left with neither title nor
 * organisation, an end before a start, an over-long line, a malformed email), by row key, or
 * `profile:<field>` for a profile detail: checked by the plan's own change schema on the very change
 * confirming would send, so the review and main cannot disagree.
 */
export function reviewProblems(review: Review): Map<string, string> {
  const keyOfId = new Map<string, string>();
  const change = importChange(review.findings, review.selection, review.existing, (key) => {
    const id = `row-${keyOfId.size + 1}`;
    keyOfId.set(id, key);
    return id;
  });
  const problems = new Map<string, string>();
  for (const part of change?.type === 'batch' ? change.changes : []) {
    const parsed = PlanChangeSchema.safeParse(part);
    if (parsed.success) continue;
    const issue = parsed.error.issues[0];
    if (part.type === 'profile.update') problems.set(`profile:${String(issue?.path.at(-1) ?? '')}`, issue?.message ?? 'This is not valid.');
    else if ('item' in part) problems.set(keyOfId.get(part.item.id) ?? '', issue?.message ?? 'This is not valid.');
  }
  return problems;
}

const GROUP_LIMITS = { roles: LIMITS.roles, achievements: LIMITS.achievements, certifications: LIMITS.certifications, skills: LIMITS.skills } as const;
const GROUP_WORDS = { roles: 'roles', achievements: 'achievements', certifications: 'certifications', skills: 'skills' } as const;

/**
 * Why the import (what importCounts says it adds) would take a collection of the plan past its limit ("Your plan holds at most 200
 * roles: it has 190 and this adds 15, so untick 5."), or null. The plan would refuse the whole change;
 * saying so here lets the person choose what to leave out.
 */
export function overPlanLimits(counts: ImportCounts, plan: Pick<Plan, ReviewGroup>): string | null {
  for (const group of ['roles', 'achievements', 'certifications', 'skills'] as const) {
    const limit = GROUP_LIMITS[group];
    const total = plan[group].length + counts[group];
    if (counts[group] > 0 && total > limit) {
      const n = (x: number) => x.toLocaleString('en-GB');
      return `Your plan holds at most ${n(limit)} ${GROUP_WORDS[group]}: it has ${n(plan[group].length)} and this adds ${n(counts[group])}, so untick ${n(total - limit)}.`;
    }
  }
  return null;
}
