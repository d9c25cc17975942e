import { describe, expect, it } from 'vitest';
import { asBulletSentence, asSentence, clause, collapseWhitespace, fragment, joinWith, listPhrase, normaliseWord, withFirstLetter, withoutAnyLeading, withoutLeading } from '../../../shared/cv';
import { composeXyz } from '../../../shared/cv/bullet';

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

  it('takes the marks a person typed after the template words with them, but not a word that only begins like one', () => {
    expect(withoutLeading('By: introducing a template', ['by'])).toBe('introducing a template');
    expect(withoutLeading('by, doing the audit', ['by doing', 'by'])).toBe('the audit');
    expect(withoutLeading('as, measured by... hours', ['as measured by'])).toBe('hours');
    expect(withoutLeading('by-product reuse', ['by'])).toBe('by-product reuse');
    expect(withoutLeading('by £12,000', ['by'])).toBe('£12,000');
    expect(composeXyz({ accomplished: 'by', measuredBy: '', byDoing: 'by, doing' })).toBe('By.');
    expect(composeXyz({ accomplished: 'Cut costs', measuredBy: '', byDoing: 'By: introducing a template' })).toBe('Cut costs, by introducing a template.');
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

describe('composed-sentence helpers', () => {
  it('strips every trailing sentence mark from a fragment, also inside closing quotes and brackets', () => {
    expect(fragment(' cut costs?!… ')).toBe('cut costs');
    expect(fragment('said "great job."')).toBe('said "great job"');
    expect(fragment('cut costs (by 20%.) .')).toBe('cut costs (by 20%)');
    expect(fragment(' ?! ')).toBe('');
  });

  it('makes one sentence with a capital first letter and exactly one full stop', () => {
    expect(asBulletSentence('“led the PMO”?')).toBe('“Led the PMO”.');
    expect(asBulletSentence('ßig change')).toBe('ßig change.');
    expect(withFirstLetter('(Cutting costs', 'lower')).toBe('(cutting costs');
  });

  it('joins two parts without doubling the joining word the person already typed', () => {
    expect(joinWith('Introduced a template', { comma: true, words: 'so' }, 'reports went out')).toBe('Introduced a template, so reports went out');
    expect(joinWith('Introduced a template and', { comma: false, words: 'and' }, 'cut costs')).toBe('Introduced a template and cut costs');
    expect(joinWith('Cut costs', { comma: true, words: 'as measured by' }, 'by the audit log')).toBe('Cut costs, as measured by the audit log');
    expect(joinWith('Ran reviews and', { comma: false, words: 'and' }, 'and more')).toBe('Ran reviews and, and more');
    expect(joinWith('', { comma: true, words: 'so' }, 'x')).toBe('x');
  });

  it('lists items as "a, b and c"', () => {
    expect(listPhrase(['a', '', 'b', 'c'])).toBe('a, b and c');
    expect(listPhrase(['reports and', 'risks'])).toBe('reports and risks');
    expect(listPhrase([])).toBe('');
  });

  it('removes leading template phrases until none is left', () => {
    expect(withoutAnyLeading('by By doing  the work', ['by doing', 'by'])).toBe('the work');
  });
});
