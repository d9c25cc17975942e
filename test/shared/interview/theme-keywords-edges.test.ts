import { describe, expect, it } from 'vitest';
import { keywordHits } from '../../../shared/interview/theme-keywords';
import { tokenize } from '../../../shared/listings/tokens';

/**
 * keywordHits on phrases of more than one word: a phrase matches only as whole words, in order, next to
 * each other, wherever its first word occurs (not only the first or the last time), and a phrase's first
 * word alone is not the phrase. Texts are folded the way callers fold them (tokenize's keys).
 */

const hits = (text: string) => Object.fromEntries(keywordHits(tokenize(text).map((t) => t.key)));

describe('keywordHits: phrases', () => {
  it('finds a two-word phrase said once, and not its sibling that shares the first word', () => {
    // "change control" and "change request" both start with "change".
    expect(hits('We raised a change request')).toEqual({ change: ['change request'] });
    expect(hits('Every change control board')).toMatchObject({ change: ['change control'] });
  });

  it('does not take the first word alone for the phrase', () => {
    expect(hits('The next stage')).toEqual({});
    expect(hits('A change of plan')).toEqual({});
  });

  it('needs the words in order and next to each other', () => {
    expect(hits('the gate stage')).toEqual({});
    expect(hits('stage and gate')).toEqual({});
    expect(hits('request a change')).toEqual({});
  });

  it('finds the phrase at any occurrence of its first word, first or last', () => {
    // "change" twice: only the first is followed by "request".
    expect(hits('A change request, then another change')).toEqual({ change: ['change request'] });
    // "stage" twice: only the last is followed by "gate".
    expect(hits('Stage one passed, then the stage gate review')).toEqual({ governance: ['stage gate'] });
    // Both occurrences followed: still one hit, named once.
    expect(hits('stage gate one, stage gate two')).toEqual({ governance: ['stage gate'] });
  });

  it('matches a three-word phrase only whole', () => {
    expect(hits('Wrote the terms of reference')).toEqual({ governance: ['terms of reference'] });
    expect(hits('terms of trade')).toEqual({});
  });

  it('names the keyword as written, folded across case, inflection and spelling', () => {
    expect(hits('Raised CHANGE REQUESTS weekly')).toEqual({ change: ['change request'] });
    expect(hits('Set up the benefits realization plan')).toEqual({ benefits: ['benefit', 'benefits realisation'], value: ['set up'] });
  });
});
