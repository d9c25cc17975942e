import type { CertificationEntry } from '../schemas';
import { ISSUING_BODIES, LAST_VERIFIED, SOURCE_URLS } from '../sources';

/**
 * APM (UK) qualifications. pmo-facts.md records only their place in APM's ladder and the RQF level of
 * two of them, so prerequisites, exams and renewal are marked as not recorded rather than guessed.
 */

const apm = { issuingBody: ISSUING_BODIES.apm, sourceUrl: SOURCE_URLS.apm, lastVerified: LAST_VERIFIED } as const;
const verified: Pick<CertificationEntry, 'unverified' | 'unverifiedNote' | 'unverifiedFields'> = { unverified: false, unverifiedNote: '', unverifiedFields: [] };
const notRecorded: Pick<CertificationEntry, 'prerequisites' | 'exam' | 'renewal'> = {
  prerequisites: {
    kind: 'unknown',
    summary: 'Not recorded in our sources; check with APM.',
    certificationIds: [],
    routes: [],
    waivers: [],
    panelReview: false,
  },
  exam: null,
  renewal: { kind: 'unknown', note: 'Not recorded in our sources; check with APM.' },
};

export const APM_CERTIFICATIONS: readonly CertificationEntry[] = [
  {
    id: 'apm-pfq',
    name: 'APM Project Fundamentals Qualification',
    shortName: 'APM PFQ',
    level: 'entry',
    focus: 'project',
    notes: "APM's entry-level qualification.",
    ...notRecorded,
    ...apm,
    ...verified,
  },
  {
    id: 'apm-pmq',
    name: 'APM Project Management Qualification',
    shortName: 'APM PMQ',
    level: 'practitioner',
    focus: 'project',
    notes: 'At RQF level 4. Redesigned in 2024.',
    ...notRecorded,
    ...apm,
    unverified: true,
    unverifiedNote: 'The length of the exam since the 2024 redesign could not be confirmed.',
    unverifiedFields: ['exam'],
  },
  {
    id: 'apm-ppq',
    name: 'APM Project Professional Qualification',
    shortName: 'APM PPQ',
    level: 'advanced',
    focus: 'project',
    notes: 'At RQF level 5.',
    ...notRecorded,
    ...apm,
    ...verified,
  },
  {
    id: 'apm-chpp',
    name: 'Chartered Project Professional',
    shortName: 'ChPP',
    level: 'chartered',
    focus: 'project',
    notes: "APM's chartered standard.",
    ...notRecorded,
    ...apm,
    ...verified,
  },
];
