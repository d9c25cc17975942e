import { migratePlan } from './migrations';
import type { Plan } from './plan';
import { looksLikeMisreadUtf16, nestsDeeperThan, TOO_DEEP_REASON } from './plan-text';

/**
 * The whole-plan file (`.pmoplan.json`): a versioned envelope around the plan document, and the checks
 * an imported file passes before it can replace anyone's plan. Pure, so the same rules are property-
 * tested with arbitrary input. A plain plan document (a copied plan.json or a backup) is accepted too.
 */
export const PLAN_FILE_FORMAT = 'pmo-pathway-plan';
export const PLAN_FILE_FORMAT_VERSION = 1;

export interface PlanFileEnvelope {
  format: typeof PLAN_FILE_FORMAT;
  formatVersion: number;
  exportedAt: string;
  appVersion: string;
  plan: Plan;
}

export function createPlanFile(plan: Plan, exportedAt: string, appVersion: string): string {
  const envelope: PlanFileEnvelope = { format: PLAN_FILE_FORMAT, formatVersion: PLAN_FILE_FORMAT_VERSION, exportedAt, appVersion, plan };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

export type ParsedPlanFile =
  | { ok: true; plan: Plan; exportedAt: string | null; migratedFromVersion: number | null }
  | { ok: false; message: string };

/** Keys that could reach an object's prototype if a parsed file were ever merged into another object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKeyError extends Error {}

/** Never throws: every problem becomes a message fit to show. */
export function parsePlanFile(content: string): ParsedPlanFile {
  const text = content.replace(/^\uFEFF/, '');
  // Named before parsing: UTF-16 read as UTF-8 is "not JSON", and deep nesting overflowed the reviver's stack.
  if (looksLikeMisreadUtf16(text)) {
    return { ok: false, message: 'This file is saved as UTF-16 text, which could not be read here: save it as UTF-8 and import it again.' };
  }
  if (nestsDeeperThan(text)) return { ok: false, message: `This file is not a PMO Pathway plan: ${TOO_DEEP_REASON}.` };
  let doc: unknown;
  try {
    doc = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
      return value;
    });
  } catch (error) {
    if (error instanceof ForbiddenKeyError) {
      return { ok: false, message: `This file contains a key that is not allowed ("${error.message}"), so it was not imported.` };
    }
    return { ok: false, message: 'This file is not a PMO Pathway plan: it is not valid JSON (it may be damaged or truncated).' };
  }
  const envelope = readEnvelope(doc);
  if ('message' in envelope) return { ok: false, message: envelope.message };

  const outcome = migratePlan(envelope.planDoc);
  switch (outcome.kind) {
    case 'current':
      return { ok: true, plan: outcome.plan, exportedAt: envelope.exportedAt, migratedFromVersion: null };
    case 'migrated':
      return { ok: true, plan: outcome.plan, exportedAt: envelope.exportedAt, migratedFromVersion: outcome.fromVersion };
    case 'newer':
      return { ok: false, message: `This plan was saved by a newer version of PMO Pathway (format ${outcome.version}). Update the app to import it.` };
    case 'invalid':
      return { ok: false, message: outcome.message };
  }
}

function readEnvelope(doc: unknown): { planDoc: unknown; exportedAt: string | null } | { message: string } {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { message: 'This file is not a PMO Pathway plan.' };
  }
  const record = doc as Record<string, unknown>;
  if (record.format === undefined) return { planDoc: doc, exportedAt: null }; // a bare plan document
  if (record.format !== PLAN_FILE_FORMAT) return { message: 'This file is not a PMO Pathway plan.' };
  const version = record.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { message: 'This plan file is damaged: its format version is missing or not valid.' };
  }
  if (version > PLAN_FILE_FORMAT_VERSION) {
    return { message: 'This plan file was made by a newer version of PMO Pathway. Update the app to import it.' };
  }
  return { planDoc: record.plan, exportedAt: typeof record.exportedAt === 'string' ? record.exportedAt : null };
}
