import { detectTextEncoding, looksLikeMisreadUtf16, MAX_PLAN_NESTING, nestsDeeperThan } from '../../../shared/model/plan-text';

/**
 * The byte and text checks both the plan file loader (main) and the import reader (the page) rely on:
 * which encoding a file is in, and whether its JSON nests deeper than any plan.
 */

const JSON_TEXT = '{\n\t"schemaVersion": 3,\n\t"profile": { "name": "Zoë Ng" }\n}';
const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => utf16le(text).swap16();
const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);
const nested = (depth: number, open = '[', close = ']') => open.repeat(depth) + close.repeat(depth);

describe('detectTextEncoding', () => {
  it.each([
    ['UTF-8 without a mark', Buffer.from(JSON_TEXT), { encoding: 'utf-8', bomLength: 0 }],
    ['UTF-8 with a mark', withBom([0xef, 0xbb, 0xbf], Buffer.from(JSON_TEXT)), { encoding: 'utf-8', bomLength: 3 }],
    ['UTF-16 LE with a mark (Notepad, PowerShell)', withBom([0xff, 0xfe], utf16le(JSON_TEXT)), { encoding: 'utf-16le', bomLength: 2 }],
    ['UTF-16 BE with a mark', withBom([0xfe, 0xff], utf16be(JSON_TEXT)), { encoding: 'utf-16be', bomLength: 2 }],
    ['UTF-16 LE without a mark', utf16le(JSON_TEXT), { encoding: 'utf-16le', bomLength: 0 }],
    ['UTF-16 BE without a mark', utf16be(JSON_TEXT), { encoding: 'utf-16be', bomLength: 0 }],
  ])('%s', (_label, bytes, expected) => {
    expect(detectTextEncoding(bytes)).toEqual(expected);
  });

  it.each([
    ['NUL bytes throughout (crash damage)', Buffer.alloc(4096)],
    ['a run of NUL bytes at the start of UTF-8 JSON', Buffer.concat([Buffer.alloc(64), Buffer.from(JSON_TEXT)])],
    ['one NUL after the first character', Buffer.from('{\u0000"schemaVersion": 3, "profile": {}}')],
    ['an odd number of bytes', utf16le(JSON_TEXT).subarray(1)],
    ['too short to tell', Buffer.from([0x7b, 0x00])],
  ])('%s is not taken for UTF-16', (_label, bytes) => {
    expect(detectTextEncoding(bytes)).toEqual({ encoding: 'utf-8', bomLength: 0 });
  });
});

describe('looksLikeMisreadUtf16', () => {
  it('recognises UTF-16 bytes read as UTF-8 or Latin-1, with or without the mark', () => {
    expect(looksLikeMisreadUtf16(utf16le(JSON_TEXT).toString('latin1'))).toBe(true);
    expect(looksLikeMisreadUtf16(withBom([0xff, 0xfe], utf16le(JSON_TEXT)).toString('utf8'))).toBe(true);
    expect(looksLikeMisreadUtf16(utf16be(JSON_TEXT).toString('latin1'))).toBe(true);
  });

  it('does not mistake JSON, NUL-filled text or a stray NUL for it', () => {
    expect(looksLikeMisreadUtf16(JSON_TEXT)).toBe(false);
    expect(looksLikeMisreadUtf16('\u0000'.repeat(200))).toBe(false);
    expect(looksLikeMisreadUtf16(JSON_TEXT.replace('"profile"', '"prof\u0000ile"'))).toBe(false);
  });
});

describe('nestsDeeperThan', () => {
  it(`sits on the edge: ${MAX_PLAN_NESTING} levels pass, ${MAX_PLAN_NESTING + 1} do not`, () => {
    expect(nestsDeeperThan(nested(MAX_PLAN_NESTING))).toBe(false);
    expect(nestsDeeperThan(nested(MAX_PLAN_NESTING + 1))).toBe(true);
    expect(nestsDeeperThan(`{"a":${nested(MAX_PLAN_NESTING - 1)}}`)).toBe(false);
    expect(nestsDeeperThan(`{"a":${nested(MAX_PLAN_NESTING)}}`)).toBe(true);
  });

  it('counts objects and arrays alike, and closing brackets end a level', () => {
    expect(nestsDeeperThan(nested(101, '{"a":', '}'))).toBe(true);
    expect(nestsDeeperThan('[[]]'.repeat(1000), 2)).toBe(false);
    expect(nestsDeeperThan('[[[]]]', 2)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(nestsDeeperThan(JSON.stringify({ note: '['.repeat(500) }))).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ note: `a \\" quote then ${'{'.repeat(500)}` }))).toBe(false);
    expect(nestsDeeperThan(`["\\\\", ${nested(MAX_PLAN_NESTING)}]`)).toBe(true); // an escaped backslash ends the string
  });

  it.each([10_000, 100_000])('finds %i levels at once', (depth) => {
    expect(nestsDeeperThan(nested(depth))).toBe(true);
  });
});
