import { describe, expect, it } from 'vitest';
import { BULLET_WORDS, CV_HINT_CODES, PAST_TENSE_ACTION_VERBS, cvBulletHints, isPastTenseActionVerb, wordsOf } from '../../../shared/cv';

const codes = (text: string) => cvBulletHints(text).map((h) => h.code);
const GOOD = 'Cut monthly reporting time by 40% by automating the PMO status pack in Power BI.';

describe('cvBulletHints', () => {
  it('has nothing to say about a good bullet', () => {
    expect(cvBulletHints(GOOD)).toEqual([]);
  });

  it('asks for text when the bullet is blank, and nothing else', () => {
    expect(cvBulletHints('  \n ')).toEqual([{ code: 'empty', message: 'Write a sentence about what you achieved.' }]);
  });

  it('asks for a past-tense action verb first', () => {
    expect(codes('Managing the weekly portfolio board pack for 12 projects across the unit.')).toEqual(['no-action-verb']);
    expect(codes('• Led the weekly portfolio board pack for 12 projects across the unit.')).toEqual([]);
    expect(codes('Co-ordinated the weekly portfolio board pack for 12 projects across the unit.')).toEqual([]);
  });

  it('flags first-person pronouns but not acronyms such as US', () => {
    expect(codes('Led our weekly portfolio board pack for 12 projects across the unit.')).toEqual(['first-person']);
    expect(codes("Reduced risk after I'd mapped 40 dependencies across the programme board.")).toEqual(['first-person']);
    expect(codes('Led the US and EU portfolio board pack for 12 projects across both units.')).toEqual([]);
  });

  it('flags duties written as achievements', () => {
    expect(codes('Managed the risk register and was responsible for 30 project RAID logs.')).toEqual(['duty-not-achievement']);
  });

  it('asks for a number unless one is written in words', () => {
    expect(codes('Cut monthly reporting time by automating the PMO status pack in Power BI.')).toEqual(['no-number']);
    expect(codes('Halved monthly reporting time by automating the PMO status pack in Power BI.')).toEqual([]);
  });

  it(`asks for ${BULLET_WORDS.min} to ${BULLET_WORDS.max} words, saying how many there are`, () => {
    expect(cvBulletHints('Cut reporting time by 40%.')).toEqual([
      { code: 'too-short', message: 'Add detail: aim for 8 to 35 words (this has 5).' },
    ]);
    const long = `Cut reporting time by 40% ${'and more words '.repeat(12)}`;
    expect(codes(long)).toEqual(['too-long']);
    expect(codes('Cut monthly reporting time by 40% using a new Power BI pack.')).toEqual([]);
  });

  it('asks for one sentence, without tripping over e.g. or decimals', () => {
    expect(codes('Cut reporting time by 40% across the portfolio. Trained 12 project managers on it.')).toEqual(['more-than-one-sentence']);
    expect(codes('Cut reporting time by 2.5 days a month with better tools, e.g. Power BI dashboards.')).toEqual([]);
  });

  it('uses only stable codes', () => {
    const all = [GOOD, '', 'we did stuff. It was responsible for things. ' + 'word '.repeat(40)].flatMap(codes);
    expect(all.every((code) => (CV_HINT_CODES as readonly string[]).includes(code))).toBe(true);
  });
});

describe('action verbs', () => {
  it('lists lowercase, unique, past-tense verbs', () => {
    const irregular = new Set(['built', 'cut', 'drove', 'forecast', 'grew', 'led', 'oversaw', 'ran', 'rebuilt', 'taught', 'won', 'wrote']);
    expect(new Set(PAST_TENSE_ACTION_VERBS).size).toBe(PAST_TENSE_ACTION_VERBS.length);
    for (const verb of PAST_TENSE_ACTION_VERBS) {
      expect(verb).toBe(verb.toLowerCase());
      expect(verb.endsWith('ed') || irregular.has(verb), verb).toBe(true);
    }
    expect(PAST_TENSE_ACTION_VERBS.length).toBeGreaterThanOrEqual(100);
  });

  it('recognises a verb whatever its case or punctuation, and not a weak one', () => {
    expect(isPastTenseActionVerb('Delivered,')).toBe(true);
    expect(isPastTenseActionVerb('helped')).toBe(false);
  });

  it('counts words as a reader does', () => {
    expect(wordsOf(' Led – the  PMO (2 years) ')).toEqual(['Led', 'the', 'PMO', '(2', 'years)']);
  });
});
