import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION, PlanSchema, migratePlan } from '../../../shared/model';
import { migrateV5toV6, type PlanV5 } from '../../../shared/model/versions/v5';
import { arbitraryPlan } from '../../support/arbitraries';
import { arbitraryV4Plan, arbitraryV5Plan } from '../../support/arbitrary-old-plans';

const V5_COLLECTIONS = ['skills', 'certifications', 'milestones', 'achievements', 'roles', 'listings', 'termMappings', 'questions', 'stories', 'practiceSessions'] as const;

function migrated(doc: unknown) {
  const outcome = migratePlan(JSON.parse(JSON.stringify(doc)));
  if (outcome.kind !== 'migrated') throw new Error(`expected a migration, got ${outcome.kind}: ${'message' in outcome ? outcome.message : ''}`);
  return outcome;
}

describe('migration v5 -> v6', () => {
  it('loses nothing: the profile, preferences, every item of every collection and the dates come through unchanged', () => {
    fc.assert(
      fc.property(arbitraryV5Plan(), (doc) => {
        const outcome = migrated(doc);
        expect(outcome.fromVersion).toBe(5);
        const plan = outcome.plan;
        expect(plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
        expect(plan.profile).toEqual(doc.profile);
        // The hidden questions and the theme stay; the dictionary starts empty and the English follows the computer.
        expect(plan.preferences).toEqual({ ...doc.preferences, userWords: [], english: null });
        for (const collection of V5_COLLECTIONS) expect(plan[collection]).toEqual(doc[collection]);
        expect(plan.createdAt).toBe(doc.createdAt);
        expect(plan.updatedAt).toBe(doc.updatedAt);
        expect(outcome.notes).toEqual([]);
        expect(plan).toEqual({ ...doc, schemaVersion: 6, preferences: { ...doc.preferences, userWords: [], english: null } });
      }),
      { numRuns: 150 },
    );
  });

  it('is pure: the input is untouched, the same input gives the same output, and the output is a valid plan', () => {
    fc.assert(
      fc.property(arbitraryV5Plan(), (doc: PlanV5) => {
        const before = JSON.stringify(doc);
        const first = migrateV5toV6(doc);
        expect(JSON.stringify(doc)).toBe(before);
        expect(migrateV5toV6(doc)).toEqual(first);
        expect(PlanSchema.safeParse(first).success).toBe(true);
        expect(first).not.toBe(doc);
        expect(doc.preferences).not.toHaveProperty('userWords');
      }),
      { numRuns: 150 },
    );
  });

  it('loads a current plan (with its own dictionary and English) as current, unchanged', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        expect(migratePlan(JSON.parse(JSON.stringify(plan)))).toEqual({ kind: 'current', plan });
      }),
      { numRuns: 150 },
    );
  });

  it('brings a v4 plan through v5 to v6, keeping everything', () => {
    fc.assert(
      fc.property(arbitraryV4Plan(), (doc) => {
        const { plan, fromVersion } = migrated(doc);
        expect(fromVersion).toBe(4);
        expect(plan.schemaVersion).toBe(6);
        expect(plan.achievements).toEqual(doc.achievements);
        expect(plan.listings).toEqual(doc.listings);
        expect(plan.preferences).toEqual({ ...doc.preferences, hiddenQuestionIds: [], userWords: [], english: null });
      }),
      { numRuns: 100 },
    );
  });
});
