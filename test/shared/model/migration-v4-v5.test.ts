import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION, migratePlan } from '../../../shared/model';
import { migrateV4toV5, type PlanV4 } from '../../../shared/model/versions/v4';
import { PlanV5Schema } from '../../../shared/model/versions/v5';
import { arbitraryPlan } from '../../support/arbitraries';
import { arbitraryV3Plan, arbitraryV4Plan } from '../../support/arbitrary-old-plans';

const V4_COLLECTIONS = ['skills', 'certifications', 'milestones', 'achievements', 'roles', 'listings', 'termMappings'] as const;

function migrated(doc: unknown) {
  const outcome = migratePlan(JSON.parse(JSON.stringify(doc)));
  if (outcome.kind !== 'migrated') throw new Error(`expected a migration, got ${outcome.kind}: ${'message' in outcome ? outcome.message : ''}`);
  return outcome;
}

describe('migration v4 -> v5', () => {
  it('loses nothing: the profile, preferences, every item of every collection and the dates come through unchanged', () => {
    fc.assert(
      fc.property(arbitraryV4Plan(), (doc) => {
        const outcome = migrated(doc);
        expect(outcome.fromVersion).toBe(4);
        const plan = outcome.plan;
        expect(plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
        expect(plan.profile).toEqual(doc.profile);
        expect(plan.preferences).toEqual({ ...doc.preferences, hiddenQuestionIds: [], userWords: [], english: null });
        for (const collection of V4_COLLECTIONS) expect(plan[collection]).toEqual(doc[collection]);
        expect(plan.createdAt).toBe(doc.createdAt);
        expect(plan.updatedAt).toBe(doc.updatedAt);
        // Interview preparation starts empty, and there is nothing to tell the person.
        expect(plan.questions).toEqual([]);
        expect(plan.stories).toEqual([]);
        expect(plan.practiceSessions).toEqual([]);
        expect(outcome.notes).toEqual([]);
        // Nothing else was added or changed.
        expect(plan).toEqual({
          ...doc,
          schemaVersion: PLAN_SCHEMA_VERSION,
          preferences: { ...doc.preferences, hiddenQuestionIds: [], userWords: [], english: null },
          questions: [],
          stories: [],
          practiceSessions: [],
        });
      }),
      { numRuns: 150 },
    );
  });

  it('is pure: the input is untouched, the same input gives the same output, and the output is a valid plan', () => {
    fc.assert(
      fc.property(arbitraryV4Plan(), (doc: PlanV4) => {
        const before = JSON.stringify(doc);
        const first = migrateV4toV5(doc);
        expect(JSON.stringify(doc)).toBe(before);
        expect(migrateV4toV5(doc)).toEqual(first);
        expect(PlanV5Schema.safeParse(first).success).toBe(true);
        expect(first).not.toBe(doc);
        expect(doc).not.toHaveProperty('stories');
        expect(doc.preferences).not.toHaveProperty('hiddenQuestionIds');
      }),
      { numRuns: 150 },
    );
  });

  it('loads a current plan (questions, stories and practice included) as current, unchanged', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        expect(migratePlan(JSON.parse(JSON.stringify(plan)))).toEqual({ kind: 'current', plan });
      }),
      { numRuns: 150 },
    );
  });

  it('brings a v3 plan through v4 to v5, keeping everything', () => {
    fc.assert(
      fc.property(arbitraryV3Plan(), (doc) => {
        const { plan, fromVersion } = migrated(doc);
        expect(fromVersion).toBe(3);
        expect(plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
        expect(plan.achievements).toEqual(doc.achievements);
        expect(plan.stories).toEqual([]);
        expect(migratePlan(JSON.parse(JSON.stringify(plan)))).toEqual({ kind: 'current', plan });
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a damaged v4 document with a message instead of guessing', () => {
    const outcome = migratePlan({ schemaVersion: 4, profile: {}, skills: [], certifications: [], milestones: [], achievements: [], listings: 'none', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' });
    expect(outcome.kind).toBe('invalid');
    expect(outcome.kind === 'invalid' && outcome.message).toMatch(/^The version 4 plan is not valid/);
  });
});
