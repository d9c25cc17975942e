import { describe, expect, it } from 'vitest';
import { buildCvDocument, DEFAULT_EXPORT_OPTIONS, escapeMarkdown, renderMarkdown, renderPlainText, wrap, type ExportOptions } from '../../../shared/cv/export';
import { PlanSchema } from '../../../shared/model';
import { achievement } from '../../support/plan-builders';
import { CV_TODAY, cvFixturePlan } from '../../support/cv-fixture';

const documentFor = (options: Partial<ExportOptions> = {}) => buildCvDocument(cvFixturePlan(), { ...DEFAULT_EXPORT_OPTIONS, ...options }, CV_TODAY);

// Read and judged line by line: standard headings, newest role first, the private achievement left
// out, the undated one last, considering/lapsed certifications left out, "Aware" skills left out.
const EXPECTED_TEXT = `Alex Morgan
Project Manager

EXPERIENCE

Project Manager, Northwind Health
- Cut late status reports across 12 projects, as measured by 40% fewer late
  reports, by introducing a weekly RAG review with project leads.
- Rebuilt the programme RAID log, closing 85 stale risks and giving the board
  one view of 30 live issues.

Project Coordinator, Contoso Retail
- Onboarded new project managers to the PMO toolkit.
- Renegotiated three supplier contracts for the store refit; saved £120,000 in
  the first year.

Other achievements
- Ran lessons-learned reviews for two releases and fed 14 actions into the
  delivery playbook.

CERTIFICATIONS

- PRINCE2 7 Foundation, PeopleCert (AXELOS). Passed March 2024. Credential ID
  GR656-123. Valid until March 2027.
- ITIL 3 Foundation, AXELOS. Passed May 2019. Expired May 2022.
- P3O Foundation (Portfolio, Programme and Project Offices), PeopleCert
  (AXELOS). Exam booked for January 2027.
- MSP 5 Foundation (Managing Successful Programmes), PeopleCert (AXELOS).
  Studying.

SKILLS

- Leadership skills: Stakeholder management (Practising).
- Organisational skills: Status reporting (Expert), RAID management
  (Proficient).
`;

const EXPECTED_MARKDOWN = `# Alex Morgan

Project Manager

## Experience

### Project Manager, Northwind Health

- Cut late status reports across 12 projects, as measured by 40% fewer late reports, by introducing a weekly RAG review with project leads.
- Rebuilt the programme RAID log, closing 85 stale risks and giving the board one view of 30 live issues.

### Project Coordinator, Contoso Retail

- Onboarded new project managers to the PMO toolkit.
- Renegotiated three supplier contracts for the store refit; saved £120,000 in the first year.

### Other achievements

- Ran lessons-learned reviews for two releases and fed 14 actions into the delivery playbook.

## Certifications

- **PRINCE2 7 Foundation**, PeopleCert (AXELOS). Passed March 2024. Credential ID GR656-123. Valid until March 2027.
- **ITIL 3 Foundation**, AXELOS. Passed May 2019. Expired May 2022.
- **P3O Foundation (Portfolio, Programme and Project Offices)**, PeopleCert (AXELOS). Exam booked for January 2027.
- **MSP 5 Foundation (Managing Successful Programmes)**, PeopleCert (AXELOS). Studying.

## Skills

- **Leadership skills:** Stakeholder management (Practising).
- **Organisational skills:** Status reporting (Expert), RAID management (Proficient).
`;

describe('plain text', () => {
  it('renders the fixture exactly as expected', () => {
    expect(renderPlainText(documentFor())).toBe(EXPECTED_TEXT);
  });

  it('never goes past 80 columns unless a single word is longer than a line', () => {
    for (const line of renderPlainText(documentFor()).split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(wrap(`Visit ${'x'.repeat(90)} now`, 80, '- ', '  ')).toEqual(['- Visit', `  ${'x'.repeat(90)}`, '  now']);
  });

  it('lays out one list by area, or one list with no group headings', () => {
    const byArea = renderPlainText(documentFor({ grouping: 'area', certifications: 'none', skillsSummary: false }));
    expect(byArea).toBe(`Alex Morgan
Project Manager

ACHIEVEMENTS

Organisational skills
- Cut late status reports across 12 projects, as measured by 40% fewer late
  reports, by introducing a weekly RAG review with project leads.
- Rebuilt the programme RAID log, closing 85 stale risks and giving the board
  one view of 30 live issues.

Leadership skills
- Onboarded new project managers to the PMO toolkit.

Business skills
- Renegotiated three supplier contracts for the store refit; saved £120,000 in
  the first year.

Other achievements
- Ran lessons-learned reviews for two releases and fed 14 actions into the
  delivery playbook.
`);
    const oneList = renderPlainText(documentFor({ grouping: 'none', certifications: 'none', skillsSummary: false }));
    expect(oneList.split('\n').slice(3, 5)).toEqual(['ACHIEVEMENTS', '']);
    expect(oneList).not.toMatch(/Northwind|Other achievements/);
    expect(oneList.match(/^- /gm)).toHaveLength(5);
  });

  it('titles a plan without a name "Achievements" and omits the role line', () => {
    const plan = cvFixturePlan();
    const anonymous = PlanSchema.parse({ ...plan, profile: { ...plan.profile, name: '', currentRole: '' } });
    expect(renderPlainText(buildCvDocument(anonymous, DEFAULT_EXPORT_OPTIONS, CV_TODAY)).startsWith('Achievements\n\nEXPERIENCE\n')).toBe(true);
  });
});

describe('Markdown', () => {
  it('renders the fixture exactly as expected', () => {
    expect(renderMarkdown(documentFor())).toBe(EXPECTED_MARKDOWN);
  });

  it('keeps what a person typed as characters, not formatting', () => {
    expect(escapeMarkdown('Cut *costs* by 20% [approx] using <b>tools</b> & snake_case')).toBe(
      'Cut \\*costs\\* by 20% \\[approx\\] using \\<b\\>tools\\</b\\> & snake\\_case',
    );
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('Fish &amp; chips')).toBe('Fish \\&amp; chips');
    const plan = cvFixturePlan();
    const tricky = PlanSchema.parse({
      ...plan,
      achievements: [achievement({ id: 'x', title: 'x', organisation: 'R&D_Lab', cvBullet: 'Led **the** move to `git`.' })],
    });
    const markdown = renderMarkdown(buildCvDocument(tricky, { ...DEFAULT_EXPORT_OPTIONS, certifications: 'none', skillsSummary: false }, CV_TODAY));
    expect(markdown).toContain('### R&D\\_Lab\n\n- Led \\*\\*the\\*\\* move to \\`git\\`.\n');
  });
});
