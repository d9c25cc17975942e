import type { CertificationEntry, RenewalRule } from '../schemas';
import { ISSUING_BODIES, LAST_VERIFIED, SOURCE_URLS } from '../sources';

/**
 * PMI certifications, as pmo-facts.md records them. All PMI certifications renew through PMI's
 * Continuing Certification Requirements (CCR) programme; the PDU figures below are per three-year cycle.
 * Figures marked [unverified] in the facts ship with the flag set and a note saying what is unconfirmed.
 */

const pmi = { issuingBody: ISSUING_BODIES.pmi, sourceUrl: SOURCE_URLS.pmi, lastVerified: LAST_VERIFIED } as const;
const verified: Pick<CertificationEntry, 'unverified' | 'unverifiedNote' | 'unverifiedFields'> = { unverified: false, unverifiedNote: '', unverifiedFields: [] };

const TALENT_TRIANGLE = ['Ways of Working', 'Power Skills', 'Business Acumen'];

function ccr(amount: number, extra: Partial<Extract<RenewalRule, { kind: 'cpd' }>> = {}): RenewalRule {
  return {
    kind: 'cpd',
    programme: 'PMI Continuing Certification Requirements (CCR)',
    amount,
    unit: 'PDU',
    cycleYears: 3,
    categories: [],
    categoryMinimums: [],
    categoryMaximums: [],
    ...extra,
  };
}

export const PMI_CERTIFICATIONS: readonly CertificationEntry[] = [
  {
    id: 'pmp',
    name: 'Project Management Professional',
    shortName: 'PMP',
    level: 'practitioner',
    focus: 'project',
    notes: 'Exam figures are for the 2021 exam outline.',
    prerequisites: {
      kind: 'required',
      summary:
        "36 months' project experience with a four-year degree, or 60 months with a secondary diploma, within the last 8 years, plus 35 contact hours of project management education (a CAPM can stand in for the hours).",
      certificationIds: [],
      routes: [
        { education: 'degree', experience: [{ kind: 'project', months: 36, withinYears: 8 }], trainingHours: 35, trainingTopic: 'project management education' },
        { education: 'secondary-diploma', experience: [{ kind: 'project', months: 60, withinYears: 8 }], trainingHours: 35, trainingTopic: 'project management education' },
      ],
      waivers: [{ certificationId: 'capm', waives: 'training' }],
      panelReview: false,
    },
    exam: { questions: 180, scoredQuestions: null, minutes: 230, passMarkPercent: null, passMarkScore: null, openBook: null, note: '2021 exam outline.' },
    renewal: ccr(60, {
      categories: ['Education', ...TALENT_TRIANGLE, 'Giving Back'],
      categoryMinimums: [
        { category: 'Education', amount: 35, includes: TALENT_TRIANGLE },
        ...TALENT_TRIANGLE.map((category) => ({ category, amount: 8, includes: [] })),
      ],
      categoryMaximums: [{ category: 'Giving Back', amount: 25, includes: [] }],
    }),
    ...pmi,
    unverified: true,
    unverifiedNote:
      'Reports of a July 2026 exam outline with 240 minutes and a 10-year experience window could not be confirmed; the figures shown are from the 2021 outline.',
    unverifiedFields: ['exam', 'prerequisites'],
  },
  {
    id: 'capm',
    name: 'Certified Associate in Project Management',
    shortName: 'CAPM',
    level: 'entry',
    focus: 'project',
    notes: '',
    prerequisites: {
      kind: 'required',
      summary: 'A secondary diploma plus 23 hours of project management education.',
      certificationIds: [],
      routes: [{ education: 'secondary-diploma', experience: [], trainingHours: 23, trainingTopic: 'project management education' }],
      waivers: [],
      panelReview: false,
    },
    exam: { questions: 150, scoredQuestions: null, minutes: 180, passMarkPercent: null, passMarkScore: null, openBook: null, note: '' },
    renewal: ccr(15),
    ...pmi,
    ...verified,
  },
  {
    id: 'pgmp',
    name: 'Program Management Professional',
    shortName: 'PgMP',
    level: 'advanced',
    focus: 'programme',
    notes: '',
    prerequisites: {
      kind: 'required',
      summary:
        "With a degree: 48 months' project and 48 months' programme experience; with a secondary diploma: 48 months' project and 84 months' programme experience; all within the last 15 years. The application is reviewed by a panel before the exam.",
      certificationIds: [],
      routes: [
        {
          education: 'degree',
          experience: [
            { kind: 'project', months: 48, withinYears: 15 },
            { kind: 'programme', months: 48, withinYears: 15 },
          ],
          trainingHours: null,
          trainingTopic: '',
        },
        {
          education: 'secondary-diploma',
          experience: [
            { kind: 'project', months: 48, withinYears: 15 },
            { kind: 'programme', months: 84, withinYears: 15 },
          ],
          trainingHours: null,
          trainingTopic: '',
        },
      ],
      waivers: [],
      panelReview: true,
    },
    exam: { questions: 170, scoredQuestions: null, minutes: 240, passMarkPercent: null, passMarkScore: null, openBook: null, note: 'Taken after the panel review.' },
    renewal: ccr(60),
    ...pmi,
    unverified: true,
    unverifiedNote: "These figures could not be checked against PMI's current PgMP handbook.",
    unverifiedFields: ['prerequisites', 'exam', 'renewal'],
  },
  {
    id: 'pfmp',
    name: 'Portfolio Management Professional',
    shortName: 'PfMP',
    level: 'advanced',
    focus: 'portfolio',
    notes: '',
    prerequisites: {
      kind: 'required',
      summary:
        "96 months' business experience within the last 15 years, plus 48 months' portfolio management experience with a degree or 84 months with a secondary diploma. The application is reviewed by a panel before the exam.",
      certificationIds: [],
      routes: [
        {
          education: 'degree',
          experience: [
            { kind: 'business', months: 96, withinYears: 15 },
            { kind: 'portfolio', months: 48, withinYears: null },
          ],
          trainingHours: null,
          trainingTopic: '',
        },
        {
          education: 'secondary-diploma',
          experience: [
            { kind: 'business', months: 96, withinYears: 15 },
            { kind: 'portfolio', months: 84, withinYears: null },
          ],
          trainingHours: null,
          trainingTopic: '',
        },
      ],
      waivers: [],
      panelReview: true,
    },
    exam: { questions: 170, scoredQuestions: null, minutes: 240, passMarkPercent: null, passMarkScore: null, openBook: null, note: 'Taken after the panel review.' },
    renewal: ccr(60),
    ...pmi,
    ...verified,
  },
  {
    id: 'pmi-acp',
    name: 'PMI Agile Certified Practitioner',
    shortName: 'PMI-ACP',
    level: 'practitioner',
    focus: 'agile',
    notes: '',
    prerequisites: {
      kind: 'required',
      summary: "28 hours of agile training plus 24 months' agile experience within the last 5 years; an active PMP covers the experience.",
      certificationIds: [],
      routes: [{ education: null, experience: [{ kind: 'agile', months: 24, withinYears: 5 }], trainingHours: 28, trainingTopic: 'agile training' }],
      waivers: [{ certificationId: 'pmp', waives: 'experience' }],
      panelReview: false,
    },
    exam: { questions: 120, scoredQuestions: null, minutes: null, passMarkPercent: null, passMarkScore: null, openBook: null, note: '' },
    renewal: ccr(30),
    ...pmi,
    unverified: true,
    unverifiedNote: 'The length of the exam could not be confirmed.',
    unverifiedFields: ['exam'],
  },
  {
    id: 'pmi-pmocp',
    name: 'PMI PMO Certified Professional',
    shortName: 'PMI-PMOCP',
    level: 'practitioner',
    focus: 'pmo',
    notes: "Successor of PMO Global Alliance's PMO-CP, after PMI acquired PMO Global Alliance.",
    prerequisites: {
      kind: 'required',
      summary: "36 months' project experience within the last 8 years (waived if you hold a PMP) plus 10 hours of PMO education.",
      certificationIds: [],
      routes: [{ education: null, experience: [{ kind: 'project', months: 36, withinYears: 8 }], trainingHours: 10, trainingTopic: 'PMO education' }],
      waivers: [{ certificationId: 'pmp', waives: 'experience' }],
      panelReview: false,
    },
    exam: { questions: 120, scoredQuestions: null, minutes: 165, passMarkPercent: null, passMarkScore: null, openBook: null, note: '' },
    renewal: {
      kind: 'unknown',
      note: 'PMI renews its certifications through its CCR programme, but the requirement for PMI-PMOCP could not be confirmed.',
    },
    ...pmi,
    unverified: true,
    unverifiedNote: 'The renewal rules could not be confirmed.',
    unverifiedFields: ['renewal'],
  },
];
