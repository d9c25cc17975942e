import { z } from 'zod';
import { migratePlan, PLAN_COLLECTIONS, type Plan } from '../model';
import { isHlc, type Hlc } from './hlc';
import { DEVICE_ID_PATTERN } from './folder-files';
import type { SyncMeta } from './merge';

/**
 * One computer's file in the sync folder (docs/sync.md): its plan as an ordinary plan of its schema
 * version, and beside it the merge metadata. The metadata lives in this envelope, not in the plan:
 * stamps and tombstones are about files on several computers, so a backup, an exported .pmoplan.json
 * or a plan that never synced carries none of it, and the plan's schema does not change for it.
 */
export const DEVICE_FILE_FORMAT = 'pmo-pathway-device';
export const DEVICE_FILE_VERSION = 1;

const HlcSchema = z.custom<Hlc>(isHlc, 'Not a clock stamp.');

export const SyncMetaSchema = z.object({
  stamps: z.record(z.string().max(200), HlcSchema),
  fieldStamps: z.record(z.string().max(200), HlcSchema),
  tombstones: z.array(z.object({ collection: z.enum(PLAN_COLLECTIONS), id: z.string().min(1).max(100), at: HlcSchema })),
  seen: z.record(z.string().regex(DEVICE_ID_PATTERN), HlcSchema),
  history: z.record(z.string().max(200), z.record(z.string().regex(DEVICE_ID_PATTERN), HlcSchema)).optional(),
});

const EnvelopeSchema = z.object({
  format: z.literal(DEVICE_FILE_FORMAT),
  version: z.literal(DEVICE_FILE_VERSION),
  device: z.object({ id: z.string().regex(DEVICE_ID_PATTERN), name: z.string().min(1).max(60), appVersion: z.string().max(40) }),
  /** The writer's clock when it wrote this file. */
  clock: HlcSchema,
  plan: z.unknown(),
  sync: SyncMetaSchema,
});

export interface DeviceFile {
  device: { id: string; name: string; appVersion: string };
  clock: Hlc;
  plan: Plan;
  sync: SyncMeta;
}

/** Why a device file was passed over this time (it is read again at the next change or check). */
export type DeviceFileProblem = 'unfinished' | 'not-a-device-file' | 'newer-version' | 'damaged';

export type DeviceFileRead = { ok: true; file: DeviceFile; migratedFrom: number | null } | { ok: false; problem: DeviceFileProblem; words: string };

/** The device file as a JSON value (what sync-state.json keeps inside itself). */
export function deviceFileDocument(file: DeviceFile): Record<string, unknown> {
  return { format: DEVICE_FILE_FORMAT, version: DEVICE_FILE_VERSION, ...file };
}

export function serializeDeviceFile(file: DeviceFile): string {
  return JSON.stringify(deviceFileDocument(file));
}

/**
 * Read one device file's text. A file a sync service is still writing is usually cut short, so text
 * that does not parse is 'unfinished', not damage; a plan from a newer app is left for that app.
 */
export function readDeviceFile(text: string, computer: string): DeviceFileRead {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'unfinished', words: `The file from ${computer} is not complete yet (still arriving, or cut short); it is read again when it changes.` };
  }
  return readDeviceFileDocument(doc, computer);
}

/** readDeviceFile for a value already parsed (a device file kept inside another JSON file). */
export function readDeviceFileDocument(doc: unknown, computer: string): DeviceFileRead {
  const envelope = EnvelopeSchema.safeParse(doc);
  if (!envelope.success) return { ok: false, problem: 'not-a-device-file', words: `The file from ${computer} is not a PMO Pathway plan file; it was left as it is.` };
  const migrated = migratePlan(envelope.data.plan);
  if (migrated.kind === 'newer') {
    return { ok: false, problem: 'newer-version', words: `${envelope.data.device.name} uses a newer PMO Pathway (plan version ${migrated.version}). Update this one to see its changes.` };
  }
  if (migrated.kind === 'invalid') return { ok: false, problem: 'damaged', words: `The plan from ${envelope.data.device.name} could not be read (${migrated.message}); it was left as it is.` };
  const { device, clock, sync } = envelope.data;
  return { ok: true, file: { device, clock, plan: migrated.plan, sync }, migratedFrom: migrated.kind === 'migrated' ? migrated.fromVersion : null };
}
