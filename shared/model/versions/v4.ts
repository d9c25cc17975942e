import { z } from 'zod';
import { PlanV3Schema } from './v3';

/**
 * Version 4 of the plan document, frozen: v3 (itself frozen, so extending it is safe) plus job listings
 * and the person's term mappings. Its limits and vocabularies are copied here, not imported from the live
 * schema, so later changes can never change what this step accepts or produces. Never edit this file;
 * add a new step instead.
 */

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const text = (max: number) => z.string().max(max);
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const date = z.iso.date().nullable().default(null);
const timestamp = z.iso.datetime({ offset: true });
const stamps = { createdAt: timestamp, updatedAt: timestamp };
const uniqueIds = <T extends { id: string }>(items: T[]) => new Set(items.map((item) => item.id)).size === items.length;

const ListingV4 = z.object({
  id,
  title: requiredText(200),
  organisation: text(200).default(''),
  // The live schema also checks the address; a stored v4 plan has already passed that check.
  link: text(500).default(''),
  seenOn: date,
  closesOn: date,
  status: z.enum(['interested', 'applied', 'interview', 'offer', 'rejected', 'withdrawn']).default('interested'),
  statusOn: date,
  text: requiredText(50_000),
  notes: text(5_000).default(''),
  closedGaps: z
    .array(z.object({ termId: z.string().min(1).max(128), collection: z.enum(['skills', 'certifications', 'milestones']), itemId: id }))
    .max(200)
    .default([]),
  ...stamps,
});

const TermMappingV4 = z.object({
  id,
  phrase: requiredText(200),
  skillId: id.nullable().default(null),
  ...stamps,
});

export const PlanV4Schema = PlanV3Schema.extend({
  schemaVersion: z.literal(4),
  listings: z.array(ListingV4).max(500).refine(uniqueIds).default([]),
  termMappings: z.array(TermMappingV4).max(2_000).refine(uniqueIds).default([]),
});
export type PlanV4 = z.infer<typeof PlanV4Schema>;

/**
 * v4 -> v5: the plan gains interview preparation: the person's own questions, stories and practice
 * sessions (all empty), and the question-bank questions they hid (none). Nothing else changes, so every
 * field of every item is carried over as it is. Pure.
 */
export function migrateV4toV5(doc: PlanV4): unknown {
  return {
    ...doc,
    schemaVersion: 5,
    preferences: { ...doc.preferences, hiddenQuestionIds: [] },
    questions: [],
    stories: [],
    practiceSessions: [],
  };
}
