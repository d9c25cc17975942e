import { certificationDisplayName, findCertificationEntry } from '../../catalog/certifications';
import type { Certification } from '../../model/plan';
import type { CertificationStatus } from '../../model/vocabulary';
import { collapseWhitespace } from '../sentence';
import type { CvCertificationItem } from './document';
import { monthYear } from '../../date-words';

/** The CV's certification lines: which count as earned, which as in progress, and how each is worded. */

// CVs give months, not days ("March 2024"), written out so they read the same everywhere.
export { monthYear } from '../../date-words';

/** Earned: what may be called a certificate. Lapsed ones were earned but are no longer held. */
export const HELD: readonly CertificationStatus[] = ['passed'];
export const IN_PROGRESS: readonly CertificationStatus[] = ['exam-booked', 'studying'];

export function certificationItems(certifications: readonly Certification[], wanted: readonly CertificationStatus[], today: string): CvCertificationItem[] {
  const rank = (c: Certification) => wanted.indexOf(c.status);
  return certifications
    .filter((c) => wanted.includes(c.status))
    // Newest first; in progress, exam booked before studying.
    .sort((a, b) => rank(a) - rank(b) || (b.issuedOn ?? b.examDate ?? '').localeCompare(a.issuedOn ?? a.examDate ?? ''))
    .map((c) => ({
      id: c.id,
      name: certificationDisplayName(c),
      issuer: collapseWhitespace(c.customBody) || (c.catalogId ? (findCertificationEntry(c.catalogId)?.issuingBody ?? '') : ''),
      status: c.status,
      credentialId: collapseWhitespace(c.credentialId),
      issuedOn: c.issuedOn,
      expiresOn: c.expiresOn,
      facts: certificationFacts(c, today),
    }));
}

function certificationFacts(c: Certification, today: string): string[] {
  const facts: string[] = [];
  if (c.status === 'passed') facts.push(c.issuedOn ? `Passed ${monthYear(c.issuedOn)}` : 'Passed');
  else if (c.status === 'exam-booked') facts.push(c.examDate ? `Exam booked for ${monthYear(c.examDate)}` : 'Exam booked');
  else if (c.status === 'studying') facts.push('Studying');
  const credentialId = collapseWhitespace(c.credentialId);
  if (credentialId !== '') facts.push(`Credential ID ${credentialId}`);
  if (c.status === 'passed' && c.expiresOn) facts.push(c.expiresOn < today ? `Expired ${monthYear(c.expiresOn)}` : `Valid until ${monthYear(c.expiresOn)}`);
  return facts;
}

/**
 * What follows a certification's name on its line: ", PeopleCert (AXELOS). Passed March 2024. Credential
 * ID GR-123." Formats set the name apart (bold) and append this, so every format words it the same.
 */
export function certificationDetail(item: CvCertificationItem): string {
  const facts = item.facts.map((fact) => ` ${fact}.`).join('');
  return `${item.issuer !== '' ? `, ${item.issuer}` : ''}.${facts}`;
}
