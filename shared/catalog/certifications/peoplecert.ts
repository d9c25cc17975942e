import type { CertificationEntry, Prerequisites, RenewalRule } from '../schemas';
import { ISSUING_BODIES, LAST_VERIFIED, SOURCE_URLS } from '../sources';

/**
 * PeopleCert (AXELOS) certifications, as pmo-facts.md records them. Since 2023 these certificates last
 * three years; they are renewed by re-sitting, by passing another exam in the suite, or by logging 20 CPD
 * points a year while holding a membership.
 */

const peoplecert = { issuingBody: ISSUING_BODIES.peoplecert, sourceUrl: SOURCE_URLS.peoplecert, lastVerified: LAST_VERIFIED } as const;
const verified: Pick<CertificationEntry, 'unverified' | 'unverifiedNote' | 'unverifiedFields'> = { unverified: false, unverifiedNote: '', unverifiedFields: [] };
const noPrerequisite: Prerequisites = {
  kind: 'none',
  summary: 'No prerequisite.',
  certificationIds: [],
  routes: [],
  waivers: [],
  panelReview: false,
};

/** Our sources do not say whether there is a prerequisite: not the same as "none". */
const notRecorded: Prerequisites = { ...noPrerequisite, kind: 'unknown', summary: 'Not recorded in our sources; check with PeopleCert.' };

const renewal: RenewalRule = {
  kind: 'resit-or-cpd',
  validityYears: 3,
  cpd: { amount: 20, unit: 'CPD point', perYears: 1, requiresMembership: true },
  alternatives: ['Re-sit the same exam', 'Pass another exam in the same suite'],
};

function requires(foundationId: string, foundationName: string): Prerequisites {
  return {
    kind: 'required',
    summary: `You need ${foundationName} first.`,
    certificationIds: [foundationId],
    routes: [],
    waivers: [],
    panelReview: false,
  };
}

const MSP_REBRAND_NOTE = 'Reported to have been renamed "PRINCE2 Programme Management" in 2024; the new name could not be confirmed.';

export const PEOPLECERT_CERTIFICATIONS: readonly CertificationEntry[] = [
  {
    id: 'prince2-7-foundation',
    name: 'PRINCE2 7 Foundation',
    shortName: 'PRINCE2 Foundation',
    level: 'entry',
    focus: 'project',
    notes: '',
    prerequisites: noPrerequisite,
    exam: { questions: 60, scoredQuestions: null, minutes: 60, passMarkPercent: 60, passMarkScore: 36, openBook: false, note: '' },
    renewal,
    ...peoplecert,
    ...verified,
  },
  {
    id: 'prince2-7-practitioner',
    name: 'PRINCE2 7 Practitioner',
    shortName: 'PRINCE2 Practitioner',
    level: 'practitioner',
    focus: 'project',
    notes: '',
    prerequisites: requires('prince2-7-foundation', 'PRINCE2 7 Foundation'),
    exam: { questions: 70, scoredQuestions: null, minutes: 150, passMarkPercent: 60, passMarkScore: null, openBook: true, note: '' },
    renewal,
    ...peoplecert,
    unverified: true,
    unverifiedNote: 'The exam format (70 questions, 150 minutes, 60% to pass, open book) could not be confirmed.',
    unverifiedFields: ['exam'],
  },
  {
    id: 'msp-5-foundation',
    name: 'MSP 5 Foundation (Managing Successful Programmes)',
    shortName: 'MSP Foundation',
    level: 'entry',
    focus: 'programme',
    notes: '',
    prerequisites: notRecorded,
    exam: { questions: 60, scoredQuestions: null, minutes: 60, passMarkPercent: 60, passMarkScore: null, openBook: null, note: '' },
    renewal,
    ...peoplecert,
    unverified: true,
    unverifiedNote: MSP_REBRAND_NOTE,
    unverifiedFields: ['name'],
  },
  {
    id: 'msp-5-practitioner',
    name: 'MSP 5 Practitioner (Managing Successful Programmes)',
    shortName: 'MSP Practitioner',
    level: 'practitioner',
    focus: 'programme',
    notes: '',
    prerequisites: requires('msp-5-foundation', 'MSP 5 Foundation'),
    // Our sources give no exam format for the Practitioner exam.
    exam: null,
    renewal,
    ...peoplecert,
    unverified: true,
    unverifiedNote: MSP_REBRAND_NOTE,
    unverifiedFields: ['name'],
  },
  {
    id: 'mop-foundation',
    name: 'MoP Foundation (Management of Portfolios)',
    shortName: 'MoP Foundation',
    level: 'entry',
    focus: 'portfolio',
    notes: '',
    prerequisites: notRecorded,
    exam: { questions: 50, scoredQuestions: null, minutes: 40, passMarkPercent: 50, passMarkScore: null, openBook: null, note: '' },
    renewal,
    ...peoplecert,
    unverified: true,
    unverifiedNote: 'These exam figures may be out of date.',
    unverifiedFields: ['exam'],
  },
  {
    id: 'p3o-foundation',
    name: 'P3O Foundation (Portfolio, Programme and Project Offices)',
    shortName: 'P3O Foundation',
    level: 'entry',
    focus: 'pmo',
    notes: '',
    prerequisites: noPrerequisite,
    exam: { questions: 75, scoredQuestions: 70, minutes: 60, passMarkPercent: 50, passMarkScore: null, openBook: null, note: '75 questions, of which 70 are scored.' },
    renewal,
    ...peoplecert,
    unverified: true,
    unverifiedNote: 'Whether and when the P3O Foundation certificate expires could not be confirmed.',
    unverifiedFields: ['renewal'],
  },
];
