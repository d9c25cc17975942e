import { describe, expect, it } from 'vitest';
import { asSentence } from '../../../shared/cv';

describe('asSentence, at the edges', () => {
  it('adds the closing full stop even when a full stop appears earlier in the text', () => {
    expect(asSentence('cut licence costs, e.g. for Power BI')).toBe('Cut licence costs, e.g. for Power BI.');
    expect(asSentence('asked why? and fixed it')).toBe('Asked why? and fixed it.');
  });
});
