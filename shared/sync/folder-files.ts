/**
 * What each file in the sync folder is, from its name alone (docs/sync.md, "The files"). Sync services
 * name their conflict copies in their own ways, and in the person's language ("conflicted copy",
 * "Konfliktkopie", " (1)", " 2", "-LAPTOP-7", ".sync-conflict-20261201-101500-ABCDEFG"), so a conflict
 * copy is recognised by what they all share: it begins with a device file's name before its extension,
 * has something added, and still ends in ".json".
 */

/** 16 lower-case base-32 characters (80 random bits): unique per installation without any registry. */
export const DEVICE_ID_PATTERN = /^[a-z2-7]{16}$/;

export type FolderFile =
  | { kind: 'device'; deviceId: string }
  | { kind: 'conflict-copy'; deviceId: string }
  /** iCloud Drive's stand-in for a file not downloaded yet (".plan.<id>.json.icloud"). */
  | { kind: 'placeholder'; deviceId: string }
  /** Anything else: our writer's temp files, the person's own files, other apps'. */
  | { kind: 'other' };

const DEVICE_FILE = /^plan\.([a-z2-7]{16})\.json$/;
const PLACEHOLDER = /^\.plan\.([a-z2-7]{16})\.json\.icloud$/;
const CONFLICT_COPY = /^plan\.([a-z2-7]{16})(?![a-z2-7])(.+)\.json$/;

export function deviceFileName(deviceId: string): string {
  if (!DEVICE_ID_PATTERN.test(deviceId)) throw new RangeError(`Not a device id: "${deviceId}".`);
  return `plan.${deviceId}.json`;
}

export function classifyFolderFile(name: string): FolderFile {
  const device = DEVICE_FILE.exec(name);
  if (device) return { kind: 'device', deviceId: device[1]! };
  const placeholder = PLACEHOLDER.exec(name);
  if (placeholder) return { kind: 'placeholder', deviceId: placeholder[1]! };
  const copy = CONFLICT_COPY.exec(name);
  // What was added must be more than the ".json" that is already there (so "plan.<id>.json.json" is not one).
  if (copy && copy[2]!.trim() !== '' && copy[2] !== '.json') return { kind: 'conflict-copy', deviceId: copy[1]! };
  return { kind: 'other' };
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** A device id from 10 random bytes (main supplies them: crypto.randomBytes). */
export function deviceIdFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 10) throw new RangeError('A device id needs 10 random bytes.');
  let bits = 0;
  let value = 0;
  let id = '';
  for (const byte of bytes.subarray(0, 10)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      id += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return id;
}
