import { describe, expect, it } from 'vitest';
import { BULLET_WORDS, cvBulletHints, wordsOf } from '../../../shared/cv';

/**
 * Each threshold of the bullet hints, tested on both sides of its edge: a hint that fires one word
 * early or one word late (or a sentence break counted where there is none) fails here.
 */

const codes = (text: string) => cvBulletHints(text).map((h) => h.code);

/** A bullet with no other hint (verb first, a number, no pronoun, one sentence) of exactly `count` words. */
function bulletOf(count: number): string {
  const start = ['Cut', 'reporting', 'time', 'by', '40%'];
  const filler = ['across', 'the', 'portfolio', 'office'];
  const words = [...start];
  for (let i = 0; words.length < count; i++) words.push(filler[i % filler.length]!);
  const text = `${words.slice(0, count).join(' ')}.`;
  expect(wordsOf(text)).toHaveLength(count);
  return text;
}

describe('bullet length hints, at the edges', () => {
  it('the thresholds are 8 and 35 words (the advice this app gives)', () => {
    expect(BULLET_WORDS).toEqual({ min: 8, max: 35 });
  });

  it(`asks for more detail at ${BULLET_WORDS.min - 1} words, saying how many there are`, () => {
    expect(cvBulletHints(bulletOf(BULLET_WORDS.min - 1))).toEqual([
      { code: 'too-short', message: 'Add detail: aim for 8 to 35 words (this has 7).' },
    ]);
  });

  it(`says nothing about length at exactly ${BULLET_WORDS.min} words`, () => {
    expect(codes(bulletOf(BULLET_WORDS.min))).toEqual([]);
  });

  it(`says nothing about length at exactly ${BULLET_WORDS.max} words`, () => {
    expect(codes(bulletOf(BULLET_WORDS.max))).toEqual([]);
  });

  it(`asks to shorten at ${BULLET_WORDS.max + 1} words, saying how many there are`, () => {
    expect(cvBulletHints(bulletOf(BULLET_WORDS.max + 1))).toEqual([
      { code: 'too-long', message: 'Shorten it: aim for 8 to 35 words (this has 36).' },
    ]);
  });

  it('counts words as a reader does: a lone dash or bullet mark is not a word', () => {
    // Seven real words padded with marks: still too short.
    expect(codes('• Cut – reporting time — by 40% across teams.')).toEqual(['too-short']);
  });
});

describe('the other hints, at their edges', () => {
  it('a single digit is enough of a number; no digit and no number word is not', () => {
    expect(codes('Cut reporting time by 4 days across the portfolio office.')).toEqual([]);
    expect(codes('Cut reporting time by days across the portfolio office.')).toEqual(['no-number']);
  });

  it('a number word counts only as a whole word ("one", not "someone")', () => {
    expect(codes('Cut reporting time for someone across the portfolio office.')).toEqual(['no-number']);
    expect(codes('Cut reporting time by one day across the portfolio office.')).toEqual([]);
  });

  it('one sentence is fine; a second sentence (after a full stop, ! or ?) is flagged', () => {
    const one = 'Cut reporting time by 40% across the portfolio office';
    expect(codes(`${one}.`)).toEqual([]);
    expect(codes(`${one}! Trained 12 project managers on the new pack.`)).toEqual(['more-than-one-sentence']);
    expect(codes(`${one}? Trained 12 project managers on the new pack.`)).toEqual(['more-than-one-sentence']);
    expect(codes(`${one}. 12 project managers were trained on the new pack.`)).toEqual(['more-than-one-sentence']);
  });

  it('a full stop not followed by a new sentence is not a break', () => {
    // Lowercase after the stop, and an abbreviation before a capital: both stay one sentence.
    expect(codes('Cut reporting time by 40% across the portfolio office. then trained the team.')).toEqual([]);
    expect(codes('Cut reporting time by 40% for teams incl. Finance across the portfolio office.')).toEqual([]);
  });

  it('a duty phrase is flagged whatever its case, but only as whole words', () => {
    expect(codes('Cut reporting time by 40% while Responsible For the portfolio office.')).toEqual(['duty-not-achievement']);
    expect(codes('Cut reporting time by 40% for the irresponsible forecasting office.')).toEqual([]);
  });

  it('flags "I" and a capitalised pronoun, but not an acronym or the "i" of i.e.', () => {
    expect(codes('Reduced risk after I mapped 40 dependencies across the programme board.')).toEqual(['first-person']);
    expect(codes('Reduced risk by 40% for Our programme board across the portfolio office.')).toEqual(['first-person']);
    expect(codes('Reduced risk by 40% for the US programme board across the portfolio office.')).toEqual([]);
    expect(codes('Reduced risk by 40% for key boards, i.e. the programme and portfolio boards.')).toEqual([]);
  });

  it("flags a pronoun with curly or straight apostrophes (we're, we’d)", () => {
    expect(codes("Reduced risk by 40% as we're mapping dependencies across the programme board.")).toEqual(['first-person']);
    expect(codes('Reduced risk by 40% as we’d mapped dependencies across the programme board.')).toEqual(['first-person']);
  });
});

describe('what each hint says', () => {
  it('gives each hint its own plain-English advice', () => {
    const all = cvBulletHints('we were responsible for it. Fine');
    expect(Object.fromEntries(all.map((h) => [h.code, h.message]))).toEqual({
      'no-action-verb': 'Start with a past-tense action verb, such as "Led", "Reduced" or "Introduced".',
      'first-person': 'Leave out "I", "my", "we" and "our": CV bullets are written without pronouns.',
      'duty-not-achievement': 'Say what you achieved, not what you were responsible for.',
      'no-number': 'Add a number that shows the scale or the result, such as a percentage, an amount or a count.',
      'too-short': 'Add detail: aim for 8 to 35 words (this has 6).',
      'more-than-one-sentence': 'Keep it to one sentence.',
    });
  });
});

describe('pronouns, one by one', () => {
  const withWord = (word: string) => `Reduced risk by 40% after ${word} mapped dependencies across the programme board.`;

  it.each(['I', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'My', 'Ourselves'])('flags "%s"', (word) => {
    expect(codes(withWord(word))).toEqual(['first-person']);
  });

  it('flags a pronoun behind or before punctuation', () => {
    expect(codes(withWord('("our'))).toEqual(['first-person']);
    expect(codes(withWord('our),'))).toEqual(['first-person']);
  });

  it('does not flag a lowercase "i" on its own (too often the start of "i.e."), nor other words', () => {
    expect(codes(withWord('i'))).toEqual([]);
    expect(codes(withWord('they'))).toEqual([]);
    expect(codes(withWord('usual'))).toEqual([]);
  });
});

describe('number words', () => {
  const withWord = (word: string) => `Reduced risk for ${word} programme boards across the portfolio office.`;

  it.each(['one', 'Twelve', 'TWENTY', 'hundred', 'hundreds', 'thousands', 'millions', 'dozens', 'half', 'twice', 'doubled'])('"%s" counts as a number', (word) => {
    expect(codes(withWord(word))).toEqual([]);
  });

  it.each(['someone', 'onerous', 'often', 'tenders', 'halfway'])('"%s" does not', (word) => {
    expect(codes(withWord(word))).toEqual(['no-number']);
  });
});

describe('sentence breaks', () => {
  it('an ellipsis or stray marks before the first word do not make a second sentence', () => {
    expect(codes('... Cut reporting time by 40% across the portfolio office.')).toEqual([]);
  });

  it('a run of marks ends a sentence once', () => {
    expect(codes('Cut reporting time by 40% across the portfolio office!! Trained the team too.')).toEqual(['more-than-one-sentence']);
  });
});
