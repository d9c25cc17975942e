import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, StoryFieldsSchema, type Achievement } from '../../../shared/model';
import { storyFromAchievement } from '../../../shared/interview/prefill';
import { keyNumbers, storySource } from '../../../shared/interview/story-source';
import { arbitraryPlan } from '../../support/arbitraries';
import { achievement, planWith } from '../../support/plan-builders';

/**
 * A story prefilled from an achievement uses only the person's own words: STAR as written, else X-Y-Z
 * in STAR order, else the hand-written CV bullet as the action; the metrics go into the result once;
 * everything fits the story limits. keyNumbers lists the figures to have ready when telling it.
 */

const LATE_REPORTS = { value: 40, unit: '%', measures: 'fewer late reports' }; // "40% fewer late reports"
const SAVED = { value: 12_000, unit: '£', measures: 'saved' }; // "£12,000 saved"

describe('storyFromAchievement', () => {
  it('copies the STAR fields as written, with the title and a link to the achievement', () => {
    const a = achievement({
      id: 'a1',
      title: 'RAID log rescue',
      star: { situation: 'Risks were untracked.', task: 'Own the RAID log.', action: 'I ran weekly reviews.', result: 'Every risk had an owner.' },
      xyz: { accomplished: 'ignored', measuredBy: 'ignored', byDoing: 'ignored' },
      cvBullet: 'ignored too',
    });
    expect(storyFromAchievement(a, 's-new')).toEqual({
      id: 's-new',
      title: 'RAID log rescue',
      achievementId: 'a1',
      questionIds: [],
      star: { situation: 'Risks were untracked.', task: 'Own the RAID log.', action: 'I ran weekly reviews.', result: 'Every risk had an owner.' },
      reflection: '',
    });
  });

  it('keeps a partly written STAR as it is rather than mixing in X-Y-Z', () => {
    const a = achievement({ id: 'a1', star: { situation: 'Only this.', task: '', action: '', result: '' }, xyz: { accomplished: 'X', measuredBy: 'Y', byDoing: 'Z' } });
    expect(storyFromAchievement(a, 's1').star).toEqual({ situation: 'Only this.', task: '', action: '', result: '' });
  });

  it('falls back to X-Y-Z: task = accomplished, action = by doing, result = measured by', () => {
    const a = achievement({
      id: 'a1',
      star: { situation: '  ', task: '\n', action: '', result: '' },
      xyz: { accomplished: 'Cut late status reports', measuredBy: 'on-time rate up from 60% to 95%', byDoing: 'introducing a Friday reminder' },
      cvBullet: 'not used: by doing is there',
    });
    expect(storyFromAchievement(a, 's1').star).toEqual({
      situation: '  ',
      task: 'Cut late status reports',
      action: 'introducing a Friday reminder',
      result: 'on-time rate up from 60% to 95%',
    });
  });

  it('makes a hand-written CV bullet the action when nothing else says what was done', () => {
    const onlyBullet = achievement({ id: 'a1', cvBullet: 'Rebuilt the RAID log for 12 projects.' });
    expect(storyFromAchievement(onlyBullet, 's1').star).toEqual({ situation: '', task: '', action: 'Rebuilt the RAID log for 12 projects.', result: '' });
    const withTask = achievement({ id: 'a2', xyz: { accomplished: 'Tamed the RAID log', measuredBy: '', byDoing: '' }, cvBullet: 'Rebuilt it.' });
    expect(storyFromAchievement(withTask, 's2').star).toMatchObject({ task: 'Tamed the RAID log', action: 'Rebuilt it.', result: '' });
  });

  it('adds the metrics to the result, in brackets after the person’s words', () => {
    const a = achievement({ id: 'a1', star: { situation: '', task: '', action: 'I chased.', result: 'Late reports fell.' }, metrics: [LATE_REPORTS] });
    expect(storyFromAchievement(a, 's1').star.result).toBe('Late reports fell. (40% fewer late reports)');
    const two = achievement({ id: 'a2', xyz: { accomplished: 'X', measuredBy: 'Reports on time', byDoing: 'Z' }, metrics: [LATE_REPORTS, SAVED] });
    expect(storyFromAchievement(two, 's2').star.result).toBe('Reports on time (40% fewer late reports and £12,000 saved)');
  });

  it('makes the metrics the result, as a sentence, when there is no result', () => {
    const a = achievement({ id: 'a1', star: { situation: '', task: '', action: 'I chased.', result: '' }, metrics: [SAVED] });
    expect(storyFromAchievement(a, 's1').star.result).toBe('£12,000 saved.');
  });

  it('adds the metrics only once: not again when the result already says them', () => {
    const said = 'Late reports fell\n(40% fewer   late reports)';
    const a = achievement({ id: 'a1', star: { situation: '', task: '', action: 'I chased.', result: said }, metrics: [LATE_REPORTS] });
    expect(storyFromAchievement(a, 's1').star.result).toBe(said);
    // Prefilling from a story's own result again changes nothing.
    const once = storyFromAchievement(achievement({ id: 'a2', star: { situation: '', task: '', action: 'x', result: 'Fell.' }, metrics: [LATE_REPORTS] }), 's2');
    const again = storyFromAchievement(achievement({ id: 'a2', star: once.star, metrics: [LATE_REPORTS] }), 's2');
    expect(again.star.result).toBe('Fell. (40% fewer late reports)');
  });

  it('clips each part and the title to the story limits, so the story saves', () => {
    const metrics = Array.from({ length: LIMITS.metricsPerAchievement }, (_, i) => ({ value: i + 1, unit: '', measures: 'y'.repeat(LIMITS.shortText) }));
    const long = achievement({ id: 'a1', star: { situation: '', task: '', action: 'a', result: 'x'.repeat(LIMITS.mediumText) }, metrics });
    const story = storyFromAchievement(long, 's1');
    expect(story.star.result).toHaveLength(LIMITS.storyPart);
    expect(story.star.result.startsWith(`${'x'.repeat(LIMITS.mediumText)} (1 yyy`)).toBe(true);
    expect(StoryFieldsSchema.safeParse(story).success).toBe(true);
    // A title longer than a story's (only possible outside the schema) is cut to 200 characters.
    const titled: Achievement = { ...achievement({ id: 'a2' }), title: 't'.repeat(250) };
    expect(storyFromAchievement(titled, 's2').title).toBe('t'.repeat(LIMITS.shortText));
  });

  it('names each question once, at most 50', () => {
    const a = achievement({ id: 'a1' });
    expect(storyFromAchievement(a, 's1', ['q-failing-project', 'mine-1', 'q-failing-project']).questionIds).toEqual(['q-failing-project', 'mine-1']);
    const many = Array.from({ length: 60 }, (_, i) => `mine-${i % 55}`);
    expect(storyFromAchievement(a, 's1', many).questionIds).toEqual(Array.from({ length: 50 }, (_, i) => `mine-${i}`));
  });

  it('gives a story that parses as it is, for any achievement in any plan', () => {
    fc.assert(
      fc.property(arbitraryPlan(), fc.array(fc.constantFrom('q-failing-project', 'mine-1', 'mine-2'), { maxLength: 6 }), (plan, questionIds) => {
        for (const a of plan.achievements) {
          const story = storyFromAchievement(a, 'story-1', questionIds);
          const parsed = StoryFieldsSchema.safeParse(story);
          expect(parsed.success).toBe(true);
          expect(parsed.data).toEqual(story);
          expect(story.achievementId).toBe(a.id);
          expect(new Set(story.questionIds).size).toBe(story.questionIds.length);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('storySource', () => {
  const plan = planWith({ achievements: [achievement({ id: 'a1', title: 'RAID log rescue' })] });

  it('is the achievement while it is in the plan, gone once it is not, none for a story written from scratch', () => {
    expect(storySource({ achievementId: 'a1' }, plan)).toEqual({ kind: 'achievement', achievement: plan.achievements[0] });
    expect(storySource({ achievementId: 'a-deleted' }, plan)).toEqual({ kind: 'gone' });
    expect(storySource({ achievementId: null }, plan)).toEqual({ kind: 'none' });
  });
});

describe('keyNumbers', () => {
  const star = (action: string, result: string) => ({ star: { situation: 'In 2024 there were 9 boards.', task: 'Fix 3 things.', action, result } });

  it('lists the achievement’s metrics, then each action or result sentence that states a number', () => {
    const a = achievement({ id: 'a1', metrics: [LATE_REPORTS, SAVED] });
    const story = star('I rebuilt the report pack. It took 3 weeks and two workshops.', 'Late reports fell by 40%. Everyone was happier.');
    expect(keyNumbers(story, { kind: 'achievement', achievement: a })).toEqual([
      '40% fewer late reports',
      '£12,000 saved',
      'It took 3 weeks and two workshops.',
      'Late reports fell by 40%.',
    ]);
  });

  it('lists only the story’s own sentences when the source is gone or there is none', () => {
    const story = star('I ran 4 workshops!', 'Reports arrived on time.');
    expect(keyNumbers(story, { kind: 'gone' })).toEqual(['I ran 4 workshops!']);
    expect(keyNumbers(story, { kind: 'none' })).toEqual(['I ran 4 workshops!']);
    expect(keyNumbers(star('No figures here.', ''), { kind: 'none' })).toEqual([]);
  });

  it('names each figure once, whatever its case or where it came from', () => {
    const a = achievement({ id: 'a1', metrics: [LATE_REPORTS] });
    const story = star('I chaired 6 reviews. 40% Fewer late reports', 'I chaired 6 reviews. 40% fewer late reports');
    expect(keyNumbers(story, { kind: 'achievement', achievement: a })).toEqual(['40% fewer late reports', 'I chaired 6 reviews.']);
  });
});
