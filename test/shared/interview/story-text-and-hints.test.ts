import { describe, expect, it } from 'vitest';
import { SPOKEN_WORDS, storyHints } from '../../../shared/interview/story-hints';
import { clockReading, describeDuration, speakingSeconds, spokenVersion, writtenVersion } from '../../../shared/interview/story-text';

/**
 * A story's two versions (spoken: STAR at 130 words a minute, about two minutes; written: STAR and the
 * reflection, 250-500 words) and the hints that nudge it towards a good answer. Each hint is checked to
 * appear exactly when its rule says, on stories built to break one rule at a time.
 */

/** `n` words with no pronoun and no number in them. */
const FILLER = ['the', 'project', 'board', 'reviewed', 'each', 'plan', 'carefully'];
const fill = (n: number) => Array.from({ length: n }, (_, i) => FILLER[i % FILLER.length]).join(' ');
const RESULT = 'Late reports fell by 40% in 3 months'; // 8 words, two numbers

interface Parts {
  situation?: string;
  task?: string;
  action?: string;
  result?: string;
  reflection?: string;
  questionIds?: string[];
}
const story = (p: Parts = {}) => ({
  star: { situation: p.situation ?? '', task: p.task ?? '', action: p.action ?? '', result: p.result ?? '' },
  reflection: p.reflection ?? '',
  questionIds: p.questionIds ?? ['q-failing-project'],
});

/** A well-formed story: 60 + 60 + 100 + 50 = 270 words, "I" in the action, numbers in the result, a question. */
const good = (p: Parts = {}) =>
  story({ situation: fill(60), task: fill(60), action: `I ${fill(99)}`, result: `${RESULT} ${fill(42)}`, ...p });
const codes = (s: ReturnType<typeof story>) => storyHints(s).map((h) => h.code);

describe('spoken and written versions', () => {
  it('times a story at 130 words a minute', () => {
    // 260 words / 130 a minute = 2 minutes; 130 words = 1 minute; 65 = 30 s.
    expect(spokenVersion(story({ action: fill(260) }))).toMatchObject({ words: 260, seconds: 120 });
    expect(spokenVersion(story({ action: fill(130) }))).toMatchObject({ words: 130, seconds: 60 });
    expect(speakingSeconds(65)).toBe(30);
    expect(speakingSeconds(0)).toBe(0);
    // 11 words = 5.08 s, said as 5 s.
    expect(speakingSeconds(11)).toBe(5);
  });

  it('says the STAR parts that have words, labelled and tidied; the spoken one leaves out the reflection', () => {
    const s = story({ situation: '  The   board\nwas late. ', action: 'I fixed it.', result: 'Done in 3 weeks.', reflection: 'Start sooner.' });
    const spoken = spokenVersion(s);
    expect(spoken.parts).toEqual([
      { key: 'situation', label: 'Situation', text: 'The board was late.' },
      { key: 'action', label: 'Action', text: 'I fixed it.' },
      { key: 'result', label: 'Result', text: 'Done in 3 weeks.' },
    ]);
    expect(spoken.words).toBe(11);
    const written = writtenVersion(s);
    expect(written.parts.map((p) => p.key)).toEqual(['situation', 'action', 'result', 'reflection']);
    expect(written.parts.at(-1)).toEqual({ key: 'reflection', label: 'Reflection: what I would do differently', text: 'Start sooner.' });
    // 13 words at 130 a minute is exactly 6 s.
    expect(written).toMatchObject({ words: 13, seconds: 6 });
  });

  it('counts a blank story as no words', () => {
    expect(spokenVersion(story({ situation: '  \n ', reflection: 'x' }))).toEqual({ parts: [], words: 0, seconds: 0 });
    expect(writtenVersion(story({ reflection: 'x' })).words).toBe(1);
  });
});

describe('describeDuration and clockReading', () => {
  it('reads a length to the nearest 5 s, in minutes and seconds', () => {
    expect(describeDuration(120)).toBe('about 2 min');
    expect(describeDuration(130)).toBe('about 2 min 10 s');
    expect(describeDuration(45)).toBe('about 45 s');
    expect(describeDuration(47)).toBe('about 45 s'); // 9.4 fives -> 9
    expect(describeDuration(48)).toBe('about 50 s'); // 9.6 fives -> 10
    expect(describeDuration(58)).toBe('about 1 min'); // rounds up to 60
    expect(describeDuration(89.5)).toBe('about 1 min 30 s');
    expect(describeDuration(2)).toBe('about 0 s');
  });

  it('shows a timer as m:ss, rounding up a part second and never below 0:00', () => {
    expect(clockReading(105)).toBe('1:45');
    expect(clockReading(0)).toBe('0:00');
    expect(clockReading(-5)).toBe('0:00');
    expect(clockReading(59.2)).toBe('1:00');
    expect(clockReading(9)).toBe('0:09');
    expect(clockReading(3_599)).toBe('59:59');
    expect(clockReading(3_661)).toBe('61:01');
  });
});

describe('storyHints', () => {
  it('gives a well-formed 270-word story no hints at all', () => {
    const s = good();
    expect(spokenVersion(s).words).toBe(270);
    expect(writtenVersion(s).words).toBe(270);
    expect(storyHints(s)).toEqual([]);
  });

  it('derives the spoken range from 90-150 s at 130 words a minute', () => {
    // 90 s × 130 / 60 = 195 words; 150 s = 325 words; 2 minutes = 260 words.
    expect(SPOKEN_WORDS).toEqual({ min: 195, max: 325, target: 260 });
  });

  it('asks for the action when it is blank, and only that', () => {
    expect(codes(good({ situation: `I ${fill(159)}`, action: '' }))).toEqual(['no-action']);
    expect(codes(good({ situation: `I ${fill(159)}`, action: ' \n\t' }))).toEqual(['no-action']);
    expect(storyHints(good({ situation: `I ${fill(159)}`, action: '' }))[0]!.message).toBe('Say what you did: the action is most of a good answer.');
  });

  it('asks for the result when it is blank, without also asking for a number in it', () => {
    expect(codes(good({ task: fill(110), result: '' }))).toEqual(['no-result']);
  });

  it('asks for a number only when neither the action nor the result states one', () => {
    const noNumber = `Late reports fell sharply ${fill(46)}`;
    expect(codes(good({ result: noNumber }))).toEqual(['no-number']);
    // A number in the action is enough, and so is a number written as a word.
    expect(codes(good({ result: noNumber, action: `I cut 12 steps ${fill(96)}` }))).toEqual([]);
    expect(codes(good({ result: `Late reports fell by forty per cent ${fill(43)}` }))).toEqual([]);
    // A label such as "Q3" is not an amount; a number in the situation does not count either.
    expect(codes(good({ result: `Late reports fell by Q3 ${fill(46)}`, situation: `In 2024 ${fill(58)}` }))).toEqual(['no-number']);
  });

  it('asks for “I” when the story says only “we”', () => {
    expect(codes(good({ action: `We ${fill(99)}` }))).toEqual(['we-not-i']);
    expect(codes(good({ action: `our ${fill(99)}` }))).toEqual(['we-not-i']);
    // "we" with "I" or "my" is fine, and so is a story with no pronoun at all.
    expect(codes(good({ action: `We agreed and I ${fill(97)}` }))).toEqual([]);
    expect(codes(good({ action: `We met my sponsor ${fill(96)}` }))).toEqual([]);
    expect(codes(good({ action: fill(100) }))).toEqual([]);
    // The reflection is not part of what was told.
    expect(codes(good({ action: fill(100), reflection: 'we' }))).toEqual([]);
  });

  it('counts “I” followed by punctuation as saying “I”', () => {
    // "I," is still the word I: the story plainly says what the speaker did.
    expect(codes(good({ action: `We agreed that I, as PMO lead, would chair it ${fill(91)}` }))).toEqual([]);
  });

  /** A story of `spoken` STAR words (action 100 with "I", result 50 with numbers) and `reflection` more. */
  const sized = (spoken: number, reflection = 0) =>
    story({ situation: fill(spoken - 150), action: `I ${fill(99)}`, result: `${RESULT} ${fill(42)}`, reflection: fill(reflection) });

  it('flags a spoken version under 195 or over 325 words', () => {
    expect(spokenVersion(sized(194)).words).toBe(194);
    expect(codes(sized(194))).toEqual(['spoken-too-short', 'written-too-short']);
    expect(codes(sized(195))).toEqual(['written-too-short']);
    expect(codes(sized(325))).toEqual([]);
    expect(codes(sized(326))).toEqual(['spoken-too-long']);
    // The reflection is not spoken: it cannot make the spoken version long.
    expect(codes(sized(300, 150))).toEqual([]);
  });

  it('says the spoken length in minutes', () => {
    // 130 words = 60 s; 390 words = 180 s.
    expect(storyHints(story({ action: `I ${fill(99)}`, result: `${RESULT} ${fill(22)}` })).find((h) => h.code === 'spoken-too-short')!.message).toBe(
      'Spoken, this is about 1 min: add detail to the action to reach about 2 minutes.',
    );
    expect(storyHints(sized(390)).find((h) => h.code === 'spoken-too-long')!.message).toBe('Spoken, this is about 3 min: cut it to about 260 words for 2 minutes.');
  });

  it('flags a written version under 250 or over 500 words, counting the reflection', () => {
    // 200 spoken words are fine out loud but short on paper.
    expect(codes(sized(200))).toEqual(['written-too-short']);
    expect(storyHints(sized(200))[0]!.message).toBe('Written, this is 200 words: an application form answer is usually 250–500.');
    expect(codes(sized(200, 50))).toEqual([]);
    expect(codes(sized(249))).toEqual(['written-too-short']);
    expect(codes(sized(250))).toEqual([]);
    expect(codes(sized(300, 200))).toEqual([]);
    expect(codes(sized(300, 201))).toEqual(['written-too-long']);
    expect(storyHints(sized(300, 201))[0]!.message).toBe('Written, this is 501 words: most forms allow 500 at most.');
  });

  it('asks to link a question when the story answers none', () => {
    expect(codes(good({ questionIds: [] }))).toEqual(['answers-nothing']);
    expect(codes(good({ questionIds: ['mine-1'] }))).toEqual([]);
  });

  it('gives a blank story the missing parts and the link, but no length hints', () => {
    expect(codes(story({ questionIds: [] }))).toEqual(['no-action', 'no-result', 'answers-nothing']);
  });
});
