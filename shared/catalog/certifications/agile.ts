import type { CertificationEntry } from '../schemas';
import { ISSUING_BODIES, LAST_VERIFIED, SOURCE_URLS } from '../sources';

/** Agile certifications that PMO roles often list alongside project ones, as pmo-facts.md records them. */

const verified: Pick<CertificationEntry, 'lastVerified' | 'unverified' | 'unverifiedNote' | 'unverifiedFields'> = {
  lastVerified: LAST_VERIFIED,
  unverified: false,
  unverifiedNote: '',
  unverifiedFields: [],
};

export const AGILE_CERTIFICATIONS: readonly CertificationEntry[] = [
  {
    id: 'psm-1',
    name: 'Professional Scrum Master I',
    shortName: 'PSM I',
    issuingBody: ISSUING_BODIES.scrumOrg,
    level: 'entry',
    focus: 'agile',
    notes: '',
    prerequisites: { kind: 'none', summary: 'No prerequisite.', certificationIds: [], routes: [], waivers: [], panelReview: false },
    exam: { questions: 80, scoredQuestions: null, minutes: 60, passMarkPercent: 85, passMarkScore: null, openBook: null, note: '' },
    renewal: { kind: 'none', note: 'Does not expire.' },
    sourceUrl: SOURCE_URLS.scrumOrg,
    ...verified,
  },
  {
    id: 'csm',
    name: 'Certified ScrumMaster',
    shortName: 'CSM',
    issuingBody: ISSUING_BODIES.scrumAlliance,
    level: 'entry',
    focus: 'agile',
    notes: '',
    prerequisites: {
      kind: 'required',
      summary: 'A 16-hour CSM course.',
      certificationIds: [],
      routes: [{ education: null, experience: [], trainingHours: 16, trainingTopic: 'CSM course' }],
      waivers: [],
      panelReview: false,
    },
    exam: { questions: 50, scoredQuestions: null, minutes: 60, passMarkPercent: 74, passMarkScore: null, openBook: null, note: '' },
    renewal: {
      kind: 'cpd',
      programme: 'Scrum Alliance certification renewal',
      amount: 20,
      unit: 'SEU',
      cycleYears: 2,
      categories: [],
      categoryMinimums: [],
      categoryMaximums: [],
    },
    sourceUrl: SOURCE_URLS.scrumAlliance,
    ...verified,
  },
];
