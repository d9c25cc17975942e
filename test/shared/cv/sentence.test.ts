import { describe, expect, it } from 'vitest';
import { asSentence, clause, collapseWhitespace, normaliseWord, withoutLeading } from '../../../shared/cv';

describe('sentence helpers', () => {
  it('collapses whitespace, including line breaks and tabs', () => {
    expect(collapseWhitespace(' a \n\t b  ')).toBe('a b');
  });

  it('turns text into a clause without its trailing punctuation', () => {
    expect(clause(' cut costs by 10%.;, ')).toBe('cut costs by 10%');
    expect(clause('...')).toBe('');
  });

  it('removes a leading phrase in any case, once', () => {
    expect(withoutLeading('By  by doing it', ['by'])).toBe('by doing it');
    expect(withoutLeading('bypassing checks', ['by'])).toBe('bypassing checks');
    expect(withoutLeading('As measured by hours', ['as measured by', 'measured by'])).toBe('hours');
  });

  it('capitalises the first letter and ends with one full stop', () => {
    expect(asSentence('led the PMO')).toBe('Led the PMO.');
    expect(asSentence('Did it work?')).toBe('Did it work?');
    expect(asSentence('   ')).toBe('');
  });

  it('normalises a word for lookup', () => {
    expect(normaliseWord('“Led,”')).toBe('led');
    expect(normaliseWord('Re-engineered')).toBe('re-engineered');
  });
});
