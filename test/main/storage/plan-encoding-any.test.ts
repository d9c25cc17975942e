import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/model';
import { encodePlan } from '../../../main/storage/plan-encoding';

/**
 * encodePlan promises the bytes of `JSON.stringify(plan, undefined, '\t')`. Its fast path only knows
 * arrays of plain items; everything else must fall back to JSON's own rules. So check it on any
 * object, including what plans never hold today: undefined, functions, symbols, Dates (toJSON),
 * arrays of arrays, of primitives, of mixed things, empty objects and arrays.
 */

const encode = (value: object) => encodePlan(value as Plan).toString('utf8');
const json = (value: object) => JSON.stringify(value, undefined, '\t');

describe('encodePlan on any object', () => {
  it('writes an empty object as {}', () => {
    expect(encode({})).toBe('{}');
  });

  it('skips undefined, functions and symbols as JSON does, and keeps null', () => {
    const value = { a: undefined, b: () => 1, c: Symbol('s'), d: null, e: 1 };
    expect(encode(value)).toBe(json(value));
    expect(encode({ only: undefined })).toBe('{}');
  });

  it('falls back to JSON for arrays that are not all plain items', () => {
    for (const value of [
      { dates: [new Date(0)] },
      { strings: ['a', 'b'] },
      { nested: [[{ a: 1 }], []] },
      { mixed: [{ a: 1 }, 'two', null] },
      { nulls: [null] },
      { empty: [] },
      { withToJson: [{ toJSON: () => 'custom' }] },
    ]) {
      expect(encode(value), JSON.stringify(value)).toBe(json(value));
    }
  });

  it('indents every level of a plain item inside a collection', () => {
    const value = { items: [{ id: 'a', links: { ids: ['x', 'y'] }, notes: 'Line one\nline two' }], after: { deep: { er: [1] } } };
    expect(encode(value)).toBe(json(value));
  });

  it('matches JSON.stringify for any JSON object (property)', () => {
    const item = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
    const value = fc.dictionary(
      fc.string({ maxLength: 6 }),
      fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.array(item, { maxLength: 3 }), fc.constant(undefined)),
      { maxKeys: 6 },
    );
    fc.assert(
      fc.property(value, (v) => {
        expect(encode(v)).toBe(json(v));
      }),
      { numRuns: 300 },
    );
  });
});
