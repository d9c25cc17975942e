import { z } from 'zod';

/**
 * Version 1 of the plan document, frozen: the foundation's first slice (a target role and a list of
 * milestones to tick off). Kept only so files written by that version still open. Never edit it.
 */
export const PlanV1Schema = z.object({
  schemaVersion: z.literal(1),
  targetRole: z.string(),
  milestones: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      done: z.boolean(),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PlanV1 = z.infer<typeof PlanV1Schema>;

/** v1 -> v2: the full model. Every v1 string is carried over unchanged. */
export function migrateV1toV2(doc: PlanV1): unknown {
  return {
    schemaVersion: 2,
    profile: { targetRole: doc.targetRole },
    preferences: {},
    skills: [],
    certifications: [],
    milestones: doc.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      status: m.done ? 'done' : 'todo',
      // v1 did not record when a milestone was ticked; its last edit is the best evidence we have.
      completedOn: m.done ? m.updatedAt.slice(0, 10) : null,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
    })),
    achievements: [],
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}
