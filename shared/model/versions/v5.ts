import { z } from 'zod';
import { PlanV4Schema } from './v4';

/**
 * Version 5 of the plan document, frozen: v4 (itself frozen, so extending it is safe) plus interview
 * preparation (the person's questions, stories and practice sessions) and the bank questions they hid.
 * Its limits and vocabularies are copied here, not imported from the live schema, so later changes can
 * never change what this step accepts or produces. Never edit this file; add a new step instead.
 */

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const text = (max: number) => z.string().max(max);
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const timestamp = z.iso.datetime({ offset: true });
const stamps = { createdAt: timestamp, updatedAt: timestamp };
const uniqueIds = <T extends { id: string }>(items: T[]) => new Set(items.map((item) => item.id)).size === items.length;

const THEMES_V5 = ['governance', 'prioritisation', 'reporting', 'risk', 'resources', 'conflict', 'stakeholders', 'influence', 'change', 'benefits', 'value', 'tools', 'recovery', 'pressure', 'improvement'] as const;
const AREAS_V5 = ['business', 'leadership', 'organisational'] as const;
const part = text(3_000).default('');

const QuestionV5 = z.object({
  id,
  text: requiredText(500),
  area: z.enum(AREAS_V5).nullable().default(null),
  themes: z.array(z.enum(THEMES_V5)).max(6).default([]),
  notes: text(2_000).default(''),
  ...stamps,
});

const StoryV5 = z.object({
  id,
  title: requiredText(200),
  achievementId: id.nullable().default(null),
  questionIds: z.array(id).max(50).default([]),
  star: z.object({ situation: part, task: part, action: part, result: part }).default({ situation: '', task: '', action: '', result: '' }),
  reflection: part,
  ...stamps,
});

const AnswerV5 = z.object({
  questionId: id,
  storyId: id.nullable().default(null),
  rating: z.literal([1, 2, 3]),
  note: text(2_000).default(''),
  seconds: z.number().int().min(0).max(3_600).default(0),
});

const PracticeSessionV5 = z.object({
  id,
  set: z.enum(['random', 'weakest', 'listing', 'chosen']).default('random'),
  listingId: id.nullable().default(null),
  questionIds: z.array(id).max(50).default([]),
  answers: z.array(AnswerV5).max(50).default([]),
  ...stamps,
});

export const PlanV5Schema = PlanV4Schema.extend({
  schemaVersion: z.literal(5),
  preferences: z
    .object({ theme: z.enum(['system', 'light', 'dark']).default('system'), hiddenQuestionIds: z.array(id).max(500).default([]) })
    .default({ theme: 'system', hiddenQuestionIds: [] }),
  questions: z.array(QuestionV5).max(500).refine(uniqueIds).default([]),
  stories: z.array(StoryV5).max(1_000).refine(uniqueIds).default([]),
  practiceSessions: z.array(PracticeSessionV5).max(500).refine(uniqueIds).default([]),
});
export type PlanV5 = z.infer<typeof PlanV5Schema>;

/**
 * v5 -> v6: the plan gains spelling preferences: the words the person added to their own dictionary
 * (none) and which English the app checks and writes (null: follow the computer's language until the
 * person chooses). Nothing else changes, so every field of every item is carried over as it is. Pure.
 */
export function migrateV5toV6(doc: PlanV5): unknown {
  return {
    ...doc,
    schemaVersion: 6,
    preferences: { ...doc.preferences, userWords: [], english: null },
  };
}
