import { z } from 'zod';
import { IdSchema, LIMITS, MonthSchema, TimestampsShape, text } from './primitives';

/**
 * A role in the person's work history (schema v3): achievements link to one, and exports group by it
 * with its dates ("Mar 2021 – present"). A role without an organisation or without a title is fine,
 * but not without both.
 */
const RoleObject = z.object({
  id: IdSchema,
  organisation: text('the organisation', LIMITS.shortText).default(''),
  title: text('the job title', LIMITS.shortText).default(''),
  location: text('the location', LIMITS.shortText).default(''),
  startMonth: MonthSchema.nullable().default(null),
  /** Null with `current`: the person is in the role now ("– present"). */
  endMonth: MonthSchema.nullable().default(null),
  current: z.boolean().default(false),
  summary: text('the summary', LIMITS.mediumText).default(''),
});
const roleRules = (role: z.output<typeof RoleObject>, ctx: z.RefinementCtx) => {
  if (role.organisation.trim() === '' && role.title.trim() === '') {
    ctx.addIssue({ code: 'custom', path: ['title'], message: 'Give the role a job title or an organisation.' });
  }
  if (role.current && role.endMonth !== null) {
    ctx.addIssue({ code: 'custom', path: ['endMonth'], message: 'A role you are in now has no end month.' });
  }
  if (role.startMonth !== null && role.endMonth !== null && role.endMonth < role.startMonth) {
    ctx.addIssue({ code: 'custom', path: ['endMonth'], message: 'The end month is before the start month.' });
  }
};
export const RoleFieldsSchema = RoleObject.superRefine(roleRules);
export type RoleFields = z.output<typeof RoleObject>;
export const RoleSchema = RoleObject.extend(TimestampsShape).superRefine(roleRules);

export type Role = z.infer<typeof RoleSchema>;
