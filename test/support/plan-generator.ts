import { prng } from '../../scripts/lib/prng.mjs';
import { CERTIFICATIONS, SKILLS } from '../../shared/catalog';
import { fromDayNumber, toDayNumber } from '../../shared/date-arithmetic';
import {
  CERTIFICATION_STATUSES,
  COMPETENCY_AREAS,
  LIMITS,
  MILESTONE_KINDS,
  PLAN_SCHEMA_VERSION,
  PlanSchema,
  type CertificationStatus,
  type MilestoneStatus,
  type Plan,
} from '../../shared/model';

/**
 * Realistic plans of any size, for benchmarks and for tests that need "a big plan": names, dates, links
 * between items, metrics, STAR and X-Y-Z text, CPD entries. Deterministic: the same options give the
 * same plan, byte for byte (a seeded PRNG and a fixed clock, never Date.now or Math.random). The raw
 * document goes through PlanSchema.parse, so what comes out is exactly what the app loads, and a schema
 * change that the generator does not follow makes it throw rather than produce an invalid plan.
 */

export interface PlanCounts {
  milestones: number;
  achievements: number;
  skills: number;
  certifications: number;
}

export interface GenerateOptions {
  /** Total number of items, split across the collections by splitItems. Ignored when `counts` is given. */
  items?: number;
  /** Exact counts per collection (missing ones are 0). */
  counts?: Partial<PlanCounts>;
  seed?: number;
  /** The plan's "now": timestamps and dates are spread around it. */
  now?: string;
  /** Set profile.onboardedAt, so the app opens on its screens rather than the first-run set-up (default true). */
  onboarded?: boolean;
  /**
   * Roles in the work history, two years each going back from a current one; most achievements link to
   * one. Default: one per 25 achievements, at most 20 (none for a plan without achievements).
   */
  roles?: number;
}

/** The plan sizes the benchmark measures. */
export const BENCH_PLAN_SIZES = [0, 1_000, 10_000] as const;
export const GENERATOR_NOW = '2026-06-01T09:00:00.000Z';

const SHARE: PlanCounts = { milestones: 0.5, achievements: 0.35, skills: 0.1, certifications: 0.05 };

/**
 * Split a total over the collections, half of it milestones (the list people scroll most), within the
 * schema's limits: 10,000 items are 5,000 milestones, 3,500 achievements, 1,000 skills and 500
 * certifications. Throws when the total cannot fit.
 */
export function splitItems(total: number): PlanCounts {
  const max = LIMITS.milestones + LIMITS.achievements + LIMITS.skills + LIMITS.certifications;
  if (!Number.isInteger(total) || total < 0 || total > max) throw new Error(`A plan holds 0 to ${max} items, not ${total}.`);
  const counts: PlanCounts = {
    milestones: 0,
    skills: Math.min(LIMITS.skills, Math.floor(total * SHARE.skills)),
    certifications: Math.min(LIMITS.certifications, Math.floor(total * SHARE.certifications)),
    achievements: Math.min(LIMITS.achievements, Math.floor(total * SHARE.achievements)),
  };
  let rest = total - counts.skills - counts.certifications - counts.achievements;
  counts.milestones = Math.min(LIMITS.milestones, rest);
  rest -= counts.milestones;
  counts.achievements += rest; // only when milestones are full; always within the limits checked above
  return counts;
}

export function generatePlan(options: GenerateOptions = {}): Plan {
  const counts: PlanCounts = options.counts
    ? { milestones: 0, achievements: 0, skills: 0, certifications: 0, ...options.counts }
    : splitItems(options.items ?? 0);
  const now = options.now ?? GENERATOR_NOW;
  const rand = prng(options.seed ?? 1);
  const g = new Words(rand);
  const today = toDayNumber(now.slice(0, 10));
  const day = (from: number, to: number) => fromDayNumber(today + g.int(from, to));
  const stamp = (daysBack: number) => new Date(Date.parse(now) - daysBack * 86_400_000 - g.int(0, 86_399) * 1000).toISOString();
  const stamps = () => {
    const created = g.int(1, 1_500);
    return { createdAt: stamp(created), updatedAt: stamp(g.int(0, created)) };
  };

  const skills = Array.from({ length: counts.skills }, (_, i) => {
    const entry = i < SKILLS.length ? SKILLS[i]! : null;
    const target = g.int(2, 4);
    return {
      id: `skill-${i + 1}`,
      catalogId: entry?.id ?? null,
      area: entry?.area ?? g.pick(COMPETENCY_AREAS),
      name: entry?.name ?? `${g.pick(SKILL_TOPICS)} (${g.pick(SKILL_QUALIFIERS)} ${i + 1})`,
      description: entry?.description ?? g.sentence(),
      currentLevel: g.int(0, target),
      targetLevel: target,
      notes: g.chance(0.4) ? g.sentences(1, 3) : '',
      ...stamps(),
    };
  });

  const certifications = Array.from({ length: counts.certifications }, (_, i) => {
    const entry = i < CERTIFICATIONS.length ? CERTIFICATIONS[i]! : null;
    const status: CertificationStatus = g.pick(CERTIFICATION_STATUSES);
    const held = status === 'passed' || status === 'lapsed';
    const issued = held ? g.int(-1_400, -30) : null;
    return {
      id: `cert-${i + 1}`,
      catalogId: entry?.id ?? null,
      customName: entry ? '' : `${g.pick(CERT_SUBJECTS)} Practitioner ${i + 1}`,
      customBody: entry ? '' : g.pick(CERT_BODIES),
      status,
      examDate: status === 'exam-booked' || status === 'studying' ? day(10, 200) : null,
      credentialId: held ? `CR-${g.int(100_000, 999_999)}` : '',
      issuedOn: issued === null ? null : fromDayNumber(today + issued),
      expiresOn: issued === null ? null : fromDayNumber(today + issued + 3 * 365),
      cpd: held
        ? Array.from({ length: g.int(0, 8) }, (_, j) => ({
            id: `cpd-${i + 1}-${j + 1}`,
            date: day(-700, 0),
            amount: g.int(1, 16) / 2,
            category: g.pick(CPD_CATEGORIES),
            note: g.chance(0.5) ? g.sentence() : '',
          }))
        : [],
      notes: g.chance(0.3) ? g.sentences(1, 2) : '',
      ...stamps(),
    };
  });

  const roleCount = options.roles ?? (counts.achievements === 0 ? 0 : Math.min(20, Math.ceil(counts.achievements / 25)));
  const month = (daysAgo: number) => fromDayNumber(today - daysAgo).slice(0, 7);
  const roles = Array.from({ length: roleCount }, (_, i) => ({
    id: `role-${i + 1}`,
    organisation: g.pick(ORGANISATIONS),
    title: g.pick(ROLES),
    location: g.chance(0.6) ? g.pick(PLACES) : '',
    startMonth: month((i + 1) * 730),
    endMonth: i === 0 ? null : month(i * 730 + 31),
    current: i === 0,
    summary: g.chance(0.3) ? g.sentence() : '',
    ...stamps(),
  }));

  const achievements = Array.from({ length: counts.achievements }, (_, i) => {
    const detailed = g.chance(0.4);
    return {
      id: `ach-${i + 1}`,
      title: `${g.pick(VERBS)} ${g.pick(OBJECTS)} for ${g.pick(CONTEXTS)}`,
      date: g.chance(0.9) ? day(-1_800, 0) : null,
      roleId: roles.length > 0 && g.chance(0.9) ? g.pick(roles).id : null,
      area: g.chance(0.85) ? g.pick(COMPETENCY_AREAS) : null,
      star: detailed
        ? { situation: g.sentence(), task: g.sentence(), action: g.sentences(1, 2), result: g.sentence() }
        : { situation: '', task: '', action: '', result: '' },
      xyz: g.chance(0.3)
        ? { accomplished: g.sentence(), measuredBy: g.sentence(), byDoing: g.sentence() }
        : { accomplished: '', measuredBy: '', byDoing: '' },
      metrics: Array.from({ length: g.int(0, 3) }, () => {
        const [unit, measures] = g.pick(METRICS);
        return { value: g.int(1, 400), unit, measures };
      }),
      skillIds: links(g, skills, g.int(0, 3)),
      tags: g.some(TAGS, g.int(0, 4)),
      includeInCv: g.chance(0.85),
      cvBullet: g.chance(0.2) ? g.sentence() : '',
      ...stamps(),
    };
  });

  const milestones = Array.from({ length: counts.milestones }, (_, i) => {
    const status: MilestoneStatus = g.weighted(MILESTONE_STATUS_WEIGHTS);
    return {
      id: `ms-${i + 1}`,
      title: `${g.pick(MILESTONE_VERBS)} ${g.pick(OBJECTS)} ${g.pick(MILESTONE_ENDINGS)}`,
      area: g.chance(0.8) ? g.pick(COMPETENCY_AREAS) : null,
      kind: g.pick(MILESTONE_KINDS),
      dueDate: g.chance(0.85) ? day(-400, 500) : null,
      status,
      completedOn: status === 'done' ? day(-600, 0) : null,
      links: {
        skillIds: links(g, skills, g.int(0, 3)),
        certificationIds: links(g, certifications, g.int(0, 1)),
        achievementIds: links(g, achievements, g.int(0, 2)),
      },
      notes: g.chance(0.5) ? g.sentences(1, 3) : '',
      ...stamps(),
    };
  });

  return PlanSchema.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    profile: {
      name: 'Sam Taylor',
      currentRole: 'Senior project manager',
      entryPath: 'project-manager',
      targetRole: 'PMO manager',
      targetDate: day(180, 540),
      cvPageSize: 'A4',
      onboardedAt: options.onboarded === false ? null : stamp(1_600),
      email: 'sam.taylor@example.com',
      phone: '+44 113 496 0000',
      location: 'Leeds, UK',
      link: 'https://www.linkedin.com/in/sam-taylor-pmo',
    },
    preferences: { theme: 'system' },
    skills,
    certifications,
    milestones,
    achievements,
    roles,
    createdAt: stamp(1_600),
    updatedAt: now,
  });
}

/**
 * A plan whose file (as the app writes it) is close to `bytes` long, for "save a 1 MB plan": the item
 * count is scaled from a probe and refined, so the result is within a few percent of the target.
 */
export function generatePlanOfBytes(bytes: number, seed = 1): Plan {
  const size = (plan: Plan) => Buffer.byteLength(JSON.stringify(plan, undefined, '\t'));
  let items = 500;
  let plan = generatePlan({ items, seed });
  for (let round = 0; round < 4; round++) {
    const next = Math.max(1, Math.min(11_000, Math.round((items * bytes) / size(plan))));
    if (next === items) break;
    items = next;
    plan = generatePlan({ items, seed });
  }
  return plan;
}

function links(g: Words, items: readonly { id: string }[], count: number): string[] {
  if (items.length === 0) return [];
  const ids = new Set<string>();
  for (let i = 0; i < count; i++) ids.add(g.pick(items).id);
  return [...ids];
}


class Words {
  constructor(private readonly rand: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.rand() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.rand() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rand() * items.length)]!;
  }
  some<T>(items: readonly T[], count: number): T[] {
    return [...new Set(Array.from({ length: count }, () => this.pick(items)))];
  }
  weighted<T extends string>(weights: readonly (readonly [T, number])[]): T {
    let r = this.rand() * weights.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of weights) if ((r -= w) < 0) return value;
    return weights[0]![0];
  }
  sentence(): string {
    return `${this.pick(SUBJECTS)} ${this.pick(VERBS).toLowerCase()} ${this.pick(OBJECTS)} for ${this.pick(CONTEXTS)}, ${this.pick(OUTCOMES)}.`;
  }
  sentences(min: number, max: number): string {
    return Array.from({ length: this.int(min, max) }, () => this.sentence()).join(' ');
  }
}

const MILESTONE_STATUS_WEIGHTS = [['todo', 4], ['doing', 2], ['done', 3], ['dropped', 1]] as const;
const VERBS = ['Led', 'Introduced', 'Rebuilt', 'Standardised', 'Automated', 'Ran', 'Set up', 'Cut the cost of', 'Streamlined', 'Coached the team on', 'Reported on', 'Reviewed'];
const MILESTONE_VERBS = ['Shadow', 'Draft', 'Present', 'Run', 'Book', 'Finish', 'Review', 'Map', 'Pilot', 'Agree'];
const OBJECTS = [
  'the portfolio dashboard', 'the RAID log', 'monthly benefits tracking', 'the stage-gate review', 'the resource capacity plan',
  'the change control board', 'the project status report', 'the lessons-learned library', 'the risk heat map', 'the programme roadmap',
  'the governance framework', 'the financial forecast', 'the dependency register', 'the PMO intranet pages', 'the onboarding pack for project managers',
];
const MILESTONE_ENDINGS = ['with the PMO lead', 'before the quarterly review', 'for the portfolio board', 'this month', 'with finance', 'for two programmes', ''];
const CONTEXTS = ['the finance transformation', 'twelve regional projects', 'the ERP roll-out', 'the digital portfolio', 'the board', 'three delivery teams', 'the new CRM programme', 'the office move'];
const SUBJECTS = ['I', 'Our PMO', 'The team', 'The programme office', 'A colleague and I'];
const OUTCOMES = [
  'which saved two days of reporting a month', 'so decisions came a week sooner', 'and overdue actions fell by a third',
  'which the sponsor now uses every week', 'so forecasts matched actuals within 5%', 'and the audit found no gaps',
];
const ORGANISATIONS = ['Northwind Health', 'Contoso Bank', 'Fabrikam Council', 'Tailspin Logistics', 'Woodgrove Insurance', 'Adventure Works'];
const ROLES = ['Project manager', 'Senior project manager', 'Business analyst', 'Programme coordinator', 'Head of delivery'];
const PLACES = ['Leeds', 'Manchester', 'London', 'Bristol', 'Glasgow', 'Remote'];
const METRICS: readonly (readonly [string, string])[] = [['%', 'reduction in reporting time'], ['days', 'saved per quarter'], ['£k', 'budget recovered'], ['projects', 'brought under governance'], ['people', 'trained']];
const TAGS = ['governance', 'reporting', 'risk', 'finance', 'stakeholders', 'agile', 'benefits', 'resourcing', 'tools', 'coaching'];
const SKILL_TOPICS = ['Benefits realisation', 'Resource planning', 'Portfolio reporting', 'Stakeholder mapping', 'Risk facilitation', 'Financial control', 'Assurance reviews', 'Tool administration'];
const SKILL_QUALIFIERS = ['advanced', 'applied', 'team', 'programme-level', 'portfolio-level'];
const CERT_SUBJECTS = ['Portfolio Office', 'Benefits Management', 'Risk Management', 'Agile Delivery', 'Change Management'];
const CERT_BODIES = ['Axelos', 'APM', 'PMI', 'PeopleCert', 'Scrum.org'];
const CPD_CATEGORIES = ['Education', 'Ways of Working', 'Power Skills', 'Business Acumen', 'Giving Back', ''];
