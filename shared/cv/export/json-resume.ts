import { documentBullets, type CvDocument } from './document';

/**
 * JSON Resume (https://jsonresume.org/schema), so the list can feed the many tools and themes that read
 * it. Achievements become work[].highlights, one work entry per organisation and role whatever grouping
 * the document uses (that is what "work" means in the schema); an entry with neither keeps only its
 * highlights rather than inventing an employer. Certificates carry the credential ID, status and expiry
 * as extra fields (the schema allows them); skills carry their level and keywords.
 */

export const JSON_RESUME_SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

export interface JsonResume {
  $schema: string;
  basics: { name?: string; label?: string };
  work: { name?: string; position?: string; highlights: string[] }[];
  certificates?: { name: string; issuer?: string; date?: string; credentialId?: string; status: string; expiryDate?: string }[];
  skills?: { name: string; level: string; keywords: string[] }[];
}

export function buildJsonResume(document: CvDocument): JsonResume {
  const resume: JsonResume = { $schema: JSON_RESUME_SCHEMA_URL, basics: {}, work: workEntries(document) };
  if (document.personName !== '') resume.basics.name = document.personName;
  if (document.currentRole !== '') resume.basics.label = document.currentRole;
  for (const section of document.sections) {
    if (section.kind === 'certifications') {
      resume.certificates = section.items.map((item) => ({
        name: item.name,
        ...(item.issuer !== '' && { issuer: item.issuer }),
        ...(item.issuedOn !== null && { date: item.issuedOn }),
        ...(item.credentialId !== '' && { credentialId: item.credentialId }),
        status: item.status,
        ...(item.expiresOn !== null && { expiryDate: item.expiresOn }),
      }));
    } else if (section.kind === 'skills') {
      resume.skills = section.lines.flatMap((line) => line.skills.map((s) => ({ name: s.name, level: s.levelLabel, keywords: s.keywords })));
    }
  }
  return resume;
}

/** Pretty-printed with a final newline, as people open these files in an editor. */
export function renderJsonResume(document: CvDocument): string {
  return `${JSON.stringify(buildJsonResume(document), null, 2)}\n`;
}

function workEntries(document: CvDocument): JsonResume['work'] {
  const entries = new Map<string, { name?: string; position?: string; highlights: string[] }>();
  for (const bullet of documentBullets(document)) {
    const key = `${bullet.organisation.toLocaleLowerCase('en-GB')}\u0000${bullet.role.toLocaleLowerCase('en-GB')}`;
    let entry = entries.get(key);
    if (!entry) {
      entry = { ...(bullet.organisation !== '' && { name: bullet.organisation }), ...(bullet.role !== '' && { position: bullet.role }), highlights: [] };
      entries.set(key, entry);
    }
    entry.highlights.push(bullet.text);
  }
  return [...entries.values()];
}
