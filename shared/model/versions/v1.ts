import { z } from 'zod';

/**
 * Version 1 of the plan document, frozen: the foundation's first slice (a target role and a list of
 * milestones to tick off). Kept only so files written by that version still open. Never edit the schema.
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

/**
 * The v2 limits this step targets, copied rather than imported so later limit changes cannot alter
 * what this step produces.
 */
const V2_SHORT_TEXT = 200;
const V2_LONG_TEXT = 5_000;

/** Cut to `max` characters ending in "…", without splitting a surrogate pair. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * v1 had no length limit and allowed a blank title; v2 requires a title of 1–200 characters. Rather
 * than refuse to open the file, a blank title becomes "Untitled milestone" and an over-long one is
 * shortened with the full text kept in the milestone's notes.
 */
function fitTitle(title: string): { title: string; notes: string } {
  const trimmed = title.trim();
  if (trimmed === '') return { title: 'Untitled milestone', notes: '' };
  if (trimmed.length <= V2_SHORT_TEXT) return { title: trimmed, notes: '' };
  return { title: shorten(trimmed, V2_SHORT_TEXT), notes: shorten(`Full title: ${trimmed}`, V2_LONG_TEXT) };
}

/**
 * v1 -> v2: the full model. Every v1 string is carried over unchanged, except that titles are fitted
 * to v2's limits (see fitTitle) and a target role over 200 characters is shortened; the untouched v1
 * file is kept by main's pre-migration copy.
 */
export function migrateV1toV2(doc: PlanV1): unknown {
  return {
    schemaVersion: 2,
    profile: { targetRole: shorten(doc.targetRole, V2_SHORT_TEXT) },
    preferences: {},
    skills: [],
    certifications: [],
    milestones: doc.milestones.map((m) => ({
      id: m.id,
      ...fitTitle(m.title),
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
