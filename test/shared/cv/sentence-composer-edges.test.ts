/**
 * Edges of the sentence helpers a bullet is composed with: a bullet with nothing to say stays blank
 * (not a lone full stop), a leading digit is not "capitalised" by upper-casing a later letter, a
 * phrase's run of spaces matches any whitespace, and at the seam between two parts the person's
 * own joining word is used only when it is bare, a repeated word gets a comma only when nothing
 * sits between the copies, and blank list items are left out wherever they stand.
 */
import { describe, expect, it } from 'vitest';
import { asBulletSentence, joinWith, listPhrase, withFirstLetter, withoutLeading } from '../../../shared/cv';

describe('a composed bullet as one sentence', () => {
  it('is blank, not a lone full stop, when only punctuation was typed', () => {
    expect(asBulletSentence(' ?! ')).toBe('');
    expect(asBulletSentence('...')).toBe('');
  });

  it('leaves a bullet that starts with a number as typed, apart from the full stop', () => {
    expect(asBulletSentence('40% fewer late reports')).toBe('40% fewer late reports.');
  });
});

describe('the first letter of a text', () => {
  it('is only the letter at the start, after any quotes or brackets, never one after a digit', () => {
    expect(withFirstLetter('3 projects recovered', 'upper')).toBe('3 projects recovered');
    expect(withFirstLetter('("cutting costs")', 'upper')).toBe('("Cutting costs")');
  });
});

describe('removing a leading phrase', () => {
  it('matches a phrase typed with a double space against single spaces in the text', () => {
    expect(withoutLeading('as measured by the audit log', ['as  measured by'])).toBe('the audit log');
  });
});

describe('the seam between two parts', () => {
  it('keeps the template\'s joining word when the person\'s copy sits inside a closing bracket', () => {
    expect(joinWith('Introduced a template (and so)', { comma: true, words: 'so' }, 'reports went out on time')).toBe(
      'Introduced a template (and so), so reports went out on time',
    );
  });

  it('adds no comma between the same number on both sides when a joining word sits between them', () => {
    expect(listPhrase(['costs down 20%', '20% faster delivery'])).toBe('costs down 20% and 20% faster delivery');
  });
});

describe('a list of items', () => {
  it('leaves out a blank last item, so the last two real items are joined with "and"', () => {
    expect(listPhrase(['40% fewer late reports', '£12,000 saved', ''])).toBe('40% fewer late reports and £12,000 saved');
  });
});
