import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION, createEmptyPlan, migratePlan, readSchemaVersion } from '../../../shared/model';

const v1 = {
  schemaVersion: 1,
  targetRole: 'PMO lead',
  milestones: [
    { id: 'a', title: 'Pass PRINCE2', done: true, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-02-03T10:00:00.000Z' },
    { id: 'b', title: 'Shadow the PMO', done: false, createdAt: '2024-01-02T00:00:00.000Z', updatedAt: '2024-01-02T00:00:00.000Z' },
  ],
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-02-03T10:00:00.000Z',
};

function migrated(doc: unknown) {
  const outcome = migratePlan(doc);
  if (outcome.kind !== 'migrated') throw new Error(`expected migrated, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('migratePlan', () => {
  it('brings a v1 plan up to the current version, keeping its strings and dates', () => {
    const outcome = migrated(v1);
    expect(outcome.fromVersion).toBe(1);
    expect(outcome.plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(outcome.plan.profile.targetRole).toBe('PMO lead');
    expect(outcome.plan.milestones).toEqual([
      expect.objectContaining({ id: 'a', title: 'Pass PRINCE2', status: 'done', completedOn: '2024-02-03', createdAt: v1.milestones[0]!.createdAt }),
      expect.objectContaining({ id: 'b', title: 'Shadow the PMO', status: 'todo', completedOn: null }),
    ]);
    expect(outcome.plan).toMatchObject({ createdAt: v1.createdAt, updatedAt: v1.updatedAt, skills: [], certifications: [], achievements: [] });
  });

  it('opens a v1 plan whose titles do not fit v2, keeping an over-long title in the notes', () => {
    const long = `Run ${'the portfolio board '.repeat(20)}`.trim();
    const doc = { ...v1, milestones: [{ ...v1.milestones[0]!, title: '   ' }, { ...v1.milestones[1]!, title: long }] };
    const [blank, shortened] = migrated(doc).plan.milestones;
    expect(blank!.title).toBe('Untitled milestone');
    expect(shortened!.title).toHaveLength(200);
    expect(shortened!.title.endsWith('…')).toBe(true);
    expect(long.startsWith(shortened!.title.slice(0, -1))).toBe(true);
    expect(shortened!.notes).toBe(`Full title: ${long}`);
  });

  it('shortens a v1 target role over 200 characters rather than refusing the file', () => {
    const outcome = migrated({ ...v1, targetRole: 'r'.repeat(300) });
    expect(outcome.plan.profile.targetRole).toBe(`${'r'.repeat(199)}…`);
  });

  it('never splits an emoji when shortening', () => {
    const title = `${'x'.repeat(198)}😀 and more words`;
    const { title: shortened } = migrated({ ...v1, milestones: [{ ...v1.milestones[0]!, title }] }).plan.milestones[0]!;
    expect(shortened).toBe(`${'x'.repeat(198)}…`);
  });

  it('reports a current plan as current', () => {
    const plan = createEmptyPlan('2026-12-01T09:00:00.000Z');
    expect(migratePlan(plan)).toEqual({ kind: 'current', plan });
  });

  it('reports a plan from a newer version without touching it', () => {
    expect(migratePlan({ schemaVersion: PLAN_SCHEMA_VERSION + 1, anything: true })).toEqual({ kind: 'newer', version: PLAN_SCHEMA_VERSION + 1 });
  });

  it.each([
    ['null', null],
    ['an array', [1, 2]],
    ['a string', 'plan'],
    ['an object without a version', { targetRole: 'x' }],
    ['a fractional version', { schemaVersion: 1.5 }],
  ])('calls %s not a plan', (_label, doc) => {
    expect(migratePlan(doc)).toEqual({ kind: 'invalid', message: 'This is not a PMO Pathway plan (it has no schema version).' });
  });

  it('refuses version 0 and a malformed v1 or v2 document, saying why', () => {
    expect(migratePlan({ schemaVersion: 0 })).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/version 0 does not exist/) });
    const badV1 = migratePlan({ ...v1, milestones: 'none' });
    expect(badV1).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/^The version 1 plan is not valid/) });
    const badV2 = migratePlan({ ...createEmptyPlan('2026-12-01T09:00:00.000Z'), skills: [{ id: 'has space' }] });
    expect(badV2).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/^The plan is not valid/) });
  });
});

describe('readSchemaVersion', () => {
  it('reads an integer version and nothing else', () => {
    expect(readSchemaVersion({ schemaVersion: 3 })).toBe(3);
    expect(readSchemaVersion({ schemaVersion: '2' })).toBeNull();
    expect(readSchemaVersion(undefined)).toBeNull();
  });
});
