import { migratePlan, type Plan } from '../../shared/model';
import { detectTextEncoding, looksLikeMisreadUtf16, nestsDeeperThan, TOO_DEEP_REASON, UTF16_UNRECOGNISED_REASON, type PlanTextEncoding } from '../../shared/model/plan-text';
import { errnoOf, type StorageFs } from './fs-port';

/**
 * Reading one plan document (the plan file, a backup, a pre-migration copy) and telling apart the
 * cases that need different handling: missing, unreadable (the disk refused: keep hands off),
 * corrupt (move aside), newer (open read-only), ok (possibly migrated).
 */

/** Larger than any real plan by far (the schema's limits give a few MB); bigger files are not read whole. */
export const MAX_PLAN_BYTES = 50 * 1024 * 1024;

export type PlanRead =
  | { kind: 'missing' }
  | { kind: 'unreadable'; code: string; reason: string }
  | { kind: 'corrupt'; reason: string }
  | { kind: 'newer'; version: number; doc: unknown }
  /** `notes`: what the migration steps that ran want the person told (empty when none ran). */
  | { kind: 'ok'; plan: Plan; fromVersion: number | null; bytes: Uint8Array; notes: string[] };

/** The on-disk format: conf / electron-store's own (tab-indented JSON), so either can read the file. */
export function serializePlan(plan: Plan): string {
  return JSON.stringify(plan, undefined, '\t');
}

export function readPlanDocument(fs: StorageFs, path: string, maxBytes = MAX_PLAN_BYTES): PlanRead {
  let size: number;
  try {
    const stat = fs.statSync(path);
    if (!stat.isFile()) return { kind: 'unreadable', code: 'EISDIR', reason: 'it is not a file' };
    size = stat.size;
  } catch (error) {
    return errnoOf(error) === 'ENOENT' ? { kind: 'missing' } : unreadable(error);
  }
  if (size > maxBytes) {
    return { kind: 'corrupt', reason: `it is far too large to be a plan, at ${(size / 1024 / 1024).toFixed(0)} MB` };
  }
  if (size === 0) return { kind: 'corrupt', reason: 'it is empty (0 bytes)' };

  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path);
  } catch (error) {
    return errnoOf(error) === 'ENOENT' ? { kind: 'missing' } : unreadable(error);
  }
  const parsed = parseDocument(bytes);
  if ('reason' in parsed) return { kind: 'corrupt', reason: parsed.reason };

  const outcome = migratePlan(parsed.doc);
  switch (outcome.kind) {
    case 'current':
      return { kind: 'ok', plan: outcome.plan, fromVersion: null, bytes, notes: [] };
    case 'migrated':
      return { kind: 'ok', plan: outcome.plan, fromVersion: outcome.fromVersion, bytes, notes: outcome.notes };
    case 'newer':
      return { kind: 'newer', version: outcome.version, doc: parsed.doc };
    case 'invalid':
      return { kind: 'corrupt', reason: outcome.message };
  }
}

/**
 * Bytes to a JSON value, or a plain-English reason why they are not one. UTF-8 is what the app writes;
 * UTF-16 (with a byte-order mark, as Windows Notepad and PowerShell save, or unmistakably UTF-16 without
 * one) is decoded too, so a plan someone re-saved in an editor still opens.
 */
export function parseDocument(bytes: Uint8Array): { doc: unknown } | { reason: string } {
  const { encoding, bomLength } = detectTextEncoding(bytes);
  let text: string;
  try {
    text = decode(bytes.subarray(bomLength), encoding);
  } catch {
    if (encoding !== 'utf-8') return { reason: 'it is UTF-16 text with damaged characters' };
    // UTF-16 that was not recognised (say, a stray byte in front) is rarely valid UTF-8: name it all the same.
    return { reason: looksLikeMisreadUtf16(Buffer.from(bytes).toString('latin1')) ? UTF16_UNRECOGNISED_REASON : 'it is not readable text' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a second mark, or one the decoder kept, is harmless
  if (looksLikeMisreadUtf16(text)) return { reason: UTF16_UNRECOGNISED_REASON };
  if (text.includes('\u0000')) return { reason: 'it contains NUL bytes, which a crash or a disk fault can leave behind' };
  if (text.trim() === '') return { reason: 'it is empty' };
  if (nestsDeeperThan(text)) return { reason: TOO_DEEP_REASON };
  try {
    return { doc: JSON.parse(text) as unknown };
  } catch {
    return { reason: 'it is not complete JSON (it may have been cut off)' };
  }
}

const decoders = {
  'utf-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }),
};

function decode(bytes: Uint8Array, encoding: PlanTextEncoding): string {
  if (encoding !== 'utf-16be') return decoders[encoding].decode(bytes);
  // Swapped into little-endian order: Node's utf-16be decoder needs full ICU, which not every build has.
  if (bytes.length % 2 !== 0) throw new Error('odd length');
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] as number;
    swapped[i + 1] = bytes[i] as number;
  }
  return decoders['utf-16le'].decode(swapped);
}

function unreadable(error: unknown): PlanRead {
  const code = errnoOf(error) ?? 'EUNKNOWN';
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'PMO Pathway is not allowed to read it'
      : code === 'EIO'
        ? 'the disk reported a hardware error'
        : `the disk refused to read it (${code})`;
  return { kind: 'unreadable', code, reason };
}
