import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION, PlanSchema, migratePlan } from '../../../shared/model';
import { migrateV3toV4, type PlanV3 } from '../../../shared/model/versions/v3';
import { PlanV4Schema } from '../../../shared/model/versions/v4';
import { arbitraryPlan } from '../../support/arbitraries';
import { arbitraryV1Plan, arbitraryV3Plan } from '../../support/arbitrary-old-plans';

const V3_COLLECTIONS = ['skills', 'certifications', 'milestones', 'achievements', 'roles'] as const;

function migrated(doc: PlanV3) {
  const outcome = migratePlan(JSON.parse(JSON.stringify(doc)));
  if (outcome.kind !== 'migrated') throw new Error(`expected a migration, got ${outcome.kind}: ${'message' in outcome ? outcome.message : ''}`);
  return outcome;
}

describe('migration v3 -> v4', () => {
  it('loses nothing: the profile, preferences, every item of every collection and the dates come through unchanged', () => {
    fc.assert(
      fc.property(arbitraryV3Plan(), (doc) => {
        const outcome = migrated(doc);
        expect(outcome.fromVersion).toBe(3);
        const plan = outcome.plan;
        expect(plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
        expect(plan.profile).toEqual(doc.profile);
        expect(plan.preferences).toEqual({ ...doc.preferences, hiddenQuestionIds: [], userWords: [], english: null });
        for (const collection of V3_COLLECTIONS) expect(plan[collection]).toEqual(doc[collection]);
        expect(plan.createdAt).toBe(doc.createdAt);
        expect(plan.updatedAt).toBe(doc.updatedAt);
        // The two new collections start empty, and there is nothing to tell the person.
        expect(plan.listings).toEqual([]);
        expect(plan.termMappings).toEqual([]);
        expect(outcome.notes).toEqual([]);
        // Nothing else was added: the step's output is the v3 document plus the two empty collections.
        expect(migrateV3toV4(doc)).toEqual({ ...doc, schemaVersion: 4, listings: [], termMappings: [] });
      }),
      { numRuns: 150 },
    );
  });

  it('is pure: the input is untouched, the same input gives the same output, and the output is a valid plan', () => {
    fc.assert(
      fc.property(arbitraryV3Plan(), (doc) => {
        const before = JSON.stringify(doc);
        const first = migrateV3toV4(doc);
        expect(JSON.stringify(doc)).toBe(before);
        expect(migrateV3toV4(doc)).toEqual(first);
        // A valid v4 document, which loads as a valid current plan.
        expect(PlanV4Schema.safeParse(first).success).toBe(true);
        expect(migratePlan(first).kind).toBe('migrated');
        // The output is a new document, not the input changed in place.
        expect(first).not.toBe(doc);
        expect(doc.schemaVersion).toBe(3);
        expect(doc).not.toHaveProperty('listings');
      }),
      { numRuns: 150 },
    );
  });

  it('loads a current plan as current, unchanged (listings and term mappings included)', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        const outcome = migratePlan(JSON.parse(JSON.stringify(plan)));
        expect(outcome).toEqual({ kind: 'current', plan });
      }),
      { numRuns: 150 },
    );
  });

  it('loads the plan a migration produced as current, unchanged', () => {
    fc.assert(
      fc.property(arbitraryV3Plan(), (doc) => {
        const { plan } = migrated(doc);
        expect(migratePlan(JSON.parse(JSON.stringify(plan)))).toEqual({ kind: 'current', plan });
      }),
      { numRuns: 150 },
    );
  });

  it('brings a v1 document all the way to the current version', () => {
    const v1 = {
      schemaVersion: 1 as const,
      targetRole: 'PMO lead',
      milestones: [
        { id: 'a', title: 'Pass PRINCE2', done: true, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-02-03T10:00:00.000Z' },
        { id: 'b', title: 'Shadow the PMO', done: false, createdAt: '2024-01-02T00:00:00.000Z', updatedAt: '2024-01-05T08:30:00.000Z' },
      ],
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-02-03T10:00:00.000Z',
    };
    const outcome = migratePlan(v1);
    if (outcome.kind !== 'migrated') throw new Error(`expected a migration, got ${outcome.kind}`);
    expect(outcome.fromVersion).toBe(1);
    expect(outcome.plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(outcome.plan.listings).toEqual([]);
    expect(outcome.plan.termMappings).toEqual([]);
    expect(outcome.plan.profile.targetRole).toBe('PMO lead');
    expect(outcome.plan.milestones.map((m) => [m.id, m.title, m.status, m.completedOn])).toEqual([
      ['a', 'Pass PRINCE2', 'done', '2024-02-03'],
      ['b', 'Shadow the PMO', 'todo', null],
    ]);
    expect(PlanSchema.safeParse(outcome.plan).success).toBe(true);
  });

  it('brings any v1 document to a valid v4 plan with empty listings and term mappings', () => {
    fc.assert(
      fc.property(arbitraryV1Plan(), (v1) => {
        const outcome = migratePlan(JSON.parse(JSON.stringify(v1)));
        expect(outcome.kind).toBe('migrated');
        if (outcome.kind !== 'migrated') return;
        expect(outcome.fromVersion).toBe(1);
        expect(outcome.plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
        expect(outcome.plan.listings).toEqual([]);
        expect(outcome.plan.termMappings).toEqual([]);
        expect(outcome.plan.milestones.map((m) => m.id)).toEqual(v1.milestones.map((m) => m.id));
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a damaged v3 document with a message instead of guessing', () => {
    const outcome = migratePlan({ schemaVersion: 3, profile: {}, skills: [], certifications: [], milestones: 'none', achievements: [], createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' });
    expect(outcome.kind).toBe('invalid');
    expect(outcome.kind === 'invalid' && outcome.message).toMatch(/^The version 3 plan is not valid/);
  });
});
