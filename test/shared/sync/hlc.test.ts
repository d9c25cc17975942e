import fc from 'fast-check';
import { formatHlc, MAX_TRUSTED_DRIFT_MS, observeHlc, parseHlc, tickHlc, type Hlc } from '../../../shared/sync/hlc';

const device = fc.stringMatching(/^[a-z0-9]{4,16}$/);
const wall = fc.integer({ min: 0, max: 4_102_444_800_000 }); // up to 2100

describe('hybrid logical clock', () => {
  it('round-trips its parts, and text order is (wall, counter, device) order', () => {
    fc.assert(
      fc.property(fc.record({ wallMs: wall, counter: fc.integer({ min: 0, max: 9999 }), device }), fc.record({ wallMs: wall, counter: fc.integer({ min: 0, max: 9999 }), device }), (a, b) => {
        expect(parseHlc(formatHlc(a))).toEqual(a);
        const byParts = a.wallMs - b.wallMs || a.counter - b.counter || (a.device < b.device ? -1 : a.device > b.device ? 1 : 0);
        const byText = formatHlc(a) < formatHlc(b) ? -1 : formatHlc(a) > formatHlc(b) ? 1 : 0;
        expect(Math.sign(byText)).toBe(Math.sign(byParts));
      }),
    );
  });

  it('every change stamped on one computer sorts after the one before, even when the wall clock goes back', () => {
    fc.assert(
      fc.property(device, fc.array(wall, { minLength: 1, maxLength: 200 }), (id, walls) => {
        let last: Hlc | null = null;
        for (const now of walls) {
          const next = tickHlc(last, now, id);
          if (last !== null) expect(next > last).toBe(true);
          expect(parseHlc(next)!.wallMs).toBeGreaterThanOrEqual(now);
          last = next;
        }
      }),
    );
  });

  it('a change made after reading another computer’s stamps sorts after all of them, whatever the two clocks say', () => {
    fc.assert(
      fc.property(device, device, fc.array(wall, { minLength: 1, maxLength: 20 }), fc.integer({ min: -3_600_000, max: 3_600_000 }), (ours, theirs, theirWalls, skew) => {
        const seen = theirWalls.map((w, i) => formatHlc({ wallMs: w, counter: i % 3, device: theirs }));
        // Our wall clock is anywhere from behind to ahead of theirs, within the trusted drift.
        const ourNow = Math.max(0, Math.max(...theirWalls) + skew);
        const { clock, untrusted } = observeHlc(null, seen, ourNow);
        expect(untrusted).toEqual([]);
        const next = tickHlc(clock, ourNow, ours);
        for (const stamp of seen) expect(next > stamp).toBe(true);
      }),
    );
  });

  it('a stamp from a computer whose clock is far ahead is reported and not followed', () => {
    const now = Date.UTC(2026, 11, 2);
    const wild = formatHlc({ wallMs: Date.UTC(2031, 0, 1), counter: 0, device: 'fastclock' });
    const fine = formatHlc({ wallMs: now - 1000, counter: 5, device: 'homepc' });
    const { clock, untrusted } = observeHlc(null, [wild, fine, 'not a stamp'], now);
    expect(untrusted).toEqual([wild]);
    expect(clock).toBe(fine);
    expect(parseHlc(tickHlc(clock, now, 'laptop'))!.wallMs).toBe(now);
    expect(observeHlc(null, [formatHlc({ wallMs: now + MAX_TRUSTED_DRIFT_MS, counter: 0, device: 'x' })], now).untrusted).toEqual([]);
  });

  it('thousands of changes in one millisecond never repeat a stamp', () => {
    let last: Hlc | null = null;
    const seen = new Set<string>();
    for (let i = 0; i < 25_000; i++) {
      last = tickHlc(last, 1_000, 'burst');
      seen.add(last);
    }
    expect(seen.size).toBe(25_000);
  });

  it('refuses what is not a stamp', () => {
    for (const bad of [null, 5, '', '123-0001-abc', '0001733140800000-0003-ABC', '0001733140800000-0003-']) expect(parseHlc(bad)).toBeNull();
    expect(() => formatHlc({ wallMs: -1, counter: 0, device: 'a' })).toThrow(RangeError);
    expect(() => formatHlc({ wallMs: 1, counter: 10_000, device: 'a' })).toThrow(RangeError);
    expect(() => formatHlc({ wallMs: 1, counter: 0, device: 'Not OK' })).toThrow(RangeError);
  });
});
