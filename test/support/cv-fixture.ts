import { PlanSchema, type Plan } from '../../shared/model';
import { achievement, certification, FIXED_NOW, planWith, role, skill } from './plan-builders';

/**
 * One realistic plan for the export tests: a project manager moving into a PMO, with contact details and
 * a summary, two roles in the work history (one current, one past) and achievements in each and in none,
 * certifications in each status and skills at each level. The bullets are hand-written (the exports'
 * tests are about layout, not about how a bullet is composed from its parts); they hold what the PDF must
 * not break: a credential ID, numbers with units, hyphenated words and words Chromium would ligate.
 * The expected outputs in the tests are written against it.
 */

/** The day the fixture is exported on (decides "Valid until" against "Expired"). */
export const CV_TODAY = '2026-11-20';

export function cvFixturePlan(): Plan {
  const plan = planWith({
    roles: [
      role({
        id: 'r-northwind',
        organisation: 'Northwind Health',
        title: 'Project Manager',
        location: 'Leeds',
        startMonth: '2021-03',
        current: true,
        summary: 'Deliver digital projects for a regional NHS trust, reporting to the portfolio board.',
      }),
      role({ id: 'r-contoso', organisation: 'Contoso Retail', title: 'Project Coordinator', location: 'Manchester', startMonth: '2018-01', endMonth: '2021-02' }),
    ],
    skills: [
      skill({ id: 'sk-raid', area: 'organisational', name: 'RAID management', currentLevel: 3 }),
      skill({ id: 'sk-report', area: 'organisational', name: 'Status reporting', currentLevel: 4 }),
      skill({ id: 'sk-stake', area: 'leadership', name: 'Stakeholder management', currentLevel: 2 }),
      skill({ id: 'sk-budget', area: 'business', name: 'Budget tracking', currentLevel: 1 }),
    ],
    certifications: [
      certification({ id: 'c-prince', catalogId: 'prince2-7-foundation', status: 'passed', credentialId: 'GR656-123456', issuedOn: '2024-03-14', expiresOn: '2027-03-14' }),
      certification({ id: 'c-old', customName: 'ITIL 3 Foundation', customBody: 'AXELOS', status: 'passed', issuedOn: '2019-05-01', expiresOn: '2022-05-01' }),
      certification({ id: 'c-p3o', catalogId: 'p3o-foundation', status: 'exam-booked', examDate: '2027-03-18' }),
      certification({ id: 'c-msp', catalogId: 'msp-5-foundation', status: 'studying' }),
      certification({ id: 'c-maybe', customName: 'Agile PM', status: 'considering' }),
      certification({ id: 'c-lapsed', customName: 'Old Cert', status: 'lapsed' }),
    ],
    achievements: [
      achievement({
        id: 'a-rag',
        title: 'Weekly RAG review',
        date: '2026-06-30',
        roleId: 'r-northwind',
        area: 'organisational',
        cvBullet: 'Cut late status reports across 12 projects by 40 % by introducing a weekly RAG review with project leads and the finance office.',
        metrics: [{ value: 40, unit: '%', measures: 'fewer late reports' }],
        skillIds: ['sk-report', 'sk-raid'],
        tags: ['Reporting', 'Power BI'],
      }),
      achievement({
        id: 'a-raid',
        title: 'RAID log rebuild',
        date: '2025-09-12',
        roleId: 'r-northwind',
        area: 'organisational',
        cvBullet: 'Rebuilt the programme RAID log, closing 85 stale risks and giving the board one view of 30 live issues.',
        skillIds: ['sk-raid'],
        tags: ['governance'],
      }),
      achievement({
        id: 'a-savings',
        title: 'Supplier savings',
        date: '2020-02-01',
        roleId: 'r-contoso',
        area: 'business',
        cvBullet: 'Renegotiated three supplier contracts for the store refit, saving £120,000 in the first year.',
        metrics: [{ value: 120000, unit: '£', measures: 'saved' }],
      }),
      achievement({
        id: 'a-onboard',
        title: 'Onboarded new project managers to the PMO toolkit',
        date: '2020-07-15',
        roleId: 'r-contoso',
        area: 'leadership',
        cvBullet: 'Coached six new project managers through a two-week onboarding, so each ran a stage-gate review within 3 days.',
        skillIds: ['sk-stake'],
        tags: ['coaching'],
      }),
      achievement({
        id: 'a-undated',
        title: 'Lessons learned',
        cvBullet: 'Ran lessons-learned reviews for two releases and fed 14 actions into the delivery playbook.',
        area: null,
      }),
      achievement({ id: 'a-private', title: 'Personal note, not for the CV', date: '2026-01-05', includeInCv: false }),
    ],
  });
  // A UK CV, whatever language the machine running the tests is set to.
  return PlanSchema.parse({ ...plan, profile: { ...plan.profile, ...CV_FIXTURE_PROFILE }, preferences: { ...plan.preferences, english: 'en-GB' } });
}

/** The fixture's profile: name, current role, every contact detail and a summary. */
export const CV_FIXTURE_PROFILE = {
  name: 'Alex Morgan',
  currentRole: 'Project Manager',
  cvPageSize: 'A4',
  email: 'alex.morgan@example.com',
  phone: '07700 900123',
  location: 'Leeds, UK',
  link: 'https://www.linkedin.com/in/alex-morgan',
  summary: 'Project manager with eight years in health and retail delivery, moving into a PMO role: portfolio reporting, RAID governance and benefits tracking.',
} as const;

/**
 * The fixture's CV with the default export options, as headings in reading order ("level text"): what
 * every format that keeps headings (Word, print HTML) must show.
 */
export const CV_FIXTURE_HEADINGS = [
  'h1 Alex Morgan',
  'h2 Experience',
  'h3 Project Manager, Northwind Health',
  'h3 Project Coordinator, Contoso Retail',
  'h3 Other achievements',
  'h2 Certifications',
  'h2 Certifications in progress',
  'h2 Skills',
];

/** A plan long enough to run onto two pages and more, for the page-break tests. */
export function longCvPlan(count = 24): Plan {
  const base = cvFixturePlan();
  const achievements = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return achievement({
      id: `long-${n}`,
      title: `Long ${n}`,
      date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      roleId: i % 2 === 0 ? 'r-northwind' : 'r-contoso',
      // Four to five printed lines each: a two-line bullet can never split (Chromium's default widows
      // and orphans are 2), so only long bullets prove that break-inside: avoid is doing its job.
      cvBullet:
        `Bullet ${n} starts here: led the quarterly portfolio review for ${10 + i} projects across three directorates, ` +
        `agreeing an owner for every open risk, rebuilding the dependency map with the delivery leads, retiring ` +
        `duplicate status reports and cutting the backlog of overdue actions by ${20 + i}% within two quarters, ` +
        `while coaching four junior analysts to run the review themselves ends ${n}.`,
    });
  });
  return PlanSchema.parse({ ...base, achievements, updatedAt: FIXED_NOW });
}
