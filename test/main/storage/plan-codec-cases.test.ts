import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { realFs, type StorageFs } from '../../../main/storage/fs-port';
import { MAX_PLAN_BYTES, parseDocument, readPlanDocument, serializePlan } from '../../../main/storage/plan-codec';
import { createEmptyPlan, PLAN_SCHEMA_VERSION } from '../../../shared/model';
import { cleanupTempDirs, errno, tempDir, T0 } from './helpers';

/**
 * Reading one plan document and telling its cases apart, each with the words the app shows after
 * "…could not be opened: ". Faults are injected at stat and read, the two steps a read has.
 */

afterEach(cleanupTempDirs);

function fileWith(content: string | Uint8Array): string {
  const path = join(tempDir(), 'plan.json');
  writeFileSync(path, content);
  return path;
}

/** The real file system, except that `step` throws `error`. */
const failing = (step: 'statSync' | 'readFileSync', error: unknown): StorageFs => ({
  ...realFs,
  [step]: () => {
    throw error;
  },
});

describe('readPlanDocument', () => {
  it('reads a current plan as it is, and a version 1 plan migrated (saying from which version)', () => {
    const current = createEmptyPlan(T0);
    const read = readPlanDocument(realFs, fileWith(serializePlan(current)));
    expect(read).toMatchObject({ kind: 'ok', plan: current, fromVersion: null });
    const v1 = { schemaVersion: 1, targetRole: 'PMO lead', milestones: [], createdAt: T0, updatedAt: T0 };
    expect(readPlanDocument(realFs, fileWith(JSON.stringify(v1)))).toMatchObject({ kind: 'ok', fromVersion: 1, plan: { profile: { targetRole: 'PMO lead' } } });
  });

  it('keeps the bytes it read, for a pre-migration copy', () => {
    const text = serializePlan(createEmptyPlan(T0));
    const read = readPlanDocument(realFs, fileWith(text));
    expect(read.kind === 'ok' && Buffer.from(read.bytes).toString('utf8')).toBe(text);
  });

  it('reports a plan from a newer version with its version and contents, untouched', () => {
    const doc = { schemaVersion: PLAN_SCHEMA_VERSION + 1, profile: { name: 'Sam' } };
    expect(readPlanDocument(realFs, fileWith(JSON.stringify(doc)))).toEqual({ kind: 'newer', version: PLAN_SCHEMA_VERSION + 1, doc });
  });

  it('calls a document that is not a valid plan corrupt, saying why', () => {
    expect(readPlanDocument(realFs, fileWith('{"schemaVersion": 0}'))).toEqual({ kind: 'corrupt', reason: 'Plan schema version 0 does not exist.' });
    expect(readPlanDocument(realFs, fileWith('[1, 2]'))).toEqual({ kind: 'corrupt', reason: 'This is not a PMO Pathway plan (it has no schema version).' });
  });

  it('says a missing file is missing, whether it is gone before the stat or before the read', () => {
    expect(readPlanDocument(realFs, join(tempDir(), 'plan.json'))).toEqual({ kind: 'missing' });
    expect(readPlanDocument(failing('readFileSync', errno('ENOENT')), fileWith('{}'))).toEqual({ kind: 'missing' });
  });

  it('calls a folder where the file should be unreadable, not damaged', () => {
    const path = join(tempDir(), 'plan.json');
    mkdirSync(path);
    expect(readPlanDocument(realFs, path)).toEqual({ kind: 'unreadable', code: 'EISDIR', reason: 'it is not a file' });
  });

  it.each([
    ['EACCES', 'PMO Pathway is not allowed to read it'],
    ['EPERM', 'PMO Pathway is not allowed to read it'],
    ['EIO', 'the disk reported a hardware error'],
    ['ELOOP', 'the disk refused to read it (ELOOP)'],
  ])('a file the disk refuses (%s) is unreadable, and says why', (code, reason) => {
    const path = fileWith('{}');
    expect(readPlanDocument(failing('statSync', errno(code)), path)).toEqual({ kind: 'unreadable', code, reason });
    expect(readPlanDocument(failing('readFileSync', errno(code)), path)).toEqual({ kind: 'unreadable', code, reason });
  });

  it('names a refusal without an errno code EUNKNOWN', () => {
    expect(readPlanDocument(failing('statSync', new Error('odd')), fileWith('{}'))).toEqual({
      kind: 'unreadable',
      code: 'EUNKNOWN',
      reason: 'the disk refused to read it (EUNKNOWN)',
    });
  });

  it('refuses a file over the size limit without reading it, and reads one at the limit', () => {
    const text = serializePlan(createEmptyPlan(T0));
    const size = Buffer.byteLength(text);
    const neverRead: StorageFs = { ...realFs, readFileSync: () => { throw new Error('must not be read'); } };
    expect(readPlanDocument(neverRead, fileWith(text), size - 1)).toEqual({ kind: 'corrupt', reason: 'it is far too large to be a plan, at 0 MB' });
    expect(readPlanDocument(realFs, fileWith(text), size)).toMatchObject({ kind: 'ok' });
    expect(MAX_PLAN_BYTES).toBe(50 * 1024 * 1024);
    const huge: StorageFs = { ...realFs, statSync: () => ({ size: 75 * 1024 * 1024, isFile: () => true }) };
    expect(readPlanDocument(huge, fileWith('{}'))).toEqual({ kind: 'corrupt', reason: 'it is far too large to be a plan, at 75 MB' });
  });

  it('calls an empty file empty', () => {
    expect(readPlanDocument(realFs, fileWith(''))).toEqual({ kind: 'corrupt', reason: 'it is empty (0 bytes)' });
  });
});

describe('parseDocument', () => {
  const bytes = (text: string) => Buffer.from(text, 'utf8');

  it('parses JSON, with or without a byte-order mark', () => {
    expect(parseDocument(bytes('{"a":1}'))).toEqual({ doc: { a: 1 } });
    expect(parseDocument(bytes('\uFEFF{"a":1}'))).toEqual({ doc: { a: 1 } });
  });

  it('names each kind of damage', () => {
    expect(parseDocument(bytes('{"a":\u0000}'))).toEqual({ reason: 'it contains NUL bytes, which a crash or a disk fault can leave behind' });
    expect(parseDocument(bytes(' \n\t '))).toEqual({ reason: 'it is empty' });
    expect(parseDocument(bytes('{"a": [1, 2'))).toEqual({ reason: 'it is not complete JSON (it may have been cut off)' });
    expect(parseDocument(Uint8Array.from([0x7b, 0xc3, 0x28, 0x7d]))).toEqual({ reason: 'it is not readable text' });
  });

  it('reads text that only looks blank once its byte-order mark is gone as empty', () => {
    expect(parseDocument(bytes('\uFEFF   '))).toEqual({ reason: 'it is empty' });
  });
});
