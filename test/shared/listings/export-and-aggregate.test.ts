import { describe, expect, it } from 'vitest';
import {
  GRADE_LABELS,
  aggregateListings,
  comparisonFileName,
  gradeAsks,
  listingAnalyser,
  renderComparison,
  summariseListing,
  type ComparisonFormat,
} from '../../../shared/listings';
import { PlanChangeSchema, PlanSchema, applyPlanChange, createEmptyPlan, type Plan, type PlanChangeInput } from '../../../shared/model';
import { CHEF_LISTING, PARAGRAPH_LISTING, UK_LISTING, US_LISTING } from '../../support/listing-fixtures';

/**
 * One listing's comparison as a file to prepare an application with, and what all saved listings ask
 * for most, counted once per listing and graded against the plan.
 */

const NOW = '2026-12-01T09:00:00.000Z';
const TODAY = '2026-12-01';
const planWith = (...changes: PlanChangeInput[]): Plan =>
  changes.reduce((plan, change) => PlanSchema.parse(applyPlanChange(plan, PlanChangeSchema.parse(change), { now: NOW, today: TODAY })), createEmptyPlan(NOW));
const listing = (id: string, title: string, organisation: string, text: string, extra: Record<string, unknown> = {}): PlanChangeInput =>
  ({ type: 'listing.put', item: { id, title, organisation, text, ...extra } }) as PlanChangeInput;

describe('renderComparison', () => {
  const plan = planWith(
    { type: 'skill.put', item: { id: 's1', catalogId: 'stakeholder-management', area: 'leadership', name: 'Stakeholder *wrangling* _and_ #1', currentLevel: 3 } },
    { type: 'certification.put', item: { id: 'c1', catalogId: 'prince2-7-practitioner', status: 'passed' } },
    listing('l1', 'PMO Analyst *senior*', 'Harbourside_Council #2', UK_LISTING, { link: 'https://jobs.example.gov.uk/pmo-analyst', notes: '# Ask about *hybrid* working_days' }),
  );
  const saved = plan.listings[0]!;
  const graded = gradeAsks(listingAnalyser(plan.termMappings).analyse(saved.text).asks, plan, TODAY);
  const summary = summariseListing(graded);
  const render = (format: ComparisonFormat) => renderComparison({ listing: saved, graded, summary, today: TODAY }, format);

  it('plain text holds the title, organisation, headline, essentials and every ask with its grade word and reason', () => {
    const txt = render('txt');
    const lines = txt.split('\n');
    expect(lines[0]).toBe('PMO Analyst *senior* at Harbourside_Council #2');
    expect(lines[1]).toBe('='.repeat(lines[0]!.length));
    expect(lines).toContain('Link: https://jobs.example.gov.uk/pmo-analyst');
    expect(lines).toContain('Status: Interested (since 2026-12-01)');
    expect(lines).toContain('Compared with your plan on 2026-12-01');
    expect(lines).toContain(summary.headline);
    expect(lines).toContain(summary.essentials!);
    expect(summary.headline).toMatch(/^Covers 2 of the 11 things it asks for; missing: /);
    for (const g of graded) expect(txt).toContain(`${g.ask.label} (`);
    expect(lines).toContain('* PRINCE2 Practitioner (essential): Evidenced. You hold PRINCE2 7 Practitioner.');
    expect(lines).toContain('* SharePoint (desirable): Missing. Not in your plan.');
    expect(lines).toContain('* RAID and risk management (mentioned): Missing. Not in your plan.');
    expect(lines).toContain('* Stakeholder management (essential): Claimed. Your skill “Stakeholder *wrangling* _and_ #1” is at Proficient; it asks for Proficient. Log an achievement that shows it.');
    expect(txt.indexOf('Certifications\n--------------')).toBeLessThan(txt.indexOf('PMO skills\n----------'));
    expect(txt.indexOf('PMO skills')).toBeLessThan(txt.indexOf('Tools\n-----'));
    expect(txt).toMatch(/Notes\n-----\n\n# Ask about \*hybrid\* working_days\n$/);
  });

  it('Markdown escapes * _ # in the person’s words and bolds each ask with its grade word', () => {
    const md = render('md');
    expect(md.split('\n')[0]).toBe('# PMO Analyst \\*senior\\* at Harbourside\\_Council \\#2');
    expect(md).toContain(`\n${summary.headline}\n`);
    expect(md).toContain('## Certifications\n\n- **PRINCE2 Practitioner (essential): Evidenced**. You hold PRINCE2 7 Practitioner.');
    expect(md).toContain('- **Stakeholder management (essential): Claimed**. Your skill “Stakeholder \\*wrangling\\* \\_and\\_ \\#1” is at Proficient');
    expect(md).toContain('## Notes\n\n\\# Ask about \\*hybrid\\* working\\_days\n');
    for (const g of graded) expect(md).toContain(`${g.ask.label.replace(/[*_#]/g, '\\$&')} (`);
    for (const grade of new Set(graded.map((g) => GRADE_LABELS[g.grade]))) expect(md).toContain(`: ${grade}**`);
    // Nothing the person typed is left as live formatting.
    expect(md).not.toMatch(/(^|[^\\])\*(hybrid|senior|wrangling)/m);
    expect(md).not.toMatch(/(^|[^\\])_(and|Council|days)/m);
  });

  it('leaves out an empty organisation and the Education section says to check a degree', () => {
    const us = planWith(listing('l2', 'Program Analyst', '', US_LISTING));
    const g = gradeAsks(listingAnalyser().analyse(US_LISTING).asks, us, TODAY);
    const txt = renderComparison({ listing: us.listings[0]!, graded: g, summary: summariseListing(g), today: TODAY }, 'txt');
    expect(txt.split('\n')[0]).toBe('Program Analyst');
    expect(txt).toContain("Experience\n----------\n\n* 5+ years' experience (essential): Missing. Add start and end months to your work history (Settings) to compare your years.");
    expect(txt).toContain('Education\n---------\n\n* A degree (essential): Check yourself.');
    expect(txt).toContain('It also asks for a degree, which your plan does not record.');
  });
});

describe('comparisonFileName', () => {
  it('names what it is, the listing and the day, with nothing a file system refuses', () => {
    expect(comparisonFileName({ title: 'Senior PMO Analyst', organisation: 'Acme' }, 'md', TODAY)).toBe('Comparison - Senior PMO Analyst - Acme - 2026-12-01.md');
    const name = comparisonFileName({ title: 'PMO Analyst: Leeds/Remote <hybrid>?', organisation: 'A|B "Group" *Ltd*.' }, 'txt', TODAY);
    expect(name).toBe('Comparison - PMO Analyst Leeds Remote hybrid - A B Group Ltd - 2026-12-01.txt');
    expect([...name].filter((c) => '<>:"/\\|?*'.includes(c) || c.charCodeAt(0) < 32)).toEqual([]);
    expect(comparisonFileName({ title: 'PMO\tAnalyst\n', organisation: 'Acme' }, 'md', TODAY)).toBe('Comparison - PMO Analyst - Acme - 2026-12-01.md');
    expect(comparisonFileName({ title: 'PMO Analyst', organisation: '  ' }, 'txt', TODAY)).toBe('Comparison - PMO Analyst - 2026-12-01.txt');
    expect(comparisonFileName({ title: 'x'.repeat(200), organisation: 'y'.repeat(200) }, 'md', TODAY)).toBe(`Comparison - ${'x'.repeat(60)} - ${'y'.repeat(60)} - 2026-12-01.md`);
  });
});

describe('aggregateListings', () => {
  const plan = planWith(
    { type: 'achievement.put', item: { id: 'a1', title: 'Ran the weekly RAID log review' } },
    { type: 'skill.put', item: { id: 's1', name: 'Power BI', area: 'business', currentLevel: 1, targetLevel: 3 } },
    listing('uk', 'Programme PMO Analyst', 'Harbourside', UK_LISTING),
    listing('us', 'Program Management Analyst', 'Lakeshore', US_LISTING),
    listing('para', 'PMO Coordinator', '', PARAGRAPH_LISTING),
    listing('chef', 'Head Chef', 'The Old Mill', CHEF_LISTING),
    // The same term three times in one advert counts once.
    listing('twice', 'PMO Support', '', 'Maintain the RAID log and the risk register. Keep the RAID log tidy.'),
  );
  const { rows, listingCount } = aggregateListings(plan, TODAY);
  const row = (key: string) => rows.find((r) => r.key === key)!;

  it('counts each ask once per listing and sorts by how many ask for it', () => {
    expect(listingCount).toBe(5);
    expect(row('skill-raid')).toMatchObject({ listings: 4, essentialIn: 0 });
    expect(rows[0]!.key).toBe('skill-raid');
    expect(row('skill-status-reporting').listings).toBe(3);
    expect(row('tool-power-bi')).toMatchObject({ listings: 2, essentialIn: 1 });
    expect(row('cert-pmp')).toMatchObject({ listings: 2, essentialIn: 2 });
    expect(row('cert-prince2-practitioner')).toMatchObject({ listings: 1, essentialIn: 1 });
    const counts = rows.map((r) => r.listings);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Ties: more essentials first, then by name.
    const twos = rows.filter((r) => r.listings === 2);
    expect(twos.map((r) => r.essentialIn)).toEqual([...twos.map((r) => r.essentialIn)].sort((a, b) => b - a));
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('grades each row against the plan at the highest level any listing implies', () => {
    expect(row('skill-raid')).toMatchObject({ grade: 'evidenced', reason: 'Shown by your achievement “Ran the weekly RAID log review”.' });
    // The UK advert implies Proficient for Power BI ("good knowledge of" in an essential): a target of Proficient is planned.
    expect(row('tool-power-bi')).toMatchObject({ grade: 'planned', reason: 'Your skill “Power BI” is at Aware, aiming for Proficient; it asks for Proficient.' });
    expect(row('cert-pmp')).toMatchObject({ grade: 'missing', label: 'PMP', group: 'certification' });
    expect(row('degree')).toMatchObject({ grade: 'unknown', listings: 1 });
    expect(row('experience')).toMatchObject({ label: "5+ years' experience", grade: 'missing' });
  });

  it('is empty for a plan without listings', () => {
    expect(aggregateListings(createEmptyPlan(NOW), TODAY)).toEqual({ rows: [], listingCount: 0 });
  });
});
