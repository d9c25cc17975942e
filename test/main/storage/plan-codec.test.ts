import { parseDocument } from '../../../main/storage/plan-codec';
import { MAX_PLAN_NESTING } from '../../../shared/model/plan-text';
import { planJson, samplePlan } from './helpers';

/**
 * parseDocument: bytes of a plan document (plan.json, a backup) to JSON, or the real reason they are not.
 * Found first (see the brief of issue 11): V8's JSON.parse is not recursive, so 100,000 or even 1,000,000
 * nested arrays parse (25 million, a 50 MB file, take ~9 s and 1.5 GB); the depth check refuses them
 * before that. UTF-16 used to be "not readable text"; it is decoded now.
 */

const plan = samplePlan(2, 'utf16', 1);
const text = planJson(plan).replace('"PMO analyst utf16"', '"PMO analyst — Zoë"');
const expected = JSON.parse(text) as unknown;
const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const bom = (bytes: number[], body: Buffer) => Buffer.concat([Buffer.from(bytes), body]);
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('parseDocument: encodings', () => {
  it.each([
    ['UTF-8', Buffer.from(text)],
    ['UTF-8 with a byte-order mark', bom([0xef, 0xbb, 0xbf], Buffer.from(text))],
    ['UTF-16 LE with a byte-order mark (Notepad, PowerShell)', bom([0xff, 0xfe], utf16le(text))],
    ['UTF-16 BE with a byte-order mark', bom([0xfe, 0xff], utf16le(text).swap16())],
    ['UTF-16 LE without a mark (every other byte NUL)', utf16le(text)],
    ['UTF-16 BE without a mark', utf16le(text).swap16()],
  ])('%s is read, every character intact', (_label, bytes) => {
    expect(parseDocument(bytes)).toEqual({ doc: expected });
  });

  it('UTF-16 cut in the middle of a character is damaged, and says it is UTF-16', () => {
    expect(parseDocument(bom([0xff, 0xfe], utf16le(text)).subarray(0, 101))).toEqual({ reason: 'it is UTF-16 text with damaged characters' });
  });

  it('UTF-16 it cannot tell from damage (no mark, starting with a NUL) is named as UTF-16, not as NUL damage', () => {
    const odd = Buffer.concat([Buffer.from([0x00]), utf16le(text).subarray(0, 2000)]); // one stray byte first
    expect(parseDocument(odd)).toEqual({ reason: expect.stringContaining('saved as UTF-16 text') });
  });

  it('NUL damage is still called NUL damage', () => {
    expect(parseDocument(Buffer.alloc(4096))).toEqual({ reason: 'it contains NUL bytes, which a crash or a disk fault can leave behind' });
  });
});

describe('parseDocument: nesting', () => {
  const TOO_DEEP = { reason: `it nests data more than ${MAX_PLAN_NESTING} levels deep, far deeper than any plan` };

  it.each([10_000, 100_000])('%i nested arrays are refused with the real reason, not as cut-off JSON', (depth) => {
    expect(parseDocument(Buffer.from(`{"schemaVersion":3,"x":${nested(depth)}}`))).toEqual(TOO_DEEP);
    expect(parseDocument(Buffer.from(nested(depth)))).toEqual(TOO_DEEP);
  });

  it('nesting as deep as the limit still parses', () => {
    const doc = `{"x":${nested(MAX_PLAN_NESTING - 1)}}`;
    expect(parseDocument(Buffer.from(doc))).toEqual({ doc: JSON.parse(doc) });
  });
});
