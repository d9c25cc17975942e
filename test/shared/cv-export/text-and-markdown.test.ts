import { describe, expect, it } from 'vitest';
import { buildCvDocument, DEFAULT_EXPORT_OPTIONS, escapeMarkdown, renderMarkdown, renderPlainText, wrap, type ExportOptions } from '../../../shared/cv/export';
import { PlanSchema } from '../../../shared/model';
import { achievement, role } from '../../support/plan-builders';
import { CV_TODAY, cvFixturePlan } from '../../support/cv-fixture';

const documentFor = (options: Partial<ExportOptions> = {}) => buildCvDocument(cvFixturePlan(), { ...DEFAULT_EXPORT_OPTIONS, ...options }, CV_TODAY);

// Read and judged line by line: name, role, one contact line and the summary at the top; standard
// headings; newest role first, each with its place and dates and its summary; the private achievement
// left out, the undated one last; passed certifications apart from those in progress, considering and
// lapsed left out; "Aware" skills left out. One line per bullet: nothing is hard-wrapped.
const EXPECTED_TEXT = `Alex Morgan
Project Manager
alex.morgan@example.com · 07700 900123 · Leeds, UK · www.linkedin.com/in/alex-morgan

Project manager with eight years in health and retail delivery, moving into a PMO role: portfolio reporting, RAID governance and benefits tracking.

EXPERIENCE

Project Manager, Northwind Health
Leeds · Mar 2021 – present
Deliver digital projects for a regional NHS trust, reporting to the portfolio board.
- Cut late status reports across 12 projects by 40 % by introducing a weekly RAG review with project leads and the finance office.
- Rebuilt the programme RAID log, closing 85 stale risks and giving the board one view of 30 live issues.

Project Coordinator, Contoso Retail
Manchester · Jan 2018 – Feb 2021
- Coached six new project managers through a two-week onboarding, so each ran a stage-gate review within 3 days.
- Renegotiated three supplier contracts for the store refit, saving £120,000 in the first year.

Other achievements
- Ran lessons-learned reviews for two releases and fed 14 actions into the delivery playbook.

CERTIFICATIONS

- PRINCE2 7 Foundation, PeopleCert (AXELOS). Passed March 2024. Credential ID GR656-123456. Valid until March 2027.
- ITIL 3 Foundation, AXELOS. Passed May 2019. Expired May 2022.

CERTIFICATIONS IN PROGRESS

- P3O Foundation (Portfolio, Programme and Project Offices), PeopleCert (AXELOS). Exam booked for March 2027.
- MSP 5 Foundation (Managing Successful Programmes), PeopleCert (AXELOS). Studying.

SKILLS

- Leadership skills: Stakeholder management (Practising).
- Organisational skills: Status reporting (Expert), RAID management (Proficient).
`;

// The same, wrapped at 80 columns for e-mail: continuation lines under the bullet's text, the contact
// line broken only between details.
const EXPECTED_WRAPPED_TOP = `Alex Morgan
Project Manager
alex.morgan@example.com · 07700 900123 · Leeds, UK
www.linkedin.com/in/alex-morgan

Project manager with eight years in health and retail delivery, moving into a
PMO role: portfolio reporting, RAID governance and benefits tracking.

EXPERIENCE

Project Manager, Northwind Health
Leeds · Mar 2021 – present
Deliver digital projects for a regional NHS trust, reporting to the portfolio
board.
- Cut late status reports across 12 projects by 40 % by introducing a weekly RAG
  review with project leads and the finance office.
`;

const EXPECTED_MARKDOWN = `# Alex Morgan

Project Manager

[alex.morgan@example.com](mailto:alex.morgan@example.com) · [07700 900123](tel:07700900123) · Leeds, UK · [www.linkedin.com/in/alex-morgan](https://www.linkedin.com/in/alex-morgan)

Project manager with eight years in health and retail delivery, moving into a PMO role: portfolio reporting, RAID governance and benefits tracking.

## Experience

### Project Manager, Northwind Health

*Leeds · Mar 2021 – present*

Deliver digital projects for a regional NHS trust, reporting to the portfolio board.

- Cut late status reports across 12 projects by 40 % by introducing a weekly RAG review with project leads and the finance office.
- Rebuilt the programme RAID log, closing 85 stale risks and giving the board one view of 30 live issues.

### Project Coordinator, Contoso Retail

*Manchester · Jan 2018 – Feb 2021*

- Coached six new project managers through a two-week onboarding, so each ran a stage-gate review within 3 days.
- Renegotiated three supplier contracts for the store refit, saving £120,000 in the first year.

### Other achievements

- Ran lessons-learned reviews for two releases and fed 14 actions into the delivery playbook.

## Certifications

- **PRINCE2 7 Foundation**, PeopleCert (AXELOS). Passed March 2024. Credential ID GR656-123456. Valid until March 2027.
- **ITIL 3 Foundation**, AXELOS. Passed May 2019. Expired May 2022.

## Certifications in progress

- **P3O Foundation (Portfolio, Programme and Project Offices)**, PeopleCert (AXELOS). Exam booked for March 2027.
- **MSP 5 Foundation (Managing Successful Programmes)**, PeopleCert (AXELOS). Studying.

## Skills

- **Leadership skills:** Stakeholder management (Practising).
- **Organisational skills:** Status reporting (Expert), RAID management (Proficient).
`;

describe('plain text', () => {
  it('renders the fixture exactly as expected: one line per bullet, contact details and roles with dates', () => {
    expect(renderPlainText(documentFor())).toBe(EXPECTED_TEXT);
  });

  it('pastes cleanly by default: every bullet is one line, whatever its length', () => {
    const text = renderPlainText(documentFor());
    const bullets = text.split('\n').filter((line) => line.startsWith('- '));
    expect(bullets).toHaveLength(5 + 2 + 2 + 2);
    expect(bullets.some((line) => line.length > 80)).toBe(true);
    // No line is a continuation of the one before: each starts a heading, a detail or a bullet.
    expect(text.split('\n').filter((line) => line.startsWith('  '))).toEqual([]);
  });

  it('wraps at 80 columns for e-mail when asked, and never goes past them unless one word is longer', () => {
    const wrapped = renderPlainText(documentFor(), { wrapText: true });
    expect(wrapped.startsWith(EXPECTED_WRAPPED_TOP)).toBe(true);
    for (const line of wrapped.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    // Unwrapping gives back the same words as the one-line version.
    // (A contact line broken between details drops the separator at the break.)
    const words = (text: string) => text.split(/\s+/).filter((w) => w !== '' && w !== '-' && w !== '·');
    expect(words(wrapped)).toEqual(words(renderPlainText(documentFor())));
    expect(wrap(`Visit ${'x'.repeat(90)} now`, 80, '- ', '  ')).toEqual(['- Visit', `  ${'x'.repeat(90)}`, '  now']);
  });

  it('lists work in progress only under its own heading, and only when asked', () => {
    const both = renderPlainText(documentFor());
    const earned = both.slice(both.indexOf('CERTIFICATIONS\n'), both.indexOf('CERTIFICATIONS IN PROGRESS'));
    expect(earned).not.toMatch(/Exam booked|Studying/);
    const held = renderPlainText(documentFor({ certifications: 'held' }));
    expect(held).toContain('CERTIFICATIONS\n');
    expect(held).not.toMatch(/IN PROGRESS|P3O|Exam booked|Studying/);
  });

  it('lays out one list by area, or one list with no group headings', () => {
    const byArea = renderPlainText(documentFor({ grouping: 'area', certifications: 'none', skillsSummary: false }));
    expect(byArea.slice(byArea.indexOf('ACHIEVEMENTS'))).toBe(`ACHIEVEMENTS

Organisational skills
- Cut late status reports across 12 projects by 40 % by introducing a weekly RAG review with project leads and the finance office.
- Rebuilt the programme RAID log, closing 85 stale risks and giving the board one view of 30 live issues.

Leadership skills
- Coached six new project managers through a two-week onboarding, so each ran a stage-gate review within 3 days.

Business skills
- Renegotiated three supplier contracts for the store refit, saving £120,000 in the first year.

Other achievements
- Ran lessons-learned reviews for two releases and fed 14 actions into the delivery playbook.
`);
    // Place and dates belong to a role's heading: an area group has none.
    expect(byArea).not.toContain('Mar 2021 – present');
    const oneList = renderPlainText(documentFor({ grouping: 'none', certifications: 'none', skillsSummary: false }));
    expect(oneList).not.toMatch(/Northwind|Other achievements/);
    expect(oneList.match(/^- /gm)).toHaveLength(5);
  });

  it('titles a plan without a name "Achievements" and leaves out the lines it has nothing for', () => {
    const plan = cvFixturePlan();
    const anonymous = PlanSchema.parse({ ...plan, profile: { ...plan.profile, name: '', currentRole: '', email: '', phone: '', location: '', link: '', summary: '' } });
    expect(renderPlainText(buildCvDocument(anonymous, DEFAULT_EXPORT_OPTIONS, CV_TODAY)).startsWith('Achievements\n\nEXPERIENCE\n')).toBe(true);
    const phoneOnly = PlanSchema.parse({ ...plan, profile: { ...anonymous.profile, phone: '+44 7700 900123' } });
    expect(renderPlainText(buildCvDocument(phoneOnly, DEFAULT_EXPORT_OPTIONS, CV_TODAY)).startsWith('Achievements\n+44 7700 900123\n\nEXPERIENCE\n')).toBe(true);
  });

  it('shows a role with only a place, or only dates, without a stray separator', () => {
    const plan = cvFixturePlan();
    const roles = [role({ id: 'r-northwind', organisation: 'Northwind Health', title: 'Project Manager', startMonth: '2021-03', current: true }), role({ id: 'r-contoso', organisation: 'Contoso Retail', location: 'Manchester' })];
    const text = renderPlainText(buildCvDocument(PlanSchema.parse({ ...plan, roles }), DEFAULT_EXPORT_OPTIONS, CV_TODAY));
    expect(text).toContain('Project Manager, Northwind Health\nMar 2021 – present\n- Cut late');
    expect(text).toContain('Contoso Retail\nManchester\n- Coached');
  });
});

describe('Markdown', () => {
  it('renders the fixture exactly as expected, the contact details as links', () => {
    expect(renderMarkdown(documentFor())).toBe(EXPECTED_MARKDOWN);
  });

  it('keeps what a person typed as characters, not formatting, in headings, place lines and links', () => {
    expect(escapeMarkdown('Cut *costs* by 20% [approx] using <b>tools</b> & snake_case')).toBe(
      'Cut \\*costs\\* by 20% \\[approx\\] using \\<b\\>tools\\</b\\> & snake\\_case',
    );
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('Fish &amp; chips')).toBe('Fish \\&amp; chips');
    const plan = cvFixturePlan();
    const tricky = PlanSchema.parse({
      ...plan,
      profile: { ...plan.profile, link: 'https://example.com/a_(b)<c>' },
      roles: [role({ id: 'r-lab', organisation: 'R&D_Lab', location: '*Remote*', startMonth: '2020-01', endMonth: '2021-06' })],
      achievements: [achievement({ id: 'x', title: 'x', roleId: 'r-lab', cvBullet: 'Led **the** move to `git`.' })],
    });
    const markdown = renderMarkdown(buildCvDocument(tricky, { ...DEFAULT_EXPORT_OPTIONS, certifications: 'none', skillsSummary: false }, CV_TODAY));
    expect(markdown).toContain('### r-lab, R&D\\_Lab\n\n*\\*Remote\\* · Jan 2020 – Jun 2021*\n\n- Led \\*\\*the\\*\\* move to \\`git\\`.\n');
    // The link's target cannot end early or open HTML: brackets and parentheses are percent-encoded.
    expect(markdown).toContain('[example.com/a\\_(b)\\<c\\>](https://example.com/a_%28b%29%3Cc%3E)');
  });
});
