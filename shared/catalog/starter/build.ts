import { addMonths, daysBetween, addDays } from '../../date-arithmetic';
import type { PlanChange } from '../../model/changes';
import { blankCertificationFields, type Plan } from '../../model/plan';
import type { EntryPath, SkillLevel } from '../../model/vocabulary';
import { findCertificationEntry } from '../certifications';
import { findSkillEntry } from '../skills';
import { PATH_TEMPLATES, type MilestoneTemplate } from './templates';

/**
 * Turns a path template into concrete plan changes the set-up screen can show, let the person trim,
 * and save as one `{ type: 'batch' }` change (see starterPlanChange).
 *
 * Every suggestion carries a stable `key`, and what the plan already has is left out: a skill or
 * certification whose catalogId is already in the plan, or a milestone whose id (`starter-<key>`) is.
 * Milestones link to the plan's existing item when there is one, so re-running the set-up never makes
 * duplicates and never links to nothing.
 */

export type SkillPut = Extract<PlanChange, { type: 'skill.put' }>;
export type CertificationPut = Extract<PlanChange, { type: 'certification.put' }>;
export type MilestonePut = Extract<PlanChange, { type: 'milestone.put' }>;
export type StarterChange = SkillPut | CertificationPut | MilestonePut;

export interface StarterSuggestion<C extends StarterChange = StarterChange> {
  /** Stable across runs: `skill:<catalogId>`, `certification:<catalogId>` or `milestone:<template key>`. */
  key: string;
  change: C;
}

export interface StarterSchedule {
  from: string;
  /** The person's target date (or the default horizon): no milestone is due on it. */
  to: string;
  /** When the last milestone is due: a little before `to`, leaving time to apply for roles. */
  lastDue: string;
  /** Where `to` came from: the person's target date, or the default because none was set or it has passed. */
  basis: 'target-date' | 'default-no-target' | 'default-target-passed';
}

export interface StarterPlan {
  entryPath: EntryPath;
  schedule: StarterSchedule;
  skills: StarterSuggestion<SkillPut>[];
  certifications: StarterSuggestion<CertificationPut>[];
  /** In the order they should be done, due dates never going backwards. */
  milestones: StarterSuggestion<MilestonePut>[];
  /** Keys left out because the plan already has them. */
  alreadyInPlan: string[];
}

export interface StarterOptions {
  entryPath: EntryPath | null;
  /** The person's target date (YYYY-MM-DD), or null. */
  targetDate: string | null;
  /** The person's local date (YYYY-MM-DD). */
  today: string;
  /** Makes a fresh item id (e.g. crypto.randomUUID); injected so tests are repeatable. */
  newId: () => string;
  /** The plan being added to; omit for a new plan. */
  existing?: Pick<Plan, 'skills' | 'certifications' | 'milestones'>;
  /** Current levels the person gave in set-up's "rate yourself" step, by catalog skill id. */
  currentLevels?: Readonly<Partial<Record<string, SkillLevel>>>;
}

/** How far ahead the milestones are spread when the person has not set a future target date. */
export const DEFAULT_HORIZON_MONTHS = 12;

/** The id a starter milestone gets; deterministic so the set-up can recognise it later. */
export function starterMilestoneId(templateKey: string): string {
  return `starter-${templateKey}`;
}

export function buildStarterPlan(options: StarterOptions): StarterPlan {
  const entryPath = options.entryPath ?? 'other';
  const template = PATH_TEMPLATES[entryPath];
  const existing = options.existing ?? { skills: [], certifications: [], milestones: [] };
  const alreadyInPlan: string[] = [];

  const skillIdByCatalogId = new Map<string, string>();
  for (const skill of existing.skills) if (skill.catalogId !== null) skillIdByCatalogId.set(skill.catalogId, skill.id);
  const certIdByCatalogId = new Map<string, string>();
  for (const cert of existing.certifications) if (cert.catalogId !== null) certIdByCatalogId.set(cert.catalogId, cert.id);

  const skills: StarterSuggestion<SkillPut>[] = [];
  for (const catalogId of template.skillIds) {
    const key = `skill:${catalogId}`;
    if (skillIdByCatalogId.has(catalogId)) {
      alreadyInPlan.push(key);
      continue;
    }
    const entry = findSkillEntry(catalogId);
    if (!entry) throw new Error(`Starter template names unknown skill "${catalogId}".`);
    const id = options.newId();
    skillIdByCatalogId.set(catalogId, id);
    skills.push({
      key,
      change: {
        type: 'skill.put',
        item: {
          id,
          catalogId,
          area: entry.area,
          name: entry.name,
          description: entry.description,
          currentLevel: options.currentLevels?.[catalogId] ?? startingLevel(entryPath, catalogId),
          targetLevel: entry.suggestedTargetLevel,
          notes: '',
        },
      },
    });
  }

  const certifications: StarterSuggestion<CertificationPut>[] = [];
  for (const catalogId of template.certificationIds) {
    const key = `certification:${catalogId}`;
    if (certIdByCatalogId.has(catalogId)) {
      alreadyInPlan.push(key);
      continue;
    }
    if (!findCertificationEntry(catalogId)) throw new Error(`Starter template names unknown certification "${catalogId}".`);
    const id = options.newId();
    certIdByCatalogId.set(catalogId, id);
    certifications.push({ key, change: { type: 'certification.put', item: blankCertificationFields(id, catalogId) } });
  }

  const existingMilestoneIds = new Set(existing.milestones.map((m) => m.id));
  const wanted = template.milestones.filter((m) => {
    if (!existingMilestoneIds.has(starterMilestoneId(m.key))) return true;
    alreadyInPlan.push(`milestone:${m.key}`);
    return false;
  });
  const schedule = starterSchedule(options.today, options.targetDate);
  const dueDates = spreadDueDates(schedule.from, schedule.lastDue, wanted.length);
  const linkedCertIds = template.certificationIds.map((catalogId) => certIdByCatalogId.get(catalogId)!);
  const milestones = wanted.map((m, index) => ({
    key: `milestone:${m.key}`,
    change: {
      type: 'milestone.put',
      item: {
        id: starterMilestoneId(m.key),
        title: m.title,
        area: m.area,
        kind: m.kind,
        dueDate: dueDates[index] ?? null,
        status: 'todo',
        completedOn: null,
        links: {
          skillIds: m.skillIds.map((catalogId) => skillIdFor(catalogId, skillIdByCatalogId, m)),
          certificationIds: pickCertifications(m.certifications, linkedCertIds),
          achievementIds: [],
        },
        notes: m.notes,
        follows: m.follows ?? null,
      },
    } satisfies MilestonePut,
  }));

  return { entryPath, schedule, skills, certifications, milestones, alreadyInPlan };
}

/**
 * The one change that saves the suggestions the person kept. Links to suggestions they dropped are
 * removed, so no milestone points at an item that was never added. Null when nothing was kept.
 */
export function starterPlanChange(starter: StarterPlan, keep: (key: string) => boolean = () => true): PlanChange | null {
  const kept = [...starter.skills, ...starter.certifications, ...starter.milestones].filter((s) => keep(s.key));
  const dropped = new Set(
    [...starter.skills, ...starter.certifications].filter((s) => !keep(s.key)).map((s) => s.change.item.id),
  );
  const changes = kept.map((suggestion): StarterChange => {
    if (suggestion.change.type !== 'milestone.put') return suggestion.change;
    const { links } = suggestion.change.item;
    return {
      ...suggestion.change,
      item: {
        ...suggestion.change.item,
        links: {
          skillIds: links.skillIds.filter((id) => !dropped.has(id)),
          certificationIds: links.certificationIds.filter((id) => !dropped.has(id)),
          achievementIds: links.achievementIds,
        },
      },
    };
  });
  return changes.length === 0 ? null : { type: 'batch', changes };
}

/**
 * From today to the target date when it is still ahead, otherwise DEFAULT_HORIZON_MONTHS from today.
 * The last milestone falls a twelfth of the span before that date (between a week and a month), so
 * nothing is due on the day the person hoped to be in the role.
 */
export function starterSchedule(today: string, targetDate: string | null): StarterSchedule {
  const ahead = targetDate !== null && daysBetween(today, targetDate) > 0;
  const to = ahead ? targetDate : addMonths(today, DEFAULT_HORIZON_MONTHS);
  const span = daysBetween(today, to);
  const lead = span >= 14 ? Math.min(30, Math.max(7, Math.round(span / 12))) : Math.floor(span / 2);
  const basis = ahead ? 'target-date' : targetDate === null ? 'default-no-target' : 'default-target-passed';
  return { from: today, to, lastDue: addDays(to, -lead), basis };
}

/** The target role offered for a route until the person types their own. */
export function defaultTargetRole(entryPath: EntryPath | null): string {
  return PATH_TEMPLATES[entryPath ?? 'other'].defaultTargetRole;
}

/** Where a person on this route usually starts with a framework skill (0 when the route says nothing). */
export function startingLevel(entryPath: EntryPath | null, catalogId: string): SkillLevel {
  return PATH_TEMPLATES[entryPath ?? 'other'].startingLevels[catalogId] ?? 0;
}

/**
 * `count` due dates spread evenly over (from, to], in order, the last one on `to`: step i of n is due
 * i/n of the way through. Dates never go backwards; with fewer days than steps some share a day.
 */
export function spreadDueDates(from: string, to: string, count: number): string[] {
  const span = Math.max(0, daysBetween(from, to));
  return Array.from({ length: count }, (_, i) => addDays(from, Math.round((span * (i + 1)) / count)));
}

function skillIdFor(catalogId: string, idByCatalogId: Map<string, string>, milestone: MilestoneTemplate): string {
  const id = idByCatalogId.get(catalogId);
  // A template must suggest every skill its milestones link; this catches a template edit that forgets.
  if (id === undefined) throw new Error(`Milestone "${milestone.key}" links skill "${catalogId}", which its path does not suggest.`);
  return id;
}

function pickCertifications(which: MilestoneTemplate['certifications'], ids: string[]): string[] {
  if (which === 'all') return ids;
  if (which === 'first') return ids.slice(0, 1);
  return [];
}
