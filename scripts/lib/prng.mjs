/**
 * mulberry32: a small seeded PRNG, good enough to spread test data and kill timings, and repeatable from
 * its seed. Shared by the stress driver and the plan generator (types in prng.d.mts).
 */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
