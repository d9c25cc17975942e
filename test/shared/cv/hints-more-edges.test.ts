/**
 * More edges of the bullet hints: singular multiplier words ("thousand", "dozen") count as numbers,
 * and a shorthand with a slash inside ("m/e" for month-end) is not read as the pronoun "me".
 */
import { describe, expect, it } from 'vitest';
import { cvBulletHints } from '../../../shared/cv';

const codes = (bullet: string) => cvBulletHints(bullet).map((hint) => hint.code);

describe('singular number words', () => {
  const withWord = (word: string) => `Reduced risk for a ${word} programme boards across the portfolio office.`;

  it.each(['thousand', 'million', 'billion', 'dozen'])('"%s" counts as a number', (word) => {
    expect(codes(withWord(word))).toEqual([]);
  });
});

describe('shorthand that contains a pronoun\'s letters', () => {
  it('does not flag "m/e" (month-end) as first person', () => {
    expect(codes('Reduced m/e reporting effort by 40% across twelve programme teams.')).toEqual([]);
  });
});
