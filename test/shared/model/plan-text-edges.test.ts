import { describe, expect, it } from 'vitest';
import { detectTextEncoding, looksLikeMisreadUtf16, nestsDeeperThan } from '../../../shared/model/plan-text';

/**
 * The edges of the plan text checks: byte-order marks must be whole to count, UTF-16 without a mark is
 * recognised only from an ASCII first character and the 90% / 10% NUL thresholds (inclusive), only the
 * first 1024 bytes are sampled, and closing braces end a level of nesting just as brackets do.
 */

const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => utf16le(text).swap16();
const UTF8_NO_MARK = { encoding: 'utf-8', bomLength: 0 };
const SHORT_JSON = '{"name": "Zoe Ng", "schemaVersion": 3}';

describe('detectTextEncoding: byte-order marks', () => {
  it.each([
    ['0xEF 0xBB without 0xBF', [0xef, 0xbb, 0x41, 0x42]],
    ['0xEF and 0xBF without 0xBB between', [0xef, 0x41, 0xbf, 0x42]],
    ['0xBB 0xBF without 0xEF before', [0x41, 0xbb, 0xbf, 0x42]],
    ['0xBF alone in third place', [0x41, 0x42, 0xbf, 0x43]],
    ['0xFF not followed by 0xFE', [0xff, 0x41, 0x42, 0x43]],
    ['0xFE without 0xFF before', [0x41, 0xfe, 0x42, 0x43]],
    ['0xFE not followed by 0xFF', [0xfe, 0x41, 0x42, 0x43]],
    ['0xFF without 0xFE before', [0x41, 0xff, 0x42, 0x43]],
  ])('does not take %s for a mark', (_label, bytes) => {
    expect(detectTextEncoding(Uint8Array.from(bytes))).toEqual(UTF8_NO_MARK);
  });

  it('reads plain UTF-8 JSON as UTF-8 with nothing to skip', () => {
    expect(detectTextEncoding(Buffer.from(SHORT_JSON))).toEqual(UTF8_NO_MARK);
  });
});

describe('detectTextEncoding: UTF-16 without a mark', () => {
  it('recognises the shortest case, "{}" in four bytes', () => {
    expect(detectTextEncoding(utf16le('{}'))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
    expect(detectTextEncoding(utf16be('{}'))).toEqual({ encoding: 'utf-16be', bomLength: 0 });
  });

  it('accepts DEL (0x7F), the last ASCII character, as the first character', () => {
    expect(detectTextEncoding(utf16le(`\u007f${SHORT_JSON}`))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
  });

  it.each([
    ['a character outside Latin-1 (high byte not NUL)', '\u0141'],
    ['a NUL character', '\u0000'],
    ['a Latin-1 letter above ASCII', '\u00e9'],
  ])('does not guess UTF-16 when the first character is %s', (_label, first) => {
    expect(detectTextEncoding(utf16le(first + SHORT_JSON))).toEqual(UTF8_NO_MARK);
  });

  it('accepts exactly 90% NUL high bytes but not fewer', () => {
    // Ten code units, one of them (Ł, U+0141) with a non-NUL high byte: 9 of 10 is exactly 90%.
    expect(detectTextEncoding(utf16le('{abc\u0141defg}'))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
    expect(detectTextEncoding(utf16be('{abc\u0141defg}'))).toEqual({ encoding: 'utf-16be', bomLength: 0 });
    // Two of ten: 80%.
    expect(detectTextEncoding(utf16le('{ab\u0141\u0141defg}'))).toEqual(UTF8_NO_MARK);
  });

  it('accepts exactly 10% NUL low bytes but not more', () => {
    expect(detectTextEncoding(utf16le('{abcdefgh\u0000'))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
    expect(detectTextEncoding(utf16be('{abcdefgh\u0000'))).toEqual({ encoding: 'utf-16be', bomLength: 0 });
    expect(detectTextEncoding(utf16le('{abcdefg\u0000\u0000'))).toEqual(UTF8_NO_MARK);
    expect(detectTextEncoding(utf16be('{abcdefg\u0000\u0000'))).toEqual(UTF8_NO_MARK);
  });

  it('does not take an ASCII character followed by NUL characters for UTF-16', () => {
    expect(detectTextEncoding(utf16le(`{${'\u0000'.repeat(9)}`))).toEqual(UTF8_NO_MARK);
    expect(detectTextEncoding(utf16be(`{${'\u0000'.repeat(9)}`))).toEqual(UTF8_NO_MARK);
  });

  it('looks only at the first 1024 bytes', () => {
    // 512 code units with 51 NUL characters (under 10%), then NUL padding past the sample.
    const sampled = `{${'a'.repeat(460)}${'\u0000'.repeat(51)}`;
    expect(detectTextEncoding(utf16le(sampled + '\u0000'.repeat(100)))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
    // One more NUL inside the sample tips it over 10%.
    expect(detectTextEncoding(utf16le(`{${'a'.repeat(459)}${'\u0000'.repeat(52)}`))).toEqual(UTF8_NO_MARK);
  });
});

describe('looksLikeMisreadUtf16', () => {
  const misread = (bytes: Buffer) => bytes.toString('latin1');

  it('recognises "{}" saved as UTF-16 with a mark and read as UTF-8 (both mark bytes become U+FFFD)', () => {
    const text = Buffer.from([0xff, 0xfe, ...utf16le('{}')]).toString('utf8');
    expect(text).toBe('\ufffd\ufffd{\u0000}\u0000');
    expect(looksLikeMisreadUtf16(text)).toBe(true);
  });

  it('recognises four characters of misread UTF-16, but not three', () => {
    expect(looksLikeMisreadUtf16(misread(utf16le('{}')))).toBe(true);
    expect(looksLikeMisreadUtf16('{\u0000}')).toBe(false);
  });

  it('recognises UTF-16 BE cut off after a high byte', () => {
    expect(looksLikeMisreadUtf16('\u0000{\u0000}\u0000')).toBe(true);
  });

  it('accepts exactly 90% NULs on one side and exactly 10% on the other', () => {
    expect(looksLikeMisreadUtf16(misread(utf16le('{abc\u0141defg}')))).toBe(true);
    expect(looksLikeMisreadUtf16(misread(utf16be('{abc\u0141defg}')))).toBe(true);
    expect(looksLikeMisreadUtf16(misread(utf16le('{abc\u0000defg}')))).toBe(true);
    expect(looksLikeMisreadUtf16(misread(utf16be('{abc\u0000defg}')))).toBe(true);
  });

  it('refuses text just past either threshold', () => {
    expect(looksLikeMisreadUtf16(misread(utf16le('{ab\u0141\u0141defg}')))).toBe(false);
    expect(looksLikeMisreadUtf16(misread(utf16be('{ab\u0000\u0000defg}')))).toBe(false);
  });

  it('judges only the first 1024 characters', () => {
    const start = misread(utf16le('{'.padEnd(512, 'a')));
    expect(start).toHaveLength(1024);
    expect(looksLikeMisreadUtf16(start + 'plain text after the sample '.repeat(100))).toBe(true);
    expect(looksLikeMisreadUtf16('plain text before the UTF-16 '.repeat(40) + start)).toBe(false);
  });
});

describe('nestsDeeperThan', () => {
  it('ends a level at a closing brace, so sibling objects do not add up', () => {
    expect(nestsDeeperThan('{"a":{},"b":{},"c":{}}', 2)).toBe(false);
    expect(nestsDeeperThan('{}'.repeat(50), 1)).toBe(false);
    expect(nestsDeeperThan('{"a":{"b":{}}}', 2)).toBe(true);
  });
});
