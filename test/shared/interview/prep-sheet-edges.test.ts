import { describe, expect, it } from 'vitest';
import { buildPrepSheet, type PrepSheetDocument, type PrepSheetStory } from '../../../shared/interview/prep-sheet/document';
import { renderPrepSheetMarkdown } from '../../../shared/interview/prep-sheet/markdown';
import { PlanSchema } from '../../../shared/model';
import { planWith, question, story } from '../../support/plan-builders';
import { interviewFixturePlan } from '../../support/interview-fixture';

/**
 * The prep sheet's document (title without a name, no subtitle by default, the tags line, the length
 * line) and its Markdown written out in full for hand-built documents, so every block and every blank
 * line between blocks is pinned: nothing extra for an empty subtitle, tags line or key-number list.
 */

const words = (n: number) => Array.from({ length: n }, () => 'plan').join(' ');

describe('buildPrepSheet', () => {
  it('is titled without a name when the profile has none, and has no subtitle unless given one', () => {
    const sheet = buildPrepSheet(planWith({}), ['q-failing-project']);
    expect(sheet.title).toBe('Interview preparation');
    expect(sheet.personName).toBe('');
    expect(sheet.subtitle).toBe('');
    expect(buildPrepSheet(interviewFixturePlan(), ['q-failing-project'], '  For   PMO Analyst ').subtitle).toBe('For PMO Analyst');
  });

  it('tags each question with its themes, then its area, joined by " · "; a question with neither has no tags', () => {
    const base = planWith({
      questions: [
        question({ id: 'mine-themes', text: 'Two themes, no area?', themes: ['reporting', 'risk'] }),
        question({ id: 'mine-area', text: 'An area only?', area: 'business' }),
        question({ id: 'mine-bare', text: 'Nothing at all?' }),
      ],
    });
    const tags = buildPrepSheet(base, ['q-conflict-between-pms', 'mine-themes', 'mine-area', 'mine-bare']).entries.map((e) => e.tags);
    expect(tags).toEqual(['Conflict · Leading without authority · Leadership skills', 'Reporting and KPIs · Risk and RAID', 'Business skills', '']);
  });

  it('gives the length spoken (STAR only) and written (with the reflection)', () => {
    // 130 STAR words = 60 s spoken; 140 words written with the 10-word reflection.
    const s = story({ id: 's-1', questionIds: ['q-failing-project'], star: { situation: '', task: '', action: words(100), result: words(30) }, reflection: words(10) });
    const p = PlanSchema.parse({ ...planWith({}), stories: [s] });
    expect(buildPrepSheet(p, ['q-failing-project']).entries[0]!.story!.length).toBe('Spoken: about 1 min · Written: 140 words');
  });
});

const FULL_STORY: PrepSheetStory = {
  id: 's-1',
  title: 'Booking clash',
  parts: [
    { label: 'Situation', text: 'Two teams wanted one room.' },
    { label: 'Action', text: 'I split the week.' },
  ],
  keyNumbers: ['3 days each', '2 teams'],
  length: 'Spoken: about 5 s · Written: 11 words',
  sourceNote: 'From the achievement “Room plan”',
};
const sheet = (entries: PrepSheetDocument['entries'], subtitle = ''): PrepSheetDocument => ({ title: 'Interview preparation: Sam Lee', personName: 'Sam Lee', subtitle, pageSize: 'A4', language: 'en-GB', entries });

describe('renderPrepSheetMarkdown', () => {
  it('writes every block of a full entry, one blank line apart, and a question with no story', () => {
    const doc = sheet(
      [
        { questionId: 'q-1', question: 'Tell me about a clash?', tags: 'Conflict · Leadership skills', story: FULL_STORY },
        { questionId: 'q-2', question: 'Why this role?', tags: '', story: null },
      ],
      'For PMO Analyst, Northwind',
    );
    expect(renderPrepSheetMarkdown(doc)).toBe(
      [
        '# Interview preparation: Sam Lee',
        'For PMO Analyst, Northwind',
        '## 1. Tell me about a clash?',
        '*Conflict · Leadership skills*',
        '**Story: Booking clash**',
        '*From the achievement “Room plan”*',
        '**Situation:** Two teams wanted one room.',
        '**Action:** I split the week.',
        '**Key numbers:**',
        '- 3 days each\n- 2 teams',
        '*Spoken: about 5 s · Written: 11 words*',
        '## 2. Why this role?',
        'No story prepared yet.',
      ].join('\n\n') + '\n',
    );
  });

  it('writes nothing for an empty subtitle, empty tags, no source and no key numbers', () => {
    const bare: PrepSheetStory = { ...FULL_STORY, keyNumbers: [], sourceNote: null, parts: [{ label: 'Result', text: 'Both shipped.' }] };
    expect(renderPrepSheetMarkdown(sheet([{ questionId: 'q-1', question: 'A clash?', tags: '', story: bare }]))).toBe(
      ['# Interview preparation: Sam Lee', '## 1. A clash?', '**Story: Booking clash**', '**Result:** Both shipped.', '*Spoken: about 5 s · Written: 11 words*'].join('\n\n') + '\n',
    );
  });

  it('says "No questions in this set." only when there are none', () => {
    expect(renderPrepSheetMarkdown(sheet([]))).toBe('# Interview preparation: Sam Lee\n\nNo questions in this set.\n');
    expect(renderPrepSheetMarkdown(sheet([{ questionId: 'q-2', question: 'Why?', tags: '', story: null }]))).not.toContain('No questions in this set.');
  });
});
