import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PLAN_SCHEMA_VERSION, createEmptyPlan, describeIssues, migratePlan, readSchemaVersion } from '../../../shared/model';
import { PlanV1Schema, migrateV1toV2 } from '../../../shared/model/versions/v1';

const v1 = {
  schemaVersion: 1,
  targetRole: 'PMO lead',
  milestones: [
    { id: 'a', title: 'Pass PRINCE2', done: true, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-02-03T10:00:00.000Z' },
    // Every date differs from every other, so a step that copies one date into another field shows.
    { id: 'b', title: 'Shadow the PMO', done: false, createdAt: '2024-01-02T00:00:00.000Z', updatedAt: '2024-01-05T08:30:00.000Z' },
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
    // Every field the v1 step carries over (later steps add fields of their own, so this is not toEqual).
    expect(outcome.plan.milestones).toHaveLength(2);
    expect(outcome.plan.milestones[0]).toMatchObject({
      id: 'a', title: 'Pass PRINCE2', notes: '', status: 'done', completedOn: '2024-02-03',
      createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-02-03T10:00:00.000Z',
    });
    expect(outcome.plan.milestones[1]).toMatchObject({
      id: 'b', title: 'Shadow the PMO', notes: '', status: 'todo', completedOn: null,
      createdAt: '2024-01-02T00:00:00.000Z', updatedAt: '2024-01-05T08:30:00.000Z',
    });
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

describe('migrateV1toV2 (the v1 -> v2 step on its own)', () => {
  it('produces exactly the v2 document: every v1 field carried over, nothing else invented', () => {
    // The step's output is frozen like its input (later versions have their own steps), so an exact
    // comparison is stable and catches a field copied from the wrong place or dropped.
    expect(migrateV1toV2(PlanV1Schema.parse(v1))).toEqual({
      schemaVersion: 2,
      profile: { targetRole: 'PMO lead' },
      preferences: {},
      skills: [],
      certifications: [],
      milestones: [
        {
          id: 'a', title: 'Pass PRINCE2', notes: '', status: 'done', completedOn: '2024-02-03',
          createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-02-03T10:00:00.000Z',
        },
        {
          id: 'b', title: 'Shadow the PMO', notes: '', status: 'todo', completedOn: null,
          createdAt: '2024-01-02T00:00:00.000Z', updatedAt: '2024-01-05T08:30:00.000Z',
        },
      ],
      achievements: [],
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-02-03T10:00:00.000Z',
    });
  });

  it('keeps a title of exactly 200 characters whole, and shortens one of 201', () => {
    const fits = 't'.repeat(200);
    const over = 't'.repeat(201);
    const doc = PlanV1Schema.parse({ ...v1, milestones: [{ ...v1.milestones[1]!, title: fits }, { ...v1.milestones[1]!, id: 'c', title: over }] });
    const [kept, cut] = (migrateV1toV2(doc) as { milestones: { title: string; notes: string }[] }).milestones;
    expect(kept).toMatchObject({ title: fits, notes: '' });
    expect(cut).toMatchObject({ title: `${'t'.repeat(199)}…`, notes: `Full title: ${over}` });
  });

  it('trims the whitespace round a title that fits, without touching its notes', () => {
    const doc = PlanV1Schema.parse({ ...v1, milestones: [{ ...v1.milestones[1]!, title: '  Shadow the PMO\t ' }] });
    expect((migrateV1toV2(doc) as { milestones: unknown[] }).milestones[0]).toMatchObject({ title: 'Shadow the PMO', notes: '' });
  });

  it('shortens a long title at 199 characters even when an emoji sits earlier in it', () => {
    // Only a surrogate pair at the cut itself moves the cut; one elsewhere in the title does not.
    const title = `😀${'x'.repeat(250)}`;
    const doc = PlanV1Schema.parse({ ...v1, milestones: [{ ...v1.milestones[1]!, title }] });
    const [milestone] = (migrateV1toV2(doc) as { milestones: { title: string }[] }).milestones;
    expect(milestone!.title).toBe(`${title.slice(0, 199)}…`);
    expect(milestone!.title).toHaveLength(200);
  });

  it('keeps a target role of exactly 200 characters whole', () => {
    const role = 'r'.repeat(200);
    expect(migrateV1toV2(PlanV1Schema.parse({ ...v1, targetRole: role }))).toMatchObject({ profile: { targetRole: role } });
  });
});

describe('describeIssues: the message for a refused document', () => {
  const issues = (...list: { message: string; path?: (string | number)[] }[]) =>
    new z.ZodError(list.map(({ message, path = [] }) => ({ code: 'custom' as const, message, path, input: undefined })));

  it('gives a generic message its path, and our own messages as they are, each ending in one full stop', () => {
    expect(describeIssues(issues({ message: 'Invalid input', path: ['milestones', 0, 'title'] }), 'plan')).toBe(
      'The plan is not valid: Invalid input (at milestones.0.title).',
    );
    expect(describeIssues(issues({ message: 'Too big: expected at most 200', path: ['profile', 'name'] }), 'plan')).toBe(
      'The plan is not valid: Too big: expected at most 200 (at profile.name).',
    );
    expect(describeIssues(issues({ message: 'Keep the milestone title under 200 characters.', path: ['milestones', 0, 'title'] }), 'plan')).toBe(
      'The plan is not valid: Keep the milestone title under 200 characters.',
    );
    // Generic only when it starts that way; no path to add means nothing is added.
    expect(describeIssues(issues({ message: 'Not Invalid at all', path: ['x'] }), 'plan')).toBe('The plan is not valid: Not Invalid at all.');
    expect(describeIssues(issues({ message: 'Invalid input' }), 'plan')).toBe('The plan is not valid: Invalid input.');
    expect(describeIssues(issues({ message: 'Ends with a stop...' }), 'plan')).toBe('The plan is not valid: Ends with a stop...');
  });

  it('lists at most three issues and counts the rest', () => {
    const three = issues({ message: 'One.' }, { message: 'Two.' }, { message: 'Three.' });
    expect(describeIssues(three, 'version 1 plan')).toBe('The version 1 plan is not valid: One. Two. Three.');
    const five = issues({ message: 'One.' }, { message: 'Two.' }, { message: 'Three.' }, { message: 'Four.' }, { message: 'Five.' });
    expect(describeIssues(five, 'plan')).toBe('The plan is not valid: One. Two. Three. …and 2 more.');
    expect(describeIssues(five, 'plan', 1)).toBe('The plan is not valid: One. …and 4 more.');
  });
});

describe('readSchemaVersion', () => {
  it('reads an integer version and nothing else', () => {
    expect(readSchemaVersion({ schemaVersion: 3 })).toBe(3);
    expect(readSchemaVersion({ schemaVersion: '2' })).toBeNull();
    expect(readSchemaVersion(undefined)).toBeNull();
  });
});
