import type { CertificationEntry } from '../schemas';
import { AGILE_CERTIFICATIONS } from './agile';
import { APM_CERTIFICATIONS } from './apm';
import { PEOPLECERT_CERTIFICATIONS } from './peoplecert';
import { PMI_CERTIFICATIONS } from './pmi';

/**
 * Every certification in the catalog, grouped by issuing body. Ids are stable: plans store them as
 * Certification.catalogId, so never rename one.
 */
export const CERTIFICATIONS: readonly CertificationEntry[] = [
  ...PMI_CERTIFICATIONS,
  ...PEOPLECERT_CERTIFICATIONS,
  ...APM_CERTIFICATIONS,
  ...AGILE_CERTIFICATIONS,
];

/** Look a certification up by its stable id. */
export function findCertificationEntry(id: string): CertificationEntry | undefined {
  return CERTIFICATIONS.find((entry) => entry.id === id);
}

/** The name the UI shows for a plan's certification: the catalog name, or the person's own. */
export function certificationDisplayName(certification: { catalogId: string | null; customName: string }): string {
  const entry = certification.catalogId === null ? undefined : findCertificationEntry(certification.catalogId);
  return entry?.name ?? (certification.customName.trim() || 'Unnamed certification');
}
