import fc from 'fast-check';
import {
  PLAN_FILE_FORMAT,
  PLAN_FILE_FORMAT_VERSION,
  PLAN_SCHEMA_VERSION,
  PlanSchema,
  createEmptyPlan,
  createPlanFile,
  migratePlan,
  parsePlanFile,
  type Plan,
} from '../../../shared/model';
import { arbitraryPlan } from '../../support/arbitraries';
import { arbitraryV1Plan } from '../../support/arbitrary-old-plans';
import { milestone, planWith } from '../../support/plan-builders';

/**
 * The whole-plan file (.pmoplan.json): what export writes and what import accepts. parsePlanFile is the
 * gate an imported file passes before it can replace anyone's plan, so it is tested with every refusal
 * and with arbitrary input.
 */

const EXPORTED_AT = '2026-03-02T09:30:00.000Z';
const PLAN = planWith({ milestones: [milestone({ id: 'm1', title: 'Shadow a portfolio review' })] });
const V1 = {
  schemaVersion: 1,
  targetRole: 'PMO Analyst',
  milestones: [{ id: 'm1', title: 'Shadow the PMO', done: true, createdAt: '2025-01-01T10:00:00.000Z', updatedAt: '2025-02-03T11:00:00.000Z' }],
  createdAt: '2025-01-01T10:00:00.000Z',
  updatedAt: '2025-02-03T11:00:00.000Z',
};

const envelope = (plan: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: PLAN_FILE_FORMAT, formatVersion: PLAN_FILE_FORMAT_VERSION, exportedAt: EXPORTED_AT, appVersion: '1.2.3', plan, ...extra });

function refusedWith(content: string): string {
  const parsed = parsePlanFile(content);
  if (parsed.ok) throw new Error('Expected the file to be refused.');
  return parsed.message;
}

const NOT_JSON = 'This file is not a PMO Pathway plan: it is not valid JSON (it may be damaged or truncated).';
const NOT_A_PLAN = 'This file is not a PMO Pathway plan.';
const NEWER_FORMAT = 'This plan file was made by a newer version of PMO Pathway. Update the app to import it.';
const forbidden = (key: string) => `This file contains a key that is not allowed ("${key}"), so it was not imported.`;

describe('createPlanFile', () => {
  it('wraps the plan in a versioned envelope, readable JSON ending in a newline', () => {
    const content = createPlanFile(PLAN, EXPORTED_AT, '1.2.3');
    expect(JSON.parse(content)).toEqual({ format: 'pmo-pathway-plan', formatVersion: 1, exportedAt: EXPORTED_AT, appVersion: '1.2.3', plan: PLAN });
    expect(content.endsWith('}\n')).toBe(true);
    expect(content.startsWith('{\n  "format": "pmo-pathway-plan",\n  "formatVersion": 1,')).toBe(true);
  });
});

describe('parsePlanFile: files it accepts', () => {
  it('round-trips an exported plan exactly', () => {
    expect(parsePlanFile(createPlanFile(PLAN, EXPORTED_AT, '1.2.3'))).toEqual({ ok: true, plan: PLAN, exportedAt: EXPORTED_AT, migratedFromVersion: null });
  });

  it('round-trips any valid plan (property)', () => {
    fc.assert(
      fc.property(arbitraryPlan({ maxItems: 4 }), (plan: Plan) => {
        expect(parsePlanFile(createPlanFile(plan, EXPORTED_AT, '9.9.9'))).toEqual({ ok: true, plan, exportedAt: EXPORTED_AT, migratedFromVersion: null });
      }),
      { numRuns: 60 },
    );
  });

  it('accepts a bare plan document (a copied plan.json or a backup), with no export date', () => {
    expect(parsePlanFile(JSON.stringify(PLAN, undefined, '\t'))).toEqual({ ok: true, plan: PLAN, exportedAt: null, migratedFromVersion: null });
  });

  it('migrates a version 1 plan inside an envelope and says so', () => {
    const expected = migratePlan(V1);
    if (expected.kind !== 'migrated') throw new Error('the v1 fixture should migrate');
    const parsed = parsePlanFile(envelope(V1));
    expect(parsed).toEqual({ ok: true, plan: expected.plan, exportedAt: EXPORTED_AT, migratedFromVersion: 1 });
    if (!parsed.ok) return;
    expect(parsed.plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(parsed.plan.profile.targetRole).toBe('PMO Analyst');
    expect(parsed.plan.milestones.map((m) => [m.id, m.status, m.completedOn])).toEqual([['m1', 'done', '2025-02-03']]);
  });

  it('migrates a bare version 1 document too', () => {
    expect(parsePlanFile(JSON.stringify(V1))).toMatchObject({ ok: true, exportedAt: null, migratedFromVersion: 1 });
  });

  it('migrates any valid version 1 document to a valid current plan (property)', () => {
    fc.assert(
      fc.property(arbitraryV1Plan(), (v1) => {
        const parsed = parsePlanFile(envelope(v1));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) {
          expect(parsed.migratedFromVersion).toBe(1);
          expect(PlanSchema.safeParse(parsed.plan).success).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('accepts a byte-order mark a text editor may add', () => {
    expect(parsePlanFile(`\uFEFF${createPlanFile(PLAN, EXPORTED_AT, '1.2.3')}`)).toMatchObject({ ok: true, plan: PLAN });
    expect(parsePlanFile(`\uFEFF${JSON.stringify(PLAN)}`)).toMatchObject({ ok: true, plan: PLAN });
  });

  it('treats a missing or non-text export date as unknown rather than refusing the file', () => {
    expect(parsePlanFile(envelope(PLAN, { exportedAt: undefined }))).toMatchObject({ ok: true, exportedAt: null });
    expect(parsePlanFile(envelope(PLAN, { exportedAt: 12 }))).toMatchObject({ ok: true, exportedAt: null });
  });
});

describe('parsePlanFile: what it refuses, and the message for each', () => {
  const valid = createPlanFile(PLAN, EXPORTED_AT, '1.2.3');

  it.each([
    ['an empty file', ''],
    ['a truncated file', valid.slice(0, Math.floor(valid.length / 2))],
    ['a file cut one character short', valid.trimEnd().slice(0, -1)],
    ['text that is not JSON', 'PMO Pathway plan\nname: Alex'],
    ['a byte-order mark in the middle', `{"format":\uFEFF"pmo-pathway-plan"}`],
    ['JSON with a trailing comma', '{"format":"pmo-pathway-plan",}'],
  ])('%s: not valid JSON', (_label, content) => {
    expect(refusedWith(content)).toBe(NOT_JSON);
  });

  it.each([
    ['null', 'null'],
    ['an array', '[1,2,3]'],
    ['a number', '42'],
    ['a string', '"plan"'],
    ['another format', envelope(PLAN, { format: 'someone-elses-plan' })],
    ['a format that is not text', envelope(PLAN, { format: 1 })],
  ])('%s: not a PMO Pathway plan', (_label, content) => {
    expect(refusedWith(content)).toBe(NOT_A_PLAN);
  });

  it('a newer file format: asks to update the app', () => {
    expect(refusedWith(envelope(PLAN, { formatVersion: PLAN_FILE_FORMAT_VERSION + 1 }))).toBe(NEWER_FORMAT);
  });

  it('a file of this format without a usable format version is refused as damaged, not as newer', () => {
    for (const formatVersion of [undefined, '1', 0, -1, 1.5]) {
      expect(refusedWith(envelope(PLAN, { formatVersion })), String(formatVersion)).toBe('This plan file is damaged: its format version is missing or not valid.');
    }
  });

  it('a plan saved by a newer version of the app: names the version and asks to update', () => {
    const newer = { ...PLAN, schemaVersion: PLAN_SCHEMA_VERSION + 1 };
    const message = `This plan was saved by a newer version of PMO Pathway (format ${PLAN_SCHEMA_VERSION + 1}). Update the app to import it.`;
    expect(refusedWith(envelope(newer))).toBe(message);
    expect(refusedWith(JSON.stringify(newer))).toBe(message);
  });

  it.each([
    ['at the top', '{"__proto__":{"polluted":true},"format":"pmo-pathway-plan"}', '__proto__'],
    ['inside the plan', envelope(PLAN).replace('"profile": {', '"profile": {"__proto__": {"isAdmin": true},').replace('"profile":{', '"profile":{"__proto__":{"isAdmin":true},'), '__proto__'],
    ['inside a list item', envelope({ ...PLAN, milestones: [{ constructor: { prototype: { polluted: true } } }] }), 'prototype'],
    ['named constructor', envelope(PLAN, { constructor: {} }), 'constructor'],
    ['named prototype', envelope(PLAN, { prototype: 1 }), 'prototype'],
    ['in a bare plan', JSON.stringify(PLAN).replace('{', '{"constructor":1,'), 'constructor'],
  ])('a key that could reach a prototype, %s', (_label, content, key) => {
    expect(content).toContain(`"${key}"`);
    expect(refusedWith(content)).toBe(forbidden(key));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('allows those words as values: only keys are refused', () => {
    const plan = planWith({ milestones: [milestone({ id: 'm1', title: '__proto__ constructor prototype' })] });
    expect(parsePlanFile(createPlanFile(plan, EXPORTED_AT, '1'))).toMatchObject({ ok: true, plan });
  });

  it('a plan that breaks the schema: says what is wrong', () => {
    const broken = { ...createEmptyPlan(EXPORTED_AT), milestones: [{ id: 'm1', title: 42 }] };
    const message = refusedWith(envelope(broken));
    expect(message).toMatch(/^The plan is not valid: /);
    expect(message).not.toMatch(/ZodError|\n\s+at |\{"/);
  });

  it('a version 1 plan that breaks its own schema: says which version', () => {
    expect(refusedWith(envelope({ ...V1, milestones: [{ id: 'm1' }] }))).toMatch(/^The version 1 plan is not valid: /);
  });

  it.each([
    ['no plan at all', envelope(undefined)],
    ['a plan that is not an object', envelope('my plan')],
    ['a plan with no schema version', envelope({ profile: {} })],
  ])('an envelope with %s', (_label, content) => {
    expect(refusedWith(content)).toBe('This is not a PMO Pathway plan (it has no schema version).');
  });

  it('schema version 0 does not exist', () => {
    expect(refusedWith(envelope({ ...PLAN, schemaVersion: 0 }))).toBe('Plan schema version 0 does not exist.');
  });
});

describe('parsePlanFile: files other tools made, refused for the real reason', () => {
  const TOO_DEEP = 'This file is not a PMO Pathway plan: it nests data more than 100 levels deep, far deeper than any plan.';
  const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

  // What failed before: JSON.parse copes with any depth, but the reviver that refuses __proto__ keys
  // recursed, and overflowed the stack from about 5,000 levels: "not valid JSON".
  it.each([10_000, 100_000])('%i nested arrays, alone or inside a valid envelope', (depth) => {
    expect(refusedWith(deep(depth))).toBe(TOO_DEEP);
    expect(refusedWith(createPlanFile(PLAN, EXPORTED_AT, '1.2.3').replace('"plan": {', `"extra": ${deep(depth)},\n  "plan": {`))).toBe(TOO_DEEP);
  });

  it('nesting up to the limit is not refused for it (an unknown field is dropped, the plan accepted)', () => {
    const parsed = parsePlanFile(createPlanFile(PLAN, EXPORTED_AT, '1.2.3').replace('"plan": {', `"extra": ${deep(98)},\n  "plan": {`));
    expect(parsed).toMatchObject({ ok: true, plan: PLAN });
  });

  it('UTF-16 text that reached it undecoded (read as UTF-8 or Latin-1) is named as UTF-16', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(createPlanFile(PLAN, EXPORTED_AT, '1.2.3'), 'utf16le')]);
    const message = 'This file is saved as UTF-16 text, which could not be read here: save it as UTF-8 and import it again.';
    expect(refusedWith(bytes.toString('utf8'))).toBe(message);
    expect(refusedWith(bytes.toString('latin1'))).toBe(message);
  });
});

describe('parsePlanFile never throws', () => {
  const check = (content: string) => {
    let parsed: ReturnType<typeof parsePlanFile>;
    expect(() => (parsed = parsePlanFile(content))).not.toThrow();
    if (parsed!.ok) {
      expect(PlanSchema.safeParse(parsed!.plan).success).toBe(true);
    } else {
      expect(typeof parsed!.message).toBe('string');
      expect(parsed!.message.length).toBeGreaterThan(0);
      expect(parsed!.message).not.toMatch(/\n\s+at /);
    }
  };

  it('for any text', () => fc.assert(fc.property(fc.string({ unit: 'binary' }), check), { numRuns: 300 }));
  it('for any JSON', () => fc.assert(fc.property(fc.json(), check), { numRuns: 300 }));
  it('for any value serialised', () => fc.assert(fc.property(fc.anything(), (value) => check(String(JSON.stringify(value)))), { numRuns: 300 }));
  it('for any value wrapped in a plausible envelope', () =>
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (formatVersion, plan) =>
        check(JSON.stringify({ format: PLAN_FILE_FORMAT, formatVersion, plan }) ?? ''),
      ),
      { numRuns: 300 },
    ));
});
