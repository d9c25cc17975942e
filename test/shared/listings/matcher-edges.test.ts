import { describe, expect, it } from 'vitest';
import type { TermAlias } from '../../../shared/catalog/vocabulary';
import { gradeAsks, listingAnalyser, summariseListing, type GradedAsk } from '../../../shared/listings';
import { compileTerms, matchTerms } from '../../../shared/listings/term-index';
import { tokenize } from '../../../shared/listings/tokens';
import { createEmptyPlan, type PlanChangeInput } from '../../../shared/model';
import { NOW, apply } from '../../support/listing-asks';

// Edges the mutation run (Stryker over term-index, grade and summary) showed no test held down.

const alias = (text: string, options: Partial<TermAlias> = {}): TermAlias => ({ text, exactCase: false, needsNearby: [], notNearby: [], notFollowedBy: [], notPrecededBy: [], ...options });
const found = (text: string, ...aliases: TermAlias[]) => {
  const index = compileTerms([{ id: 't', aliases }]);
  return matchTerms(text, tokenize(text), index).map((m) => text.slice(tokenize(text)[m.first]!.start, tokenize(text)[m.last]!.end));
};

describe('matching an alias', () => {
  it('refuses one with context that shows another meaning, even where the context it needs is there too', () => {
    const msp = alias('MSP', { exactCase: true, needsNearby: ['programme'], notNearby: ['managed service'] });
    expect(found('MSP for the programme office', msp)).toEqual(['MSP']);
    expect(found('Programme support comes from our MSP, a managed service provider.', msp)).toEqual([]);
  });

  it('joins its words across spaces, dashes, slashes and one line break, never across a full stop or a blank line', () => {
    const risk = alias('risk management');
    expect(found('risk management', risk)).toEqual(['risk management']);
    expect(found('risk-management', risk)).toEqual(['risk-management']);
    expect(found('risk\nmanagement', risk)).toEqual(['risk\nmanagement']);
    expect(found('We manage risk. Management of change is next.', risk)).toEqual([]);
    expect(found('risk\n\nmanagement', risk)).toEqual([]);
  });

  it('does not take the alias itself as the context it needs', () => {
    expect(found('Use the tool daily.', alias('tool', { needsNearby: ['tool'] }))).toEqual([]);
    expect(found('Use the tool, a PPM tool, daily.', alias('tool', { needsNearby: ['PPM'] }))).toEqual(['tool', 'tool']);
  });

  it('skips an alias with no words in it rather than matching everything', () => {
    expect(found('Anything at all', alias('®™'), alias('Anything'))).toEqual(['Anything']);
  });
});

const plan = (...changes: PlanChangeInput[]) => changes.reduce((p, c) => apply(p, c), createEmptyPlan(NOW));
const grade = (text: string, changes: PlanChangeInput[] = []): GradedAsk[] => gradeAsks(listingAnalyser([]).analyse(text).asks, plan(...changes), '2026-12-01');
const byKey = (graded: GradedAsk[], key: string) => graded.find((g) => g.ask.key === key)!;

describe('grading edges', () => {
  it('counts the work history as covering years asked when it is exactly that long, and says how long in words', () => {
    const role = (startMonth: string, endMonth: string): PlanChangeInput => ({ type: 'role.put', item: { id: `r${startMonth}`, title: 'PM', startMonth, endMonth } });
    expect(byKey(grade("3+ years' experience in a PMO.", [role('2020-01', '2022-12')]), 'experience')).toMatchObject({ grade: 'claimed', reason: expect.stringContaining('adds up to 3 years;') });
    expect(byKey(grade("3+ years' experience in a PMO.", [role('2020-01', '2022-11')]), 'experience')).toMatchObject({ grade: 'missing', reason: 'Your work history adds up to 2 years 11 months.' });
    expect(byKey(grade("1+ years' experience in a PMO.", [role('2022-01', '2022-01')]), 'experience').reason).toBe('Your work history adds up to 1 month.');
  });

  it('names the first achievement that shows an ask, shortened when long, and how many more do', () => {
    const long = 'Rebuilt the weekly Power BI dashboard for the portfolio board so every project reports the same KPIs';
    const graded = grade('Power BI is essential.', [
      { type: 'achievement.put', item: { id: 'a1', title: long } },
      { type: 'achievement.put', item: { id: 'a2', title: 'Power BI training for the team' } },
      { type: 'achievement.put', item: { id: 'a3', title: 'Moved status reporting to Power BI' } },
    ]);
    expect(byKey(graded, 'tool-power-bi').reason).toBe(`Shown by your achievement “${long.slice(0, 57)}…” and 2 more.`);
  });

  it('finds a custom certification by the term’s label only when it has no catalog entry', () => {
    const graded = grade('AgilePM is desirable. PMP is essential.', [
      { type: 'certification.put', item: { id: 'c1', customName: 'agilepm', status: 'studying' } },
      { type: 'certification.put', item: { id: 'c2', catalogId: 'pmp', customName: 'AgilePM', status: 'passed' } },
    ]);
    expect(byKey(graded, 'cert-agilepm')).toMatchObject({ grade: 'planned', certifications: [expect.objectContaining({ id: 'c1' })] });
    expect(byKey(graded, 'cert-pmp').grade).toBe('evidenced');
  });

  it('takes the highest current level among the skills that count', () => {
    const graded = grade('Stakeholder management is essential.', [
      { type: 'skill.put', item: { id: 's1', catalogId: 'stakeholder-management', area: 'leadership', name: 'Stakeholders (old)', currentLevel: 1, targetLevel: 1 } },
      { type: 'skill.put', item: { id: 's2', catalogId: 'stakeholder-management', area: 'leadership', name: 'Stakeholder management', currentLevel: 3, targetLevel: 3 } },
    ]);
    expect(byKey(graded, 'skill-stakeholders')).toMatchObject({ grade: 'claimed', reason: expect.stringContaining('“Stakeholder management” is at Proficient') });
  });
});

describe('summary wording', () => {
  it('says what of the essentials is only planned and what is missing, missing essentials first in the headline', () => {
    const summary = summariseListing(grade('Essential\n• PRINCE2 Practitioner\n• P3O\n\nDesirable\n• Jira\n\nAbout the role\nYou will use Power BI.', [
      { type: 'certification.put', item: { id: 'c1', catalogId: 'prince2-7-practitioner', status: 'studying' } },
    ]));
    expect(summary.headline).toBe('Covers 0 of the 4 things it asks for; 1 is only planned; missing: P3O, Power BI, Jira.');
    expect(summary.essentials).toBe('Of its 2 essentials you cover 0; only planned: PRINCE2 Practitioner; missing: P3O.');
  });

  it('says a single essential is covered in the singular, and lists what to check', () => {
    const summary = summariseListing(grade('PMP is essential. A degree is desirable.', [{ type: 'certification.put', item: { id: 'c1', catalogId: 'pmp', status: 'passed' } }]));
    expect(summary.headline).toBe('Covers 1 of the 1 thing it asks for.');
    expect(summary.essentials).toBe('You cover its one essential.');
    expect(summary.toCheck).toBe('It also asks for a degree, which your plan does not record.');
  });
});
