import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../../shared/catalog/interview';
import { interviewCoverage, isPreparedStory } from '../../../shared/insights/interview-coverage';
import { gapSuggestions, storySuggestions } from '../../../shared/insights/interview-suggestions';
import { visibleQuestions } from '../../../shared/interview/question-bank';
import {
  COMPETENCY_AREAS,
  DEFAULT_PREFERENCES,
  INTERVIEW_THEMES,
  INTERVIEW_THEME_LABELS,
  PlanChangeSchema,
  PlanSchema,
  QuestionFieldsSchema,
  StoryFieldsSchema,
  applyPlanChange,
  type InterviewTheme,
  type Plan,
} from '../../../shared/model';
import { arbitraryId, arbitraryPlan, arbitraryStoryBase } from '../../support/arbitraries';
import { FIXED_NOW, achievement, planWith, skill } from '../../support/plan-builders';

/**
 * Interview coverage (how many prepared stories answer each theme's visible questions) and the
 * achievements suggested for a theme. Properties over any plan: adding a story never lowers a count and
 * raises exactly the counts of the themes its visible questions carry; suggestions only name real,
 * untold achievements, best first, each with a reason.
 */

const stamps = { createdAt: FIXED_NOW, updatedAt: FIXED_NOW };
const PREPARED = { situation: '', task: '', action: 'I chaired it.', result: 'It worked.' };
const story = (id: string, questionIds: string[], fields: Record<string, unknown> = {}) =>
  ({ ...StoryFieldsSchema.parse({ id, title: id, questionIds, star: PREPARED, ...fields }), ...stamps });
const question = (fields: Record<string, unknown>) => ({ ...QuestionFieldsSchema.parse(fields), ...stamps });
const plan = (parts: Partial<Plan>): Plan => PlanSchema.parse({ ...planWith({}), ...parts });
const bankWith = (theme: InterviewTheme) => QUESTION_BANK.filter((q) => q.themes.includes(theme));
const byTheme = (p: Plan, theme: InterviewTheme) => interviewCoverage(p).themes.find((t) => t.theme === theme)!;

describe('interviewCoverage', () => {
  it('names every theme as a gap in words while no story is prepared', () => {
    const coverage = interviewCoverage(plan({}));
    expect(coverage.preparedStories).toBe(0);
    expect(coverage.gaps.map((g) => g.theme)).toEqual([...INTERVIEW_THEMES]);
    for (const gap of coverage.gaps) {
      expect(gap.message).toBe(`No story yet about ${INTERVIEW_THEME_LABELS[gap.theme].about}.`);
      expect(gap.questionIds).toEqual(bankWith(gap.theme).map((q) => q.id));
    }
    const conflict = coverage.gaps.find((g) => g.theme === 'conflict')!;
    expect(conflict.message).toBe('No story yet about handling conflict between project managers.');
    expect(coverage.gaps.find((g) => g.theme === 'risk')!.message).toBe('No story yet about managing risks, issues and dependencies.');
  });

  it('counts a prepared story for each theme and area cell of the questions it answers, once', () => {
    // q-conflict-between-pms: leadership, conflict + influence; q-pm-resisting-pmo-process: leadership, conflict + governance + influence.
    const p = plan({ stories: [story('s1', ['q-conflict-between-pms', 'q-pm-resisting-pmo-process'])] });
    const coverage = interviewCoverage(p);
    expect(coverage.preparedStories).toBe(1);
    for (const theme of ['conflict', 'influence', 'governance'] as const) {
      const t = coverage.themes.find((x) => x.theme === theme)!;
      expect(t.stories, theme).toBe(1);
      expect(t.cells.leadership.stories, theme).toBe(1);
      expect(t.cells.business.stories + t.cells.organisational.stories, theme).toBe(0);
    }
    expect(coverage.themes.filter((t) => t.stories > 0).map((t) => t.theme).sort()).toEqual(['conflict', 'governance', 'influence']);
    expect(coverage.gaps.map((g) => g.theme)).toEqual(INTERVIEW_THEMES.filter((t) => !['conflict', 'influence', 'governance'].includes(t)));
    expect(byTheme(p, 'conflict').questions).toBe(bankWith('conflict').length);
    expect(byTheme(p, 'conflict').label).toBe('Conflict');
  });

  it('does not count a hidden question, nor a story that answers only hidden ones', () => {
    const p = plan({ preferences: { ...DEFAULT_PREFERENCES, hiddenQuestionIds: ['q-governance-standards'] }, stories: [story('s1', ['q-governance-standards'])] });
    const coverage = interviewCoverage(p);
    const governance = coverage.themes.find((t) => t.theme === 'governance')!;
    expect(governance).toMatchObject({ stories: 0, questions: bankWith('governance').length - 1 });
    expect(coverage.preparedStories).toBe(0);
    const gap = coverage.gaps.find((g) => g.theme === 'governance')!;
    expect(gap.questionIds).not.toContain('q-governance-standards');
    expect(gap.questionIds).toHaveLength(bankWith('governance').length - 1);
  });

  it('does not count a story until it says what was done and how it ended', () => {
    const unprepared = [
      story('no-action', ['q-failing-project'], { star: { ...PREPARED, action: '' } }),
      story('blank-result', ['q-failing-project'], { star: { ...PREPARED, result: ' \n ' } }),
    ];
    expect(unprepared.map(isPreparedStory)).toEqual([false, false]);
    const coverage = interviewCoverage(plan({ stories: unprepared }));
    expect(coverage.preparedStories).toBe(0);
    expect(coverage.themes.every((t) => t.stories === 0)).toBe(true);
    expect(byTheme(plan({ stories: [...unprepared, story('ok', ['q-failing-project'])] }), 'recovery').stories).toBe(1);
  });

  it('counts the person’s own question with no area in its themes but in no cell', () => {
    const p = plan({ questions: [question({ id: 'mine-1', text: 'A risk you missed?', themes: ['risk'] })], stories: [story('s1', ['mine-1'])] });
    const risk = byTheme(p, 'risk');
    expect(risk).toMatchObject({ questions: bankWith('risk').length + 1, stories: 1 });
    expect(COMPETENCY_AREAS.map((a) => risk.cells[a].stories)).toEqual([0, 0, 0]);
    expect(COMPETENCY_AREAS.reduce((n, a) => n + risk.cells[a].questions, 0)).toBe(bankWith('risk').length);
  });
});

describe('interviewCoverage properties', () => {
  const BANK_IDS = ['q-governance-standards', 'q-conflict-between-pms', 'q-failing-project', 'q-raid-log-kept-alive', 'q-pmo-budget-cut', 'not-a-question'];
  const withNewStory = arbitraryPlan().chain((p) =>
    fc.record({
      plan: fc.constant(p),
      id: arbitraryId().filter((id) => !p.stories.some((s) => s.id === id)),
      base: arbitraryStoryBase(),
      questionIds: fc.subarray([...p.questions.map((q) => q.id), ...BANK_IDS]),
      // Prepared, or missing its action or its result.
      missing: fc.constantFrom('none', 'none', 'action', 'result'),
    }),
  );

  it('never lowers a count, and raises by one exactly the themes and cells a prepared story answers', () => {
    fc.assert(
      fc.property(withNewStory, ({ plan: before, id, base, questionIds, missing }) => {
        const star = { ...base.star, action: missing === 'action' ? '' : `${base.star.action} I led`, result: missing === 'result' ? ' ' : `${base.star.result} done` };
        const change = PlanChangeSchema.parse({ type: 'story.put', item: { ...base, id, star, questionIds } });
        const after = applyPlanChange(before, change, { now: FIXED_NOW, today: FIXED_NOW.slice(0, 10) });
        const was = interviewCoverage(before);
        const now = interviewCoverage(after);
        const visible = visibleQuestions(before);
        const answered = questionIds.flatMap((qid) => visible.filter((q) => q.id === qid).slice(0, 1));
        const counts = missing === 'none';
        const hitThemes = new Set(counts ? answered.flatMap((q) => q.themes) : []);
        const hitCells = new Set(counts ? answered.flatMap((q) => (q.area === null ? [] : q.themes.map((t) => `${t}|${q.area}`))) : []);
        now.themes.forEach((t, i) => {
          const old = was.themes[i]!;
          expect(t.theme).toBe(old.theme);
          expect(t.questions).toBe(old.questions);
          expect(t.stories).toBeGreaterThanOrEqual(old.stories);
          // The story is new, so no theme had counted it: each theme it reaches gains exactly one.
          expect(t.stories).toBe(old.stories + (hitThemes.has(t.theme) ? 1 : 0));
          for (const area of COMPETENCY_AREAS) {
            expect(t.cells[area].stories).toBeGreaterThanOrEqual(old.cells[area].stories);
            expect(t.cells[area].stories).toBe(old.cells[area].stories + (hitCells.has(`${t.theme}|${area}`) ? 1 : 0));
          }
        });
        expect(now.preparedStories).toBe(was.preparedStories + (counts && answered.length > 0 ? 1 : 0));
        // A gap can only close.
        expect(now.gaps.every((g) => was.gaps.some((w) => w.theme === g.theme))).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
});

describe('storySuggestions', () => {
  const raid = achievement({ id: 'a-raid', title: 'Rebuilt the logs', star: { situation: '', task: '', action: 'I rebuilt the RAID log every week.', result: '' } });

  it('suggests an achievement that mentions the theme’s words, saying which', () => {
    const suggestions = storySuggestions(planWith({ achievements: [raid] }), ['risk', 'tools']);
    expect(suggestions.get('risk')).toEqual([{ achievementId: 'a-raid', title: 'Rebuilt the logs', reasons: ['mentions “RAID”'], score: 1 }]);
    expect(suggestions.get('tools')).toEqual([]);
  });

  it('weighs a tag double and says so', () => {
    const tagged = achievement({ id: 'a-tag', title: 'Wrote a handbook', tags: ['governance', 'writing'] });
    const s = storySuggestions(planWith({ achievements: [tagged] }), ['governance']).get('governance')!;
    expect(s).toEqual([{ achievementId: 'a-tag', title: 'Wrote a handbook', reasons: ['tagged “governance”'], score: 2 }]);
  });

  it('counts a linked skill’s name, double', () => {
    const p = planWith({
      skills: [skill({ id: 'sk-1', name: 'Stakeholder management' })],
      achievements: [achievement({ id: 'a-sk', title: 'Quarterly review', skillIds: ['sk-1'] })],
    });
    const s = storySuggestions(p, ['stakeholders', 'risk']);
    expect(s.get('stakeholders')).toEqual([{ achievementId: 'a-sk', title: 'Quarterly review', reasons: ['linked to the skill “Stakeholder management”'], score: 2 }]);
    expect(s.get('risk')).toEqual([]);
  });

  it('ranks by score and leaves out an achievement already told for the theme', () => {
    const both = achievement({ id: 'a-both', title: 'Risk review', tags: ['risk'], cvBullet: 'Ran the RAID log.' });
    const base = planWith({ achievements: [raid, both] });
    expect(storySuggestions(base, ['risk']).get('risk')!.map((s) => [s.achievementId, s.score])).toEqual([['a-both', 4], ['a-raid', 1]]);
    // A story from a-both answers q-raid-log-kept-alive (risk, governance): it is told for risk now.
    const told = plan({ ...base, stories: [story('s1', ['q-raid-log-kept-alive'], { achievementId: 'a-both' })] });
    expect(storySuggestions(told, ['risk']).get('risk')!.map((s) => s.achievementId)).toEqual(['a-raid']);
  });

  it('suggests for the coverage gaps only', () => {
    const p = plan({ ...planWith({ achievements: [raid] }), stories: [story('s1', ['q-failing-project'])] });
    const suggestions = gapSuggestions(p, interviewCoverage(p));
    expect(suggestions.has('risk')).toBe(false); // q-failing-project is a risk question: no gap
    expect(suggestions.get('governance')).toEqual([]);
    expect([...suggestions.keys()]).toEqual(interviewCoverage(p).gaps.map((g) => g.theme));
  });

  const PHRASES = ['Kept the RAID log', 'Chaired the governance board', 'Resolved a conflict between PMs', 'Turnaround of a failing project', 'Built a Power BI dashboard', 'Nothing here'];
  const TAGS = ['risk', 'conflict', 'benefits', 'misc'];
  const keywordPlan = arbitraryPlan().map((p) => ({
    ...p,
    achievements: p.achievements.map((a, i) => ({ ...a, cvBullet: `${a.cvBullet}\n${PHRASES[i % PHRASES.length]}`, tags: i % 2 === 1 ? [...a.tags, TAGS[i % TAGS.length]!] : a.tags })),
  }));

  it('only names achievements in the plan and not yet told for the theme, best first, each with a reason', () => {
    fc.assert(
      fc.property(keywordPlan, (p) => {
        const visible = visibleQuestions(p);
        const all = storySuggestions(p, INTERVIEW_THEMES, { perTheme: 100 });
        const top = storySuggestions(p, INTERVIEW_THEMES);
        for (const theme of INTERVIEW_THEMES) {
          const told = new Set(
            p.stories.filter((s) => s.achievementId !== null && s.questionIds.some((qid) => visible.find((q) => q.id === qid)?.themes.includes(theme))).map((s) => s.achievementId),
          );
          const list = all.get(theme)!;
          for (const s of list) {
            const a = p.achievements.find((x) => x.id === s.achievementId);
            expect(a, s.achievementId).toBeDefined();
            expect(s.title).toBe(a!.title);
            expect(told.has(s.achievementId)).toBe(false);
            expect(s.reasons.length).toBeGreaterThan(0);
            expect(s.score).toBeGreaterThan(0);
          }
          for (let i = 1; i < list.length; i++) expect(list[i - 1]!.score).toBeGreaterThanOrEqual(list[i]!.score);
          expect(new Set(list.map((s) => s.achievementId)).size).toBe(list.length);
          expect(top.get(theme)).toEqual(list.slice(0, 3));
          // Every achievement that says "RAID" and is untold is suggested for risk.
          if (theme === 'risk') {
            const expected = p.achievements.filter((a) => a.cvBullet.endsWith('Kept the RAID log') && !told.has(a.id)).map((a) => a.id);
            expect(list.map((s) => s.achievementId)).toEqual(expect.arrayContaining(expected));
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
