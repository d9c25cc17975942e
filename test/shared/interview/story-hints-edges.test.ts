import { describe, expect, it } from 'vitest';
import { storyHints, type StoryHintCode } from '../../../shared/interview/story-hints';

/**
 * storyHints edges: each hint's exact words (the UI shows them), a result of only spaces counting as no
 * result (and so not also asking for a number in it), and "I" in a contraction. Stories are a
 * well-formed 270 words (spoken and written both in range) with one thing changed at a time.
 */

const FILLER = ['the', 'project', 'board', 'reviewed', 'each', 'plan', 'carefully'];
const fill = (n: number) => Array.from({ length: n }, (_, i) => FILLER[i % FILLER.length]).join(' ');
const RESULT = `Late reports fell by 40% in 3 months ${fill(42)}`; // 50 words, with numbers

interface Parts {
  situation?: string;
  task?: string;
  action?: string;
  result?: string;
  questionIds?: string[];
}
/** 60 + 60 + 100 + 50 = 270 words, "I" in the action, numbers in the result, one question. */
const good = (p: Parts = {}) => ({
  star: { situation: p.situation ?? fill(60), task: p.task ?? fill(60), action: p.action ?? `I ${fill(99)}`, result: p.result ?? RESULT },
  reflection: '',
  questionIds: p.questionIds ?? ['q-failing-project'],
});
const codes = (p: Parts) => storyHints(good(p)).map((h) => h.code);
const message = (p: Parts, code: StoryHintCode) => storyHints(good(p)).find((h) => h.code === code)?.message;

describe('storyHints: words', () => {
  it('says how to fix each gap, in the app’s words', () => {
    expect(message({ task: fill(110), result: '' }, 'no-result')).toBe('Say how it ended: what changed because of what you did.');
    expect(message({ result: `Late reports fell sharply ${fill(46)}` }, 'no-number')).toBe('Add a number to the result: how much, how many, how fast.');
    expect(message({ action: `We ${fill(99)}` }, 'we-not-i')).toBe('Say what you did yourself: use “I”, not only “we”.');
    expect(message({ questionIds: [] }, 'answers-nothing')).toBe('Link it to a question it answers, so practice and coverage can use it.');
  });
});

describe('storyHints: a blank result', () => {
  it('takes a result of only spaces and line breaks as no result, and does not ask for a number in it', () => {
    // The task makes up the 50 words the result no longer has.
    expect(codes({ task: fill(110), result: ' \n\t ' })).toEqual(['no-result']);
  });
});

describe('storyHints: “I” in a contraction', () => {
  it("counts “I’ve” and “I'd”, either apostrophe, as saying “I”", () => {
    expect(codes({ action: `We agreed and I’ve ${fill(97)}` })).toEqual([]);
    expect(codes({ action: `We agreed and I've ${fill(97)}` })).toEqual([]);
    expect(codes({ action: `We agreed that I'd ${fill(97)}` })).toEqual([]);
  });

  // Found while checking the apostrophe mutants of lowerCaseWords: a contraction was kept whole and only
  // "I'd"/"I've" were listed, so a story saying "we" and "I'll" or "I'm" was told to use "I".
  it('counts “I’ll” and “I’m” as saying “I” too', () => {
    expect(codes({ action: `We agreed that I’ll ${fill(97)}` })).toEqual([]);
    expect(codes({ action: `We agreed and I’m ${fill(97)}` })).toEqual([]);
  });

  // The same cause the other way: a story saying only "we’ve" and "we’re" (never "I") got no hint.
  it('asks for “I” when the story says only “we’ve” and “we’re”', () => {
    expect(codes({ action: `We’ve ${fill(95)} and we’re on track` })).toEqual(['we-not-i']);
  });
});
