import { describe, expect, it } from 'vitest';
import {
  buildCvDocument,
  buildJsonResume,
  DEFAULT_EXPORT_OPTIONS,
  escapeMarkdown,
  JSON_RESUME_SCHEMA_URL,
  linkIsLinkedIn,
  renderMarkdown,
  type ExportOptions,
} from '../../../shared/cv/export';
import { PlanSchema, type Plan } from '../../../shared/model';
import { achievement, certification, planWith, role } from '../../support/plan-builders';

/**
 * What JSON Resume and Markdown leave out when the plan is sparse: no name, role, contact or summary;
 * a role with only a title or only an organisation, with one date or none; a certificate with no
 * issuer or date. Also the contact details' display text (scheme and trailing slash dropped, a missing
 * email left out), whether the link is LinkedIn when there is none, work in progress never shown as
 * valid until a date, and a numbered line start of more than one digit escaped in Markdown.
 */

const TODAY = '2026-12-01';

function withProfile(plan: Plan, profile: Partial<Plan['profile']>): Plan {
  return PlanSchema.parse({ ...plan, profile: { ...plan.profile, ...profile } });
}

const documentOf = (plan: Plan, options: Partial<ExportOptions> = {}) => buildCvDocument(plan, { ...DEFAULT_EXPORT_OPTIONS, ...options }, TODAY);

const sparsePlan = planWith({
  roles: [
    role({ id: 'r-volunteer', title: 'Volunteer coordinator', endMonth: '2020-06' }),
    role({ id: 'r-acme', title: '', organisation: 'Acme', startMonth: '2015-01', endMonth: '2016-01' }),
    role({ id: 'r-mentor', title: 'Mentor' }),
  ],
  achievements: [
    achievement({ id: 'a-volunteers', title: 'Volunteers', date: '2020-01-01', roleId: 'r-volunteer', cvBullet: 'Recruited 20 volunteers.' }),
    achievement({ id: 'a-actions', title: 'Actions', date: '2015-06-01', roleId: 'r-acme', cvBullet: 'Closed 30 actions.' }),
    achievement({ id: 'a-mentoring', title: 'Mentoring', roleId: 'r-mentor', cvBullet: 'Mentored two analysts.' }),
  ],
  certifications: [certification({ id: 'c-lean', customName: 'Lean Six Sigma Yellow Belt', status: 'passed' })],
});

describe('JSON Resume from a sparse plan', () => {
  it('leaves out every field the plan has no value for, rather than writing it empty', () => {
    expect(buildJsonResume(documentOf(sparsePlan))).toEqual({
      $schema: JSON_RESUME_SCHEMA_URL,
      basics: {},
      work: [
        { position: 'Volunteer coordinator', endDate: '2020-06', highlights: ['Recruited 20 volunteers.'] },
        { name: 'Acme', startDate: '2015-01', endDate: '2016-01', highlights: ['Closed 30 actions.'] },
        { position: 'Mentor', highlights: ['Mentored two analysts.'] },
      ],
      certificates: [{ name: 'Lean Six Sigma Yellow Belt' }],
    });
  });
});

describe('Markdown from a sparse plan', () => {
  it('writes no empty lines for a missing role, contact line or summary, nor an empty place-and-dates line', () => {
    expect(renderMarkdown(documentOf(sparsePlan))).toBe(
      [
        '# Achievements',
        '## Experience',
        '### Volunteer coordinator',
        '*until Jun 2020*',
        '- Recruited 20 volunteers.',
        '### Acme',
        '*Jan 2015 – Jan 2016*',
        '- Closed 30 actions.',
        '### Mentor',
        '- Mentored two analysts.',
        '## Certifications',
        '- **Lean Six Sigma Yellow Belt**. Passed.',
      ].join('\n\n') + '\n',
    );
  });

  it('as one list, puts the bullets under the section heading with no group heading', () => {
    expect(renderMarkdown(documentOf(sparsePlan, { grouping: 'none' }))).toBe(
      [
        '# Achievements',
        '## Achievements',
        '- Recruited 20 volunteers.\n- Closed 30 actions.\n- Mentored two analysts.',
        '## Certifications',
        '- **Lean Six Sigma Yellow Belt**. Passed.',
      ].join('\n\n') + '\n',
    );
  });

  it('escapes a line start that reads as a numbered item, whatever the number of digits', () => {
    expect(escapeMarkdown('2024. A record year for delivery')).toBe('2024\\. A record year for delivery');
    expect(escapeMarkdown('10) projects closed')).toBe('10\\) projects closed');
  });
});

describe('contact details', () => {
  it('lists only the details given, and shows a web address without its scheme or trailing slash', () => {
    const document = documentOf(withProfile(planWith({}), { phone: '07700 900123', link: 'http://alexmorgan.dev/' }));
    expect(document.contact).toEqual([
      { kind: 'phone', text: '07700 900123', href: 'tel:07700900123' },
      { kind: 'link', text: 'alexmorgan.dev', href: 'http://alexmorgan.dev/' },
    ]);
    expect(buildJsonResume(document).basics).toEqual({ phone: '07700 900123', url: 'http://alexmorgan.dev/' });
    expect(renderMarkdown(document).split('\n\n')[1]).toBe('[07700 900123](tel:07700900123) · [alexmorgan.dev](http://alexmorgan.dev/)');
  });

  it('says the link is not LinkedIn when there is no link at all', () => {
    expect(linkIsLinkedIn(documentOf(withProfile(planWith({}), { email: 'alex@example.com' })))).toBe(false);
    expect(linkIsLinkedIn(documentOf(planWith({})))).toBe(false);
    expect(linkIsLinkedIn(documentOf(withProfile(planWith({}), { link: 'https://uk.linkedin.com/in/alex' })))).toBe(true);
  });
});

describe('certifications in progress', () => {
  it('never say "valid until", even when an expiry date is left over on the record', () => {
    const plan = planWith({
      certifications: [
        certification({ id: 'c-msp', catalogId: 'msp-5-foundation', status: 'studying', expiresOn: '2027-01-01' }),
        certification({ id: 'c-p3o', catalogId: 'p3o-foundation', status: 'exam-booked', examDate: '2027-03-18', expiresOn: '2030-03-18' }),
      ],
    });
    const section = documentOf(plan).sections.find((s) => s.kind === 'in-progress');
    expect(section?.kind === 'in-progress' && section.items.map((i) => [i.id, i.facts])).toEqual([
      ['c-p3o', ['Exam booked for March 2027']],
      ['c-msp', ['Studying']],
    ]);
  });
});
