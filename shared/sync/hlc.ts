/**
 * A hybrid logical clock (Kulkarni, Demirbas et al., "Logical Physical Clocks", 2014): each change is
 * stamped (wall milliseconds, counter, device id), compared in that order. It stays close to wall time,
 * yet a change made after seeing another computer's change always sorts after it, whatever the two wall
 * clocks say; the device id breaks exact ties so every computer orders every pair the same way.
 * See docs/sync.md, "Clocks".
 *
 * Stamps are fixed-width strings, so they compare (and sort) as plain text:
 *   "0001733140800000-0003-abcdefghjkmnpqrs"
 */
export type Hlc = string;

const WALL_DIGITS = 16;
const COUNTER_DIGITS = 4;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
const DEVICE_PATTERN = /^[a-z0-9]{1,32}$/;
const HLC_PATTERN = /^(\d{16})-(\d{4})-([a-z0-9]{1,32})$/;

/** A stamp more than this far ahead of our wall clock is not trusted to move our clock (docs/sync.md). */
export const MAX_TRUSTED_DRIFT_MS = 24 * 3600_000;

export interface HlcParts {
  wallMs: number;
  counter: number;
  device: string;
}

export function formatHlc({ wallMs, counter, device }: HlcParts): Hlc {
  if (!Number.isSafeInteger(wallMs) || wallMs < 0 || wallMs >= 10 ** WALL_DIGITS) throw new RangeError(`Not a clock time: ${wallMs}.`);
  if (!Number.isInteger(counter) || counter < 0 || counter > MAX_COUNTER) throw new RangeError(`Not a clock counter: ${counter}.`);
  if (!DEVICE_PATTERN.test(device)) throw new RangeError(`Not a device id: "${device}".`);
  return `${String(wallMs).padStart(WALL_DIGITS, '0')}-${String(counter).padStart(COUNTER_DIGITS, '0')}-${device}`;
}

/** The parts of a stamp, or null for anything that is not one (a damaged or foreign file). */
export function parseHlc(stamp: unknown): HlcParts | null {
  if (typeof stamp !== 'string') return null;
  const match = HLC_PATTERN.exec(stamp);
  return match ? { wallMs: Number(match[1]), counter: Number(match[2]), device: match[3]! } : null;
}

export function isHlc(stamp: unknown): stamp is Hlc {
  return parseHlc(stamp) !== null;
}

/** The computer a stamp came from, read straight off its fixed layout (hot in the merge: no regex). */
export function hlcDevice(stamp: Hlc): string {
  return stamp.slice(stamp.lastIndexOf('-') + 1);
}

/** The wall-clock milliseconds of a stamp. */
export function hlcWallMs(stamp: Hlc): number {
  return Number(stamp.slice(0, WALL_DIGITS));
}

/** The later of two stamps (null counts as "never"). */
export function laterHlc(a: Hlc | null, b: Hlc | null): Hlc | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

/**
 * The stamp for a change made here now: after everything this clock has seen, and at the wall time when
 * the wall clock is ahead. When many changes land in one millisecond the counter counts them; should it
 * run out, the clock borrows the next millisecond rather than ever repeating a stamp.
 */
export function tickHlc(last: Hlc | null, nowMs: number, device: string): Hlc {
  const previous = last === null ? null : parseHlc(last);
  if (previous === null || nowMs > previous.wallMs) return formatHlc({ wallMs: Math.max(0, Math.floor(nowMs)), counter: 0, device });
  if (previous.counter < MAX_COUNTER) return formatHlc({ wallMs: previous.wallMs, counter: previous.counter + 1, device });
  return formatHlc({ wallMs: previous.wallMs + 1, counter: 0, device });
}

/**
 * Our clock after reading stamps from another computer's file: it moves up to the latest stamp seen,
 * so our next change sorts after all of them. A stamp implausibly far ahead of our wall clock (a
 * computer whose clock is years fast) is not followed; it is returned in `untrusted` so the person can
 * be told which computer's clock looks wrong, and it still takes part in merges by its value.
 */
export function observeHlc(last: Hlc | null, seen: readonly Hlc[], nowMs: number, maxDriftMs = MAX_TRUSTED_DRIFT_MS): { clock: Hlc | null; untrusted: Hlc[] } {
  let clock = last;
  const untrusted: Hlc[] = [];
  for (const stamp of seen) {
    const parts = parseHlc(stamp);
    if (parts === null) continue;
    if (parts.wallMs > nowMs + maxDriftMs) untrusted.push(stamp);
    else clock = laterHlc(clock, stamp);
  }
  return { clock, untrusted };
}
