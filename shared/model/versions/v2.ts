import { z } from 'zod';

/**
 * Version 2 of the plan document, frozen: the full model of the first release (profile, skills,
 * certifications with CPD, milestones, achievements). Kept so files written by that version still open.
 * Its limits and vocabularies are copied, not imported, so later changes to the live schema can never
 * change what this step accepts or produces. Never edit this file; add a new step instead.
 */

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const text = (max: number) => z.string().max(max);
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const date = z.iso.date().nullable().default(null);
const timestamp = z.iso.datetime({ offset: true });
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max);
const stamps = { createdAt: timestamp, updatedAt: timestamp };

const SHORT = 200;
const MEDIUM = 2_000;
const LONG = 5_000;
const TAG = 40;
const LINKS = 200;

const area = z.enum(['business', 'leadership', 'organisational']);
const level = z.number().int().min(0).max(4);

const SkillV2 = z.object({
  id,
  catalogId: id.nullable().default(null),
  area,
  name: requiredText(SHORT),
  description: text(MEDIUM).default(''),
  currentLevel: level.default(0),
  targetLevel: level.default(3),
  notes: text(LONG).default(''),
  ...stamps,
});

const CpdEntryV2 = z.object({
  id,
  date: z.iso.date(),
  amount: z.number().positive().max(1000),
  category: text(SHORT).default(''),
  note: text(MEDIUM).default(''),
});

const CertificationV2 = z
  .object({
    id,
    catalogId: id.nullable().default(null),
    customName: text(SHORT).default(''),
    customBody: text(SHORT).default(''),
    status: z.enum(['considering', 'planned', 'studying', 'exam-booked', 'passed', 'lapsed']).default('considering'),
    examDate: date,
    credentialId: text(SHORT).default(''),
    issuedOn: date,
    expiresOn: date,
    cpd: list(CpdEntryV2, 1_000).default([]),
    notes: text(LONG).default(''),
    ...stamps,
  })
  .refine((c) => c.catalogId !== null || c.customName.trim() !== '');

const MilestoneV2 = z.object({
  id,
  title: requiredText(SHORT),
  area: area.nullable().default(null),
  kind: z.enum(['skill', 'certification', 'experience', 'achievement', 'other']).default('other'),
  dueDate: date,
  status: z.enum(['todo', 'doing', 'done', 'dropped']).default('todo'),
  completedOn: date,
  links: z
    .object({
      skillIds: list(id, LINKS).default([]),
      certificationIds: list(id, LINKS).default([]),
      achievementIds: list(id, LINKS).default([]),
    })
    .default({ skillIds: [], certificationIds: [], achievementIds: [] }),
  notes: text(LONG).default(''),
  ...stamps,
});

const AchievementV2 = z.object({
  id,
  title: requiredText(SHORT),
  date,
  organisation: text(SHORT).default(''),
  role: text(SHORT).default(''),
  area: area.nullable().default(null),
  star: z
    .object({ situation: text(MEDIUM).default(''), task: text(MEDIUM).default(''), action: text(MEDIUM).default(''), result: text(MEDIUM).default('') })
    .default({ situation: '', task: '', action: '', result: '' }),
  xyz: z
    .object({ accomplished: text(MEDIUM).default(''), measuredBy: text(MEDIUM).default(''), byDoing: text(MEDIUM).default('') })
    .default({ accomplished: '', measuredBy: '', byDoing: '' }),
  metrics: list(z.object({ value: z.number().finite(), unit: text(TAG).default(''), measures: text(SHORT).default('') }), 10).default([]),
  skillIds: list(id, LINKS).default([]),
  tags: list(text(TAG), 20).default([]),
  includeInCv: z.boolean().default(true),
  cvBullet: text(MEDIUM).default(''),
  ...stamps,
});

const uniqueIds = <T extends { id: string }>(items: T[]) => new Set(items.map((item) => item.id)).size === items.length;

export const PlanV2Schema = z.object({
  schemaVersion: z.literal(2),
  profile: z.object({
    name: text(SHORT).default(''),
    currentRole: text(SHORT).default(''),
    entryPath: z.enum(['project-manager', 'business-analyst', 'business-unit-leader', 'other']).nullable().default(null),
    targetRole: text(SHORT).default(''),
    targetDate: date,
    cvPageSize: z.enum(['A4', 'Letter']).default('A4'),
    onboardedAt: timestamp.nullable().default(null),
  }),
  preferences: z.object({ theme: z.enum(['system', 'light', 'dark']).default('system') }).default({ theme: 'system' }),
  skills: list(SkillV2, 1_000).refine(uniqueIds),
  certifications: list(CertificationV2, 500).refine(uniqueIds),
  milestones: list(MilestoneV2, 5_000).refine(uniqueIds),
  achievements: list(AchievementV2, 5_000).refine(uniqueIds),
  ...stamps,
});
export type PlanV2 = z.infer<typeof PlanV2Schema>;

/**
 * The two starter milestones (ids from the v2 starter plan) that stand for a certification: v3 lets a
 * milestone follow the certifications it links, and these two now do. Copied so renaming the live
 * template keys could never change this step.
 */
const STARTER_FOLLOWS: ReadonlyMap<string, 'certification-chosen' | 'certification-passed'> = new Map([
  ['starter-choose-certification', 'certification-chosen'],
  ['starter-sit-certification-exam', 'certification-passed'],
]);

/**
 * v2 -> v3:
 * - milestones gain `follows` (null for every milestone except the two starter ones above);
 * - the work history becomes part of the plan: each distinct (organisation, role) pair the achievements
 *   carried, as typed (trimmed), becomes a role with no dates, and each achievement links to its role
 *   instead of holding the two texts (an achievement with neither links to none);
 * - the profile gains empty contact details.
 * Nothing is lost: every other field of every item is carried over as it is, and the two texts live on
 * in the role. Pure: the same document always gives the same plan (role ids are numbered in order).
 */
export function migrateV2toV3(doc: PlanV2): unknown {
  const roles = new Map<string, { id: string; organisation: string; title: string; createdAt: string; updatedAt: string }>();
  const achievements = doc.achievements.map(({ organisation, role, ...achievement }) => {
    const org = organisation.trim();
    const title = role.trim();
    if (org === '' && title === '') return { ...achievement, roleId: null };
    const key = JSON.stringify([org, title]);
    let found = roles.get(key);
    if (!found) {
      found = { id: `role-${roles.size + 1}`, organisation: org, title, createdAt: achievement.createdAt, updatedAt: achievement.createdAt };
      roles.set(key, found);
    } else if (achievement.createdAt < found.createdAt) {
      // The role dates from the first achievement logged in it.
      found.createdAt = found.updatedAt = achievement.createdAt;
    }
    return { ...achievement, roleId: found.id };
  });
  return {
    ...doc,
    schemaVersion: 3,
    profile: { ...doc.profile, email: '', phone: '', location: '', link: '', summary: '' },
    milestones: doc.milestones.map((m) => ({ ...m, follows: STARTER_FOLLOWS.get(m.id) ?? null })),
    achievements,
    roles: [...roles.values()].map((r) => ({ ...r, location: '', startMonth: null, endMonth: null, current: false, summary: '' })),
  };
}

/** What the person is told, once, after this step ran on their plan. */
export function describeV2toV3(doc: PlanV2): string | null {
  const pairs = new Set(doc.achievements.map((a) => JSON.stringify([a.organisation.trim(), a.role.trim()])).filter((k) => k !== '["",""]'));
  if (pairs.size === 0) return null;
  const roles = pairs.size === 1 ? 'one role' : `${pairs.size} roles`;
  return `The organisations and roles on your achievements are now ${roles} in your work history (Settings). Add their start and end months so your CV shows when you did each.`;
}
