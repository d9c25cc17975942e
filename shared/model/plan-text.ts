/**
 * The text of a plan document before it is parsed: which encoding its bytes are in, and whether its
 * JSON nests deeper than any plan could. Shared so the plan file loader (main) and the import file
 * reader (the page, which decodes the picked file's bytes itself) apply the same rules and the same
 * words. Decoding stays with each side's own TextDecoder: this module only inspects bytes and text.
 */

export type PlanTextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DetectedEncoding {
  encoding: PlanTextEncoding;
  /** Bytes of byte-order mark to skip before decoding (0 when there is none). */
  bomLength: number;
}

/**
 * UTF-8 unless the bytes say otherwise: a UTF-16 byte-order mark (what Windows Notepad and PowerShell
 * write), or, without a mark, text that is clearly UTF-16 (see looksLikeUtf16). A UTF-8 mark is
 * reported so it can be skipped.
 */
export function detectTextEncoding(bytes: Uint8Array): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (looksLikeUtf16(bytes, true)) return { encoding: 'utf-16le', bomLength: 0 };
  if (looksLikeUtf16(bytes, false)) return { encoding: 'utf-16be', bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** How many bytes from the start are looked at to recognise UTF-16 without a byte-order mark. */
const SAMPLE_BYTES = 1024;

/**
 * UTF-16 without a byte-order mark, recognised only when it is unmistakable: JSON starts with an ASCII
 * character, so the first code unit must be one (a NUL byte beside a non-NUL one), and across the sample
 * at least 90% of the high bytes are NUL while the low bytes almost never are. A UTF-8 file damaged by
 * runs of NUL bytes (what a crash can leave) fails this and is reported as damaged instead.
 */
function looksLikeUtf16(bytes: Uint8Array, littleEndian: boolean): boolean {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return false;
  const high = littleEndian ? 1 : 0;
  const low = 1 - high;
  if (bytes[high] !== 0 || bytes[low] === 0 || (bytes[low] as number) > 0x7f) return false;
  const units = Math.min(bytes.length, SAMPLE_BYTES) / 2;
  let nulHigh = 0;
  let nulLow = 0;
  for (let unit = 0; unit < units; unit++) {
    if (bytes[unit * 2 + high] === 0) nulHigh += 1;
    if (bytes[unit * 2 + low] === 0) nulLow += 1;
  }
  return nulHigh >= units * 0.9 && nulLow <= units * 0.1;
}

/**
 * True when text that should be JSON is really UTF-16 read as if it were UTF-8 (or Latin-1): every
 * other character is NUL and the ones between are not. Lets a caller that received such text name the
 * real problem; text that is NUL throughout (crash damage) does not match.
 */
export function looksLikeMisreadUtf16(text: string): boolean {
  const sample = text.replace(/^(\uFEFF|\uFFFD+|\u00FF\u00FE|\u00FE\u00FF)/, '').slice(0, SAMPLE_BYTES);
  if (sample.length < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample.charCodeAt(i) !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  const half = sample.length / 2;
  return (odd >= half * 0.9 && even <= half * 0.1) || (even >= half * 0.9 && odd <= half * 0.1);
}

/** For UTF-16 that could not be told apart from damage; finishes "…was not opened: <reason>". */
export const UTF16_UNRECOGNISED_REASON = 'it seems to be saved as UTF-16 text, which PMO Pathway could not read; save it as UTF-8 and try again';

/**
 * A plan is about six levels deep (plan, collection, item, links, list). Far more than that is never a
 * plan, and parsing it costs out of all proportion (25 million nested arrays, a 50 MB file, take V8 ~9 s
 * and 1.5 GB), so such text is refused before it is parsed.
 */
export const MAX_PLAN_NESTING = 100;

/** The plain-English reason, finishing "…was not opened: <reason>". */
export const TOO_DEEP_REASON = `it nests data more than ${MAX_PLAN_NESTING} levels deep, far deeper than any plan`;

/**
 * Whether JSON text opens more than `limit` arrays or objects inside one another. One pass, skipping the
 * insides of strings; text that is not JSON at all is left for JSON.parse to refuse.
 */
export function nestsDeeperThan(text: string, limit: number = MAX_PLAN_NESTING): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i += 1; // a backslash escapes the next character, a quote included
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === 0x5d || code === 0x7d) {
      depth -= 1;
    }
  }
  return false;
}
