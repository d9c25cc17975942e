/**
 * Where the catalog's facts come from. Every entry names one of these pages and the day the facts were
 * last checked, so the UI can say "check with the issuing body" and link to it.
 *
 * The facts were gathered on LAST_VERIFIED (see the project's pmo-facts.md). Where that file gives no
 * page for a fact we link the organisation's official home page rather than guess a deeper address.
 */

/** The day the catalog's facts were gathered and checked. Change it only after re-checking every entry. */
export const LAST_VERIFIED = '2026-11-25';

export const SOURCE_URLS = {
  pmi: 'https://www.pmi.org/',
  apm: 'https://www.apm.org.uk/',
  peoplecert: 'https://www.peoplecert.org/',
  axelos: 'https://www.axelos.com/',
  scrumOrg: 'https://www.scrum.org/',
  scrumAlliance: 'https://www.scrumalliance.org/',
  sfia: 'https://sfia-online.org/',
  ukGovernmentProjectDelivery: 'https://projectdelivery.gov.uk/',
} as const;

/** Names of the bodies that issue certifications, as the UI shows them. */
export const ISSUING_BODIES = {
  pmi: 'PMI (Project Management Institute)',
  peoplecert: 'PeopleCert (AXELOS)',
  apm: 'APM (Association for Project Management)',
  scrumOrg: 'Scrum.org',
  scrumAlliance: 'Scrum Alliance',
} as const;

/** Shown with every catalog fact: requirements change, and the issuing body has the final word. */
export const CHECK_WITH_ISSUING_BODY = 'Requirements change: check with the issuing body before you rely on these details.';
