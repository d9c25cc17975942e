import type { z } from 'zod';
import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from './plan';
import { PlanV1Schema, migrateV1toV2 } from './versions/v1';
import { PlanV2Schema, describeV2toV3, migrateV2toV3 } from './versions/v2';
import { PlanV3Schema, migrateV3toV4 } from './versions/v3';
import { PlanV4Schema, migrateV4toV5 } from './versions/v4';
import { PlanV5Schema, migrateV5toV6 } from './versions/v5';

/**
 * The one migration scheme of the app: a pure chain v1 -> v2 -> ... run by main on load and on import.
 * Each step parses its input with that version's frozen schema, so a step never sees a malformed doc.
 * A document from a newer version is reported, never downgraded.
 */

interface MigrationStep {
  from: number;
  schema: z.ZodType;
  up: (doc: never) => unknown;
  /** What the person should be told once this step has changed their plan; null when nothing to say. */
  describe?: (doc: never) => string | null;
}

const STEPS: readonly MigrationStep[] = [
  { from: 1, schema: PlanV1Schema, up: migrateV1toV2 },
  { from: 2, schema: PlanV2Schema, up: migrateV2toV3, describe: describeV2toV3 },
  { from: 3, schema: PlanV3Schema, up: migrateV3toV4 },
  { from: 4, schema: PlanV4Schema, up: migrateV4toV5 },
  { from: 5, schema: PlanV5Schema, up: migrateV5toV6 },
];

export type MigrationOutcome =
  | { kind: 'current'; plan: Plan }
  | { kind: 'migrated'; plan: Plan; fromVersion: number; notes: string[] }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; message: string };

/** Read the schemaVersion of an unknown document, or null if it has none. */
export function readSchemaVersion(doc: unknown): number | null {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return null;
  const version = (doc as { schemaVersion?: unknown }).schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) ? version : null;
}

/** Bring any stored plan document up to the current version, or say why it cannot be. */
export function migratePlan(doc: unknown): MigrationOutcome {
  const version = readSchemaVersion(doc);
  if (version === null) return { kind: 'invalid', message: 'This is not a PMO Pathway plan (it has no schema version).' };
  if (version > PLAN_SCHEMA_VERSION) return { kind: 'newer', version };
  if (version < 1) return { kind: 'invalid', message: `Plan schema version ${version} does not exist.` };

  let current: unknown = doc;
  const notes: string[] = [];
  for (const step of STEPS.filter((s) => s.from >= version)) {
    const parsed = step.schema.safeParse(current);
    if (!parsed.success) return { kind: 'invalid', message: describeIssues(parsed.error, `version ${step.from} plan`) };
    const note = step.describe?.(parsed.data as never);
    if (note) notes.push(note);
    current = step.up(parsed.data as never);
  }
  const parsed = PlanSchema.safeParse(current);
  if (!parsed.success) return { kind: 'invalid', message: describeIssues(parsed.error, 'plan') };
  return version === PLAN_SCHEMA_VERSION
    ? { kind: 'current', plan: parsed.data }
    : { kind: 'migrated', plan: parsed.data, fromVersion: version, notes };
}

/**
 * A short, human message from zod issues: the first few. Our own messages already name the field
 * ("Keep the milestone title under 200 characters."); zod's generic ones get the path so they can be traced.
 */
export function describeIssues(error: z.ZodError, what: string, max = 3): string {
  const parts = error.issues.slice(0, max).map((issue) => {
    const generic = /^(Invalid|Too (big|small)|Expected|Unrecognized)/.test(issue.message);
    const where = generic && issue.path.length ? ` (at ${issue.path.join('.')})` : '';
    return `${issue.message.replace(/\.$/, '')}${where}.`;
  });
  const more = error.issues.length > max ? ` …and ${error.issues.length - max} more.` : '';
  return `The ${what} is not valid: ${parts.join(' ')}${more}`;
}
