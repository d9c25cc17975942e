import { linkIsLinkedIn, type CvDocument, type CvGroup } from './document';

/**
 * JSON Resume (https://jsonresume.org/schema), so the list can feed the many tools and themes that read
 * it. basics carries the name, label, contact details and summary; work[] is the work history (one entry
 * per role, newest first, with its dates), each role's exported achievements as its highlights, and last
 * an entry of highlights alone for achievements in no role rather than an invented employer.
 * certificates[] holds only what was earned (passed): themes show every entry as held, so work in progress
 * is left out here (the other formats list it under its own heading). skills carry level and keywords.
 */

export const JSON_RESUME_SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

export interface JsonResumeWork {
  name?: string;
  position?: string;
  location?: string;
  startDate?: string;
  endDate?: string;
  summary?: string;
  highlights: string[];
}

export interface JsonResume {
  $schema: string;
  basics: {
    name?: string;
    label?: string;
    email?: string;
    phone?: string;
    url?: string;
    summary?: string;
    location?: { city: string };
    profiles?: { network: string; url: string }[];
  };
  work: JsonResumeWork[];
  certificates?: { name: string; issuer?: string; date?: string }[];
  skills?: { name: string; level: string; keywords: string[] }[];
}

export function buildJsonResume(document: CvDocument): JsonResume {
  const resume: JsonResume = { $schema: JSON_RESUME_SCHEMA_URL, basics: basics(document), work: document.work.map(workEntry) };
  for (const section of document.sections) {
    if (section.kind === 'certifications') {
      resume.certificates = section.items.map((item) => ({
        name: item.name,
        ...(item.issuer !== '' && { issuer: item.issuer }),
        ...(item.issuedOn !== null && { date: item.issuedOn }),
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

function basics(document: CvDocument): JsonResume['basics'] {
  const out: JsonResume['basics'] = {};
  if (document.personName !== '') out.name = document.personName;
  if (document.currentRole !== '') out.label = document.currentRole;
  for (const item of document.contact) {
    if (item.kind === 'email') out.email = item.text;
    else if (item.kind === 'phone') out.phone = item.text;
    else if (item.kind === 'location') out.location = { city: item.text };
    else if (item.href) {
      if (linkIsLinkedIn(document)) out.profiles = [{ network: 'LinkedIn', url: item.href }];
      else out.url = item.href;
    }
  }
  if (document.summary !== '') out.summary = document.summary;
  return out;
}

function workEntry(group: CvGroup): JsonResumeWork {
  const highlights = group.bullets.map((b) => b.text);
  const role = group.role;
  if (!role) return { highlights };
  return {
    ...(role.organisation !== '' && { name: role.organisation }),
    ...(role.title !== '' && { position: role.title }),
    ...(role.location !== '' && { location: role.location }),
    ...(role.startMonth !== null && { startDate: role.startMonth }),
    ...(role.endMonth !== null && { endDate: role.endMonth }),
    ...(role.summary !== '' && { summary: role.summary }),
    highlights,
  };
}
