import { z } from 'zod';
import { COMPETENCY_AREAS } from '../model/vocabulary';

/**
 * What an imported CV holds, before anything touches the plan (issue 15): the review screen shows
 * these, each with a checkbox and editable fields, and only what the person keeps becomes one change.
 * Every item carries a `key` that is stable for the same source item, so importing the same file twice
 * finds the same keys (and the duplicates check finds them already in the plan).
 *
 * These schemas are the contract's result for a read CV (main reads, the page reviews); the readers cut
 * every text to the plan's limits, so the caps here only guard the process boundary.
 */

const text = z.string().max(10_000);
const key = z.string().max(1_000);
const isoMonth = z.string().regex(/^\d{4}-\d{2}$/).nullable();
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();

export const IMPORT_SOURCES = ['json-resume', 'linkedin', 'docx'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

export const FoundProfileSchema = z.object({
  name: text,
  currentRole: text,
  email: text,
  phone: text,
  location: text,
  link: text,
  summary: text,
});
export type FoundProfile = z.infer<typeof FoundProfileSchema>;
export const PROFILE_FIELDS = Object.keys(FoundProfileSchema.shape) as (keyof FoundProfile)[];

export const FoundRoleSchema = z.object({
  key,
  organisation: text,
  title: text,
  location: text,
  startMonth: isoMonth,
  endMonth: isoMonth,
  current: z.boolean(),
  summary: text,
});
export type FoundRole = z.infer<typeof FoundRoleSchema>;

export const FoundAchievementSchema = z.object({
  key,
  /** The line as the CV has it (becomes the CV bullet); `title` is it shortened to fit a title. */
  text,
  title: text,
  /** The role it belongs to (a FoundRole key), or null. */
  roleKey: key.nullable(),
  /** What part of the CV it came from: "work", "volunteer", "projects", "awards" … (a tag on import). */
  from: z.string().max(40),
  date: isoDay,
});
export type FoundAchievement = z.infer<typeof FoundAchievementSchema>;

export const FoundCertificationSchema = z.object({
  key,
  name: text,
  /** The catalog certification it matched by name or alias, or null for a custom one. */
  catalogId: z.string().max(100).nullable(),
  issuer: text,
  issuedOn: isoDay,
});
export type FoundCertification = z.infer<typeof FoundCertificationSchema>;

export const FoundSkillSchema = z.object({
  key,
  name: text,
  /** The catalog skill it matched, or null (then the person picks an area; `area` is the suggestion). */
  catalogId: z.string().max(100).nullable(),
  area: z.enum(COMPETENCY_AREAS).nullable(),
  keywords: z.array(text).max(100),
});
export type FoundSkill = z.infer<typeof FoundSkillSchema>;

/** Something not imported, and why, in words: shown on the review screen. */
export const ImportWarningSchema = z.object({
  /** Where in the file: "work[2].startDate", "Positions.csv row 4". */
  where: text,
  message: text,
});
export type ImportWarning = z.infer<typeof ImportWarningSchema>;

export const ImportFindingsSchema = z.object({
  source: z.enum(IMPORT_SOURCES),
  profile: FoundProfileSchema,
  roles: z.array(FoundRoleSchema),
  achievements: z.array(FoundAchievementSchema),
  certifications: z.array(FoundCertificationSchema),
  skills: z.array(FoundSkillSchema),
  warnings: z.array(ImportWarningSchema),
});
export type ImportFindings = z.infer<typeof ImportFindingsSchema>;

export function emptyFindings(source: ImportSource): ImportFindings {
  return {
    source,
    profile: { name: '', currentRole: '', email: '', phone: '', location: '', link: '', summary: '' },
    roles: [],
    achievements: [],
    certifications: [],
    skills: [],
    warnings: [],
  };
}
