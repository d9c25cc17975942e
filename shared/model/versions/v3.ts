import { z } from 'zod';

/**
 * Version 3 of the plan document, frozen: v2 plus the work history (roles, achievement.roleId), contact
 * details and milestones that follow their certifications. Kept so files written by that version still
 * open. Its limits and vocabularies are copied, not imported, so later changes to the live schema can
 * never change what this step accepts or produces. Never edit this file; add a new step instead.
 */

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const text = (max: number) => z.string().max(max);
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const date = z.iso.date().nullable().default(null);
const month = z.string().regex(/^(19|20|21)\d\d-(0[1-9]|1[0-2])$/);
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

const SkillV3 = z.object({
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

const CertificationV3 = z
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
    cpd: list(
      z.object({ id, date: z.iso.date(), amount: z.number().positive().max(1000), category: text(SHORT).default(''), note: text(MEDIUM).default('') }),
      1_000,
    ).default([]),
    notes: text(LONG).default(''),
    ...stamps,
  })
  .refine((c) => c.catalogId !== null || c.customName.trim() !== '');

const MilestoneV3 = z.object({
  id,
  title: requiredText(SHORT),
  area: area.nullable().default(null),
  kind: z.enum(['skill', 'certification', 'experience', 'achievement', 'other']).default('other'),
  dueDate: date,
  status: z.enum(['todo', 'doing', 'done', 'dropped']).default('todo'),
  completedOn: date,
  links: z
    .object({ skillIds: list(id, LINKS).default([]), certificationIds: list(id, LINKS).default([]), achievementIds: list(id, LINKS).default([]) })
    .default({ skillIds: [], certificationIds: [], achievementIds: [] }),
  notes: text(LONG).default(''),
  follows: z.enum(['certification-chosen', 'certification-passed']).nullable().default(null),
  ...stamps,
});

const RoleV3 = z.object({
  id,
  organisation: text(SHORT).default(''),
  title: text(SHORT).default(''),
  location: text(SHORT).default(''),
  startMonth: month.nullable().default(null),
  endMonth: month.nullable().default(null),
  current: z.boolean().default(false),
  summary: text(MEDIUM).default(''),
  ...stamps,
});

const AchievementV3 = z.object({
  id,
  title: requiredText(SHORT),
  date,
  roleId: id.nullable().default(null),
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

export const PlanV3Schema = z.object({
  schemaVersion: z.literal(3),
  profile: z.object({
    name: text(SHORT).default(''),
    currentRole: text(SHORT).default(''),
    entryPath: z.enum(['project-manager', 'business-analyst', 'business-unit-leader', 'other']).nullable().default(null),
    targetRole: text(SHORT).default(''),
    targetDate: date,
    cvPageSize: z.enum(['A4', 'Letter']).default('A4'),
    onboardedAt: timestamp.nullable().default(null),
    email: text(SHORT).default(''),
    phone: text(40).default(''),
    location: text(SHORT).default(''),
    link: text(500).default(''),
    summary: text(MEDIUM).default(''),
  }),
  preferences: z.object({ theme: z.enum(['system', 'light', 'dark']).default('system') }).default({ theme: 'system' }),
  skills: list(SkillV3, 1_000).refine(uniqueIds),
  certifications: list(CertificationV3, 500).refine(uniqueIds),
  milestones: list(MilestoneV3, 5_000).refine(uniqueIds),
  achievements: list(AchievementV3, 5_000).refine(uniqueIds),
  roles: list(RoleV3, 200).refine(uniqueIds).default([]),
  ...stamps,
});
export type PlanV3 = z.infer<typeof PlanV3Schema>;

/**
 * v3 -> v4: the plan gains job listings and the person's term mappings, both empty. Nothing else
 * changes, so nothing can be lost: every field of every item is carried over as it is. Pure.
 */
export function migrateV3toV4(doc: PlanV3): unknown {
  return { ...doc, schemaVersion: 4, listings: [], termMappings: [] };
}
