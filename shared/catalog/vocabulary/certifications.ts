import { findCertificationEntry } from '../certifications';
import { ISSUING_BODIES, LAST_VERIFIED, SOURCE_URLS } from '../sources';
import { term, type TermInput } from './build';
import type { VocabularyTerm } from './schema';

/**
 * How PMO adverts name certifications. The names and spellings come from pmo-facts.md: the
 * "Certifications" section and "Job-listing vocabulary" ("PRINCE2®", "Prince 2", "MSP®", "P3O®",
 * "PMP®", "Project Management Professional", and the certifications adverts name beyond our catalog).
 * The matcher already ignores case, ® and ™, plurals and programme/program, so only real wording
 * variants are listed.
 *
 * Short capitalised abbreviations need context: "MSP" is also a managed service provider, "CSM" a
 * customer success manager, "ACP" and "Clarity" ordinary words or other things, "MoP" a mop. Those
 * aliases match only with their capitals (exactCase) and, where that is not enough, near a word that
 * shows the certification is meant (needsNearby) or away from one that shows it is not (notNearby).
 *
 * A term backed by the catalog is satisfied by the catalog certifications it lists, and links to the
 * same page as the catalog entry. A term beyond the catalog names its issuing body instead and ships
 * flagged as unverified, because pmo-facts.md records only that adverts name it.
 */

type CertSeed = Pick<TermInput, 'id' | 'label' | 'aliases' | 'suggestedMilestone'>;

function catalogCert(seed: CertSeed & { satisfiedBy: readonly [string, ...string[]] }): VocabularyTerm {
  const { satisfiedBy, ...rest } = seed;
  const first = findCertificationEntry(satisfiedBy[0]);
  if (!first) throw new Error(`Vocabulary term ${seed.id} names unknown catalog certification ${satisfiedBy[0]}.`);
  return term({
    ...rest,
    kind: 'certification',
    catalogSkillId: null,
    catalogCertificationIds: [...satisfiedBy],
    issuingBody: '',
    area: 'organisational',
    sourceUrl: first.sourceUrl,
    lastVerified: LAST_VERIFIED,
    unverified: false,
    unverifiedNote: '',
  });
}

const BEYOND_CATALOG_NOTE = 'Not in our catalog: named in PMO adverts (pmo-facts.md); details not checked with the issuing body.';

function otherCert(seed: CertSeed & { issuingBody: string; sourceUrl: string; note?: string }): VocabularyTerm {
  const { note, ...rest } = seed;
  return term({
    ...rest,
    kind: 'certification',
    catalogSkillId: null,
    catalogCertificationIds: [],
    area: 'organisational',
    lastVerified: LAST_VERIFIED,
    unverified: true,
    unverifiedNote: note ? `${BEYOND_CATALOG_NOTE} ${note}` : BEYOND_CATALOG_NOTE,
  });
}

/** Words near "MSP" that show the programme certification is meant. */
const MSP_CONTEXT = [
  ...['programme', 'program', 'Managing Successful Programmes', 'Foundation', 'Practitioner', 'PRINCE2', 'P3O', 'MoP', 'PMP'],
  ...['certification', 'certified', 'qualification', 'AXELOS', 'PeopleCert'],
];
/** Words near "MSP" that show a managed service provider is meant. */
const MSP_NOT = ['managed service', 'service provider'];

export const CERTIFICATION_TERMS: readonly VocabularyTerm[] = [
  // PMI
  catalogCert({
    id: 'cert-pmp',
    label: 'PMP',
    aliases: ['PMP', 'Project Management Professional'],
    satisfiedBy: ['pmp'],
    suggestedMilestone: 'Check your PMP eligibility and book the exam',
  }),
  catalogCert({
    id: 'cert-capm',
    label: 'CAPM',
    aliases: ['CAPM', 'Certified Associate in Project Management'],
    satisfiedBy: ['capm'],
    suggestedMilestone: 'Complete 23 hours of project management education and book the CAPM exam',
  }),
  catalogCert({
    id: 'cert-pgmp',
    label: 'PgMP',
    aliases: ['PgMP', 'Program Management Professional'],
    satisfiedBy: ['pgmp'],
    suggestedMilestone: 'Check your PgMP eligibility and send your application for panel review',
  }),
  catalogCert({
    id: 'cert-pfmp',
    label: 'PfMP',
    aliases: ['PfMP', 'Portfolio Management Professional'],
    satisfiedBy: ['pfmp'],
    suggestedMilestone: 'Check your PfMP eligibility and send your application for panel review',
  }),
  catalogCert({
    id: 'cert-pmi-acp',
    label: 'PMI-ACP',
    aliases: ['PMI-ACP', 'PMI Agile Certified Practitioner', { text: 'ACP', exactCase: true, needsNearby: ['PMI', 'agile'] }],
    satisfiedBy: ['pmi-acp'],
    suggestedMilestone: 'Complete 28 hours of agile training and book the PMI-ACP exam',
  }),
  catalogCert({
    id: 'cert-pmi-pmocp',
    label: 'PMI-PMOCP',
    // PMI-PMOCP succeeded PMO Global Alliance's PMO-CP, so adverts may use either name.
    aliases: ['PMI-PMOCP', 'PMOCP', 'PMO-CP'],
    satisfiedBy: ['pmi-pmocp'],
    suggestedMilestone: 'Complete 10 hours of PMO education and book the PMI-PMOCP exam',
  }),

  // PeopleCert (AXELOS). Practitioner needs Foundation, so a Practitioner also satisfies "Foundation".
  catalogCert({
    id: 'cert-prince2',
    label: 'PRINCE2',
    aliases: ['PRINCE2', 'PRINCE 2'],
    satisfiedBy: ['prince2-7-foundation', 'prince2-7-practitioner'],
    suggestedMilestone: 'Choose a PRINCE2 Foundation course and exam date',
  }),
  catalogCert({
    id: 'cert-prince2-foundation',
    label: 'PRINCE2 Foundation',
    aliases: ['PRINCE2 Foundation', 'PRINCE 2 Foundation', 'PRINCE2 7 Foundation'],
    satisfiedBy: ['prince2-7-foundation', 'prince2-7-practitioner'],
    suggestedMilestone: 'Book the PRINCE2 Foundation exam',
  }),
  catalogCert({
    id: 'cert-prince2-practitioner',
    label: 'PRINCE2 Practitioner',
    aliases: ['PRINCE2 Practitioner', 'PRINCE 2 Practitioner', 'PRINCE2 7 Practitioner'],
    satisfiedBy: ['prince2-7-practitioner'],
    suggestedMilestone: 'Choose a PRINCE2 Practitioner course and exam date',
  }),
  catalogCert({
    id: 'cert-msp',
    label: 'MSP (Managing Successful Programmes)',
    aliases: [{ text: 'MSP', exactCase: true, needsNearby: MSP_CONTEXT, notNearby: MSP_NOT }, 'Managing Successful Programmes'],
    satisfiedBy: ['msp-5-foundation', 'msp-5-practitioner'],
    suggestedMilestone: 'Choose an MSP Foundation course and exam date',
  }),
  catalogCert({
    id: 'cert-msp-foundation',
    label: 'MSP Foundation',
    aliases: ['MSP Foundation', 'MSP 5 Foundation', 'Managing Successful Programmes Foundation'],
    satisfiedBy: ['msp-5-foundation', 'msp-5-practitioner'],
    suggestedMilestone: 'Book the MSP Foundation exam',
  }),
  catalogCert({
    id: 'cert-msp-practitioner',
    label: 'MSP Practitioner',
    aliases: ['MSP Practitioner', 'MSP 5 Practitioner', 'Managing Successful Programmes Practitioner'],
    satisfiedBy: ['msp-5-practitioner'],
    suggestedMilestone: 'Choose an MSP Practitioner course and exam date',
  }),
  catalogCert({
    id: 'cert-mop',
    label: 'MoP (Management of Portfolios)',
    aliases: [{ text: 'MoP', exactCase: true }, 'Management of Portfolios'],
    satisfiedBy: ['mop-foundation'],
    suggestedMilestone: 'Book the MoP Foundation exam',
  }),
  catalogCert({
    id: 'cert-p3o',
    label: 'P3O',
    // "Running a P3O" is the office the framework describes, not the certification.
    aliases: [{ text: 'P3O', notPrecededBy: ['a', 'an', 'the', 'our', 'your', 'their'] }, 'P3O Foundation', 'Portfolio, Programme and Project Offices', 'Portfolio Programme and Project Offices'],
    satisfiedBy: ['p3o-foundation'],
    suggestedMilestone: 'Book the P3O Foundation exam',
  }),

  // APM (UK)
  catalogCert({
    id: 'cert-apm-pfq',
    label: 'APM PFQ',
    aliases: ['APM PFQ', { text: 'PFQ', exactCase: true }, 'APM Project Fundamentals Qualification'],
    satisfiedBy: ['apm-pfq'],
    suggestedMilestone: 'Choose an APM PFQ course and exam date',
  }),
  catalogCert({
    id: 'cert-apm-pmq',
    label: 'APM PMQ',
    aliases: ['APM PMQ', { text: 'PMQ', exactCase: true }, 'APM Project Management Qualification'],
    satisfiedBy: ['apm-pmq'],
    suggestedMilestone: 'Choose an APM PMQ course and exam date',
  }),
  catalogCert({
    id: 'cert-apm-ppq',
    label: 'APM PPQ',
    aliases: ['APM PPQ', { text: 'PPQ', exactCase: true }, 'APM Project Professional Qualification'],
    satisfiedBy: ['apm-ppq'],
    suggestedMilestone: 'Choose an APM PPQ course and exam date',
  }),
  catalogCert({
    id: 'cert-apm-chpp',
    label: 'Chartered Project Professional (ChPP)',
    aliases: [{ text: 'ChPP', exactCase: true }, 'Chartered Project Professional'],
    satisfiedBy: ['apm-chpp'],
    suggestedMilestone: 'Check the ChPP requirements with APM and plan your application',
  }),

  // Agile
  catalogCert({
    id: 'cert-psm',
    label: 'Professional Scrum Master (PSM I)',
    aliases: [{ text: 'PSM', exactCase: true }, 'PSM I', 'Professional Scrum Master'],
    satisfiedBy: ['psm-1'],
    suggestedMilestone: 'Book the PSM I exam',
  }),
  catalogCert({
    id: 'cert-csm',
    label: 'Certified ScrumMaster (CSM)',
    aliases: [{ text: 'CSM', exactCase: true, needsNearby: ['scrum', 'agile', 'certified'] }, 'Certified ScrumMaster', 'Certified Scrum Master'],
    satisfiedBy: ['csm'],
    suggestedMilestone: 'Book a 16-hour CSM course',
  }),

  // Beyond the catalog: named in adverts, not yet sourced well enough to join the catalog.
  otherCert({
    id: 'cert-agilepm',
    label: 'AgilePM',
    aliases: ['AgilePM', { text: 'Agile PM', needsNearby: ['certification', 'certified', 'certificate', 'APMG', 'Practitioner', 'Foundation', 'qualification'] }],
    issuingBody: 'APMG International',
    sourceUrl: 'https://apmg-international.com/',
    suggestedMilestone: 'Choose an AgilePM course and check its requirements with APMG International',
  }),
  otherCert({
    id: 'cert-itil',
    label: 'ITIL 4',
    aliases: ['ITIL', 'ITIL 4'],
    issuingBody: ISSUING_BODIES.peoplecert,
    sourceUrl: SOURCE_URLS.peoplecert,
    suggestedMilestone: 'Choose an ITIL 4 course and check its requirements with PeopleCert',
  }),
  otherCert({
    id: 'cert-lean-six-sigma',
    label: 'Lean Six Sigma',
    aliases: ['Lean Six Sigma', 'Six Sigma'],
    issuingBody: 'Various (no single issuing body)',
    // No issuing body to link: this page explains the method, not any one certificate.
    sourceUrl: 'https://en.wikipedia.org/wiki/Lean_Six_Sigma',
    note: 'No single body issues Lean Six Sigma belts: check who issues the one an advert asks for.',
    suggestedMilestone: 'Choose a Lean Six Sigma belt course and check who issues the certificate',
  }),
  // Plain "change management" is a skill phrase in most adverts, so only certification names are listed.
  otherCert({
    id: 'cert-change-management',
    label: 'Change Management (APMG)',
    aliases: ['Change Management Foundation', 'Change Management Practitioner', 'APMG Change Management'],
    issuingBody: 'APMG International',
    sourceUrl: 'https://apmg-international.com/',
    suggestedMilestone: 'Choose a Change Management course and check its requirements with APMG International',
  }),
  otherCert({
    id: 'cert-prosci',
    label: 'Prosci change management',
    aliases: ['Prosci'],
    issuingBody: 'Prosci',
    sourceUrl: 'https://www.prosci.com/',
    suggestedMilestone: 'Check the Prosci change management certification requirements with Prosci',
  }),
];
