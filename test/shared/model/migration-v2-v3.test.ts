import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION, migratePlan } from '../../../shared/model';
import { migrateV2toV3, type PlanV2 } from '../../../shared/model/versions/v2';
import { PlanV3Schema } from '../../../shared/model/versions/v3';
import { arbitraryV2Plan } from '../../support/arbitrary-old-plans';

const STARTER_FOLLOWS: Record<string, string> = {
  'starter-choose-certification': 'certification-chosen',
  'starter-sit-certification-exam': 'certification-passed',
};

function migrated(doc: PlanV2) {
  const outcome = migratePlan(JSON.parse(JSON.stringify(doc)));
  if (outcome.kind !== 'migrated') throw new Error(`expected a migration, got ${outcome.kind}: ${'message' in outcome ? outcome.message : ''}`);
  return outcome;
}

describe('migration v2 -> v3', () => {
  it('loses nothing: every field of every item and of the profile comes through unchanged', () => {
    fc.assert(
      fc.property(arbitraryV2Plan(), (doc) => {
        const outcome = migrated(doc);
        expect(outcome.fromVersion).toBe(2);
        const plan = outcome.plan;
        expect(plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
        expect(plan.profile).toEqual({ ...doc.profile, email: '', phone: '', location: '', link: '', summary: '' });
        expect(plan.preferences).toEqual({ ...doc.preferences, hiddenQuestionIds: [], userWords: [], english: null });
        expect(plan.skills).toEqual(doc.skills);
        expect(plan.certifications).toEqual(doc.certifications);
        // Achievements keep every field but the two texts, which now live in their role.
        expect(plan.achievements.map(({ roleId: _r, ...a }) => a)).toEqual(doc.achievements.map(({ organisation: _o, role: _t, ...a }) => a));
        expect(plan.createdAt).toBe(doc.createdAt);
        expect(plan.updatedAt).toBe(doc.updatedAt);
        // Milestones gain one field and keep every other one, in order.
        expect(plan.milestones.map(({ follows: _f, ...m }) => m)).toEqual(doc.milestones);
      }),
      { numRuns: 150 },
    );
  });

  it('turns each distinct (organisation, role) pair into one role, and links every achievement to its own', () => {
    fc.assert(
      fc.property(arbitraryV2Plan(), (doc) => {
        const { plan } = migrated(doc);
        const rolesById = new Map(plan.roles.map((r) => [r.id, r]));
        doc.achievements.forEach((before, index) => {
          const after = plan.achievements[index]!;
          const org = before.organisation.trim();
          const title = before.role.trim();
          if (org === '' && title === '') return expect(after.roleId).toBeNull();
          const role = rolesById.get(after.roleId!)!;
          expect({ organisation: role.organisation, title: role.title }).toEqual({ organisation: org, title });
          expect(role).toMatchObject({ startMonth: null, endMonth: null, current: false, location: '', summary: '' });
        });
        const pairs = new Set(doc.achievements.map((a) => JSON.stringify([a.organisation.trim(), a.role.trim()])).filter((k) => k !== '["",""]'));
        expect(plan.roles).toHaveLength(pairs.size);
        // Every role holds at least one achievement: none is invented.
        for (const role of plan.roles) expect(plan.achievements.some((a) => a.roleId === role.id)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('tells the person once, in words, what became of their organisations and roles', () => {
    const base = { schemaVersion: 2, profile: {}, skills: [], certifications: [], milestones: [], createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
    const achievement = (id: string, organisation: string, role: string) => ({ id, title: id, organisation, role, createdAt: base.createdAt, updatedAt: base.createdAt });
    const outcome = migratePlan({ ...base, achievements: [achievement('a', 'Acme', 'BA'), achievement('b', ' Acme ', 'BA'), achievement('c', 'Northwind', ''), achievement('d', '', '')] });
    expect(outcome.kind === 'migrated' && outcome.notes).toEqual([
      'The organisations and roles on your achievements are now 2 roles in your work history (Settings). Add their start and end months so your CV shows when you did each.',
    ]);
    expect(outcome.kind === 'migrated' && outcome.plan.roles.map((r) => [r.organisation, r.title])).toEqual([['Acme', 'BA'], ['Northwind', '']]);
    const none = migratePlan({ ...base, achievements: [achievement('d', '', '')] });
    expect(none.kind === 'migrated' && none.notes).toEqual([]);
  });

  it('makes the two starter certification steps follow their certification, and no other milestone', () => {
    fc.assert(
      fc.property(arbitraryV2Plan(), (doc) => {
        for (const milestone of migrated(doc).plan.milestones) expect(milestone.follows).toBe(Object.hasOwn(STARTER_FOLLOWS, milestone.id) ? STARTER_FOLLOWS[milestone.id] : null);
      }),
      { numRuns: 150 },
    );
  });

  it('is pure: the input is untouched and the same input gives the same output', () => {
    fc.assert(
      fc.property(arbitraryV2Plan(), (doc) => {
        const before = JSON.stringify(doc);
        const first = migrateV2toV3(doc);
        expect(JSON.stringify(doc)).toBe(before);
        expect(migrateV2toV3(doc)).toEqual(first);
        // The step's output is a valid v3 plan (the frozen schema the next step reads).
        expect(PlanV3Schema.safeParse(first).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('gives a milestone whose id is an Object.prototype name ("constructor") no rule', () => {
    const doc = { schemaVersion: 2, profile: {}, skills: [], certifications: [], achievements: [], createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
    const milestone = (id: string) => ({ id, title: 'x', createdAt: doc.createdAt, updatedAt: doc.updatedAt });
    const outcome = migratePlan({ ...doc, milestones: ['constructor', 'toString', '__proto__'].map(milestone) });
    expect(outcome.kind === 'migrated' && outcome.plan.milestones.map((m) => m.follows)).toEqual([null, null, null]);
  });

  it('refuses a damaged v2 document with a message instead of guessing', () => {
    const outcome = migratePlan({ schemaVersion: 2, profile: {}, skills: 'none', certifications: [], milestones: [], achievements: [], createdAt: 'x', updatedAt: 'y' });
    expect(outcome.kind).toBe('invalid');
    expect(outcome.kind === 'invalid' && outcome.message).toMatch(/^The version 2 plan is not valid/);
  });
});
