import type { FrameworkEntry } from './schemas';
import { LAST_VERIFIED, SOURCE_URLS } from './sources';

/**
 * Published frameworks the skills point at, so a person can see that a skill is recognised beyond our
 * app and read more. Summaries restate pmo-facts.md only; they are not descriptions of the frameworks.
 */

const verified = { lastVerified: LAST_VERIFIED, unverified: false, unverifiedNote: '' } as const;

export const FRAMEWORK_IDS = {
  pmiPmoGuide: 'pmi-pmo-practice-guide',
  pmiTalentTriangle: 'pmi-talent-triangle',
  apmCompetence: 'apm-competence-framework',
  ukGovProjectDelivery: 'uk-gov-project-delivery-capability',
  sfiaProf: 'sfia-prof',
  p3m3: 'p3m3',
} as const;

export const FRAMEWORKS: readonly FrameworkEntry[] = [
  {
    id: FRAMEWORK_IDS.pmiPmoGuide,
    name: 'Project Management Offices: A Practice Guide',
    body: 'PMI',
    summary: "PMI's practice guide to running a PMO, which describes the PMO Value Ring.",
    elements: ['PMO Value Ring'],
    sourceUrl: SOURCE_URLS.pmi,
    ...verified,
  },
  {
    id: FRAMEWORK_IDS.pmiTalentTriangle,
    name: 'PMI Talent Triangle',
    body: 'PMI',
    summary: "PMI's three groups of skills: Ways of Working, Power Skills and Business Acumen.",
    elements: ['Ways of Working', 'Power Skills', 'Business Acumen'],
    sourceUrl: SOURCE_URLS.pmi,
    ...verified,
  },
  {
    id: FRAMEWORK_IDS.apmCompetence,
    name: 'APM Competence Framework (2nd edition)',
    body: 'APM',
    summary: '27 competences, each assessed on five levels from aware to expert, with a PMO Manager profile.',
    elements: ['PMO Manager profile'],
    sourceUrl: SOURCE_URLS.apm,
    ...verified,
  },
  {
    id: FRAMEWORK_IDS.ukGovProjectDelivery,
    name: 'Project Delivery Capability Framework',
    body: 'UK Government Project Delivery',
    summary: "The UK government's framework of roles and skills for people who deliver projects.",
    elements: [],
    sourceUrl: SOURCE_URLS.ukGovernmentProjectDelivery,
    ...verified,
  },
  {
    id: FRAMEWORK_IDS.sfiaProf,
    name: 'SFIA skill PROF (portfolio, programme and project support)',
    body: 'SFIA Foundation',
    summary: 'The SFIA skill for PMO-style support work, described at levels 2 to 6.',
    elements: [],
    sourceUrl: SOURCE_URLS.sfia,
    ...verified,
  },
  {
    id: FRAMEWORK_IDS.p3m3,
    name: 'P3M3 maturity model',
    body: 'PeopleCert (AXELOS)',
    summary: 'A maturity model for portfolio, programme and project management, assessed across seven perspectives.',
    elements: [
      'Management control',
      'Benefits',
      'Financial',
      'Stakeholder engagement',
      'Risk',
      'Organisational governance',
      'Resource management',
    ],
    sourceUrl: SOURCE_URLS.axelos,
    ...verified,
  },
];
