import { LIMITS } from '../model/primitives';
import { WEB_ADDRESS } from '../model/contact';
import { matchCertification, matchSkill } from './catalog-match';
import { emptyFindings, type FoundAchievement, type FoundRole, type ImportFindings } from './findings';
import { LenientReader, shorten } from './lenient';
import { dayOf, monthOf } from './months';

/**
 * A JSON Resume (jsonresume.org, schema v1) read into findings, leniently: every field the plan can
 * hold is taken, a field of the wrong shape is skipped and reported, and the sections the plan has no
 * place for (education, publications, languages, interests, references) are reported as not imported.
 * basics -> profile and contact; work[] -> roles, each highlight an achievement in its role;
 * certificates[] -> certifications matched to the catalog; skills[] -> skills matched to the PMO skills;
 * volunteer, projects and awards -> achievements tagged with where they came from.
 */

export type JsonResumeResult = { ok: true; findings: ImportFindings } | { ok: false; message: string };

const RESUME_SECTIONS = ['basics', 'work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages', 'interests', 'references', 'projects'];
const NOT_HELD: Record<string, string> = {
  education: 'education',
  publications: 'publications',
  languages: 'languages',
  interests: 'interests',
  references: 'references',
};

/** A skill's keywords become its description: a few dozen is already more than a CV lists. */
const MAX_KEYWORDS = 50;

const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

export function readJsonResume(doc: unknown): JsonResumeResult {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || !RESUME_SECTIONS.some((s) => s in doc)) {
    return { ok: false, message: 'This JSON file is not a resume: it has none of the JSON Resume sections (basics, work, certificates, skills …).' };
  }
  const resume = doc as Record<string, unknown>;
  const read = new LenientReader();
  const findings = emptyFindings('json-resume');
  readBasics(read, resume.basics, findings);
  readWork(read, resume.work, findings);
  readOtherAchievements(read, resume, findings);
  readCertificates(read, resume.certificates, findings);
  readSkills(read, resume.skills, findings);
  for (const [section, noun] of Object.entries(NOT_HELD)) {
    const entries = read.list(resume[section], section);
    if (entries.length > 0) read.warn(section, `${entries.length} ${noun} ${entries.length === 1 ? 'entry' : 'entries'} not imported: your plan has no place for ${noun} yet.`);
  }
  findings.warnings = read.warnings;
  return { ok: true, findings };
}

function readBasics(read: LenientReader, value: unknown, findings: ImportFindings) {
  const basics = read.object(value, 'basics');
  if (!basics) return;
  const p = findings.profile;
  p.name = read.text(basics.name, 'basics.name', LIMITS.shortText);
  p.currentRole = read.text(basics.label, 'basics.label', LIMITS.shortText);
  p.email = read.text(basics.email, 'basics.email', LIMITS.shortText);
  p.phone = read.text(basics.phone, 'basics.phone', LIMITS.phone);
  p.summary = read.text(basics.summary, 'basics.summary', LIMITS.mediumText);
  const location = read.object(basics.location, 'basics.location');
  if (location) p.location = [location.city, location.region ?? location.countryCode].map((part, i) => read.text(part, `basics.location.${i === 0 ? 'city' : 'region'}`, 100)).filter(Boolean).join(', ');
  // The one link a CV shows: LinkedIn when there is a profile, else the personal site.
  const profiles = read.list(basics.profiles, 'basics.profiles').map((entry, i) => read.object(entry, `basics.profiles[${i}]`));
  const linkedIn = profiles.find((profile) => profile && /linkedin/i.test(String(profile.network ?? profile.url ?? '')));
  const link = read.text(linkedIn?.url ?? basics.url, linkedIn ? 'basics.profiles.url' : 'basics.url', LIMITS.link);
  if (link !== '' && WEB_ADDRESS.test(link)) p.link = link;
  else if (link !== '') read.warn('basics.url', 'is not a web address, so it was left out.');
}

function roleOf(read: LenientReader, entry: Record<string, unknown>, where: string, nameField: string): FoundRole {
  const organisation = read.text(entry[nameField], `${where}.${nameField}`, LIMITS.shortText);
  const title = read.text(entry.position, `${where}.position`, LIMITS.shortText);
  const startMonth = month(read, entry.startDate, `${where}.startDate`);
  const endMonth = month(read, entry.endDate, `${where}.endDate`);
  const ordered = startMonth !== null && endMonth !== null && endMonth < startMonth;
  if (ordered) read.warn(`${where}.endDate`, 'is before the start date, so the end was left out.');
  return {
    key: `role:${norm(organisation)}|${norm(title)}|${startMonth ?? ''}`,
    organisation,
    title,
    location: read.text(entry.location, `${where}.location`, LIMITS.shortText),
    startMonth,
    endMonth: ordered ? null : endMonth,
    // JSON Resume leaves endDate out for a job held now.
    current: entry.endDate === undefined && startMonth !== null,
    summary: read.text(entry.summary, `${where}.summary`, LIMITS.mediumText),
  };
}

function month(read: LenientReader, value: unknown, where: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  const found = monthOf(value);
  if (found === null) read.warn(where, `“${String(value).slice(0, 40)}” is not a date we can read, so it was left out.`);
  return found;
}

function achievement(text: string, roleKey: string | null, from: string, date: string | null): FoundAchievement {
  return { key: `achievement:${from}|${roleKey ?? ''}|${norm(text)}`, text: shorten(text, LIMITS.mediumText), title: shorten(text, LIMITS.shortText), roleKey, from, date };
}

function readWork(read: LenientReader, value: unknown, findings: ImportFindings) {
  read.list(value, 'work').forEach((raw, i) => {
    const where = `work[${i}]`;
    const entry = read.object(raw, where);
    if (!entry) return;
    const role = roleOf(read, entry, where, entry.name === undefined && entry.company !== undefined ? 'company' : 'name');
    if (role.organisation === '' && role.title === '') return read.warn(where, 'has neither an organisation nor a position, so it was left out.');
    findings.roles.push(role);
    read.list(entry.highlights, `${where}.highlights`).forEach((h, j) => {
      const text = read.text(h, `${where}.highlights[${j}]`, LIMITS.mediumText);
      if (text !== '') findings.achievements.push(achievement(text, role.key, 'work', null));
    });
  });
}

function readOtherAchievements(read: LenientReader, resume: Record<string, unknown>, findings: ImportFindings) {
  const sections = [
    { name: 'volunteer', titleOf: (e: Record<string, unknown>, w: string) => [read.text(e.position, `${w}.position`, 100), read.text(e.organization, `${w}.organization`, 100)].filter(Boolean).join(', ') },
    { name: 'projects', titleOf: (e: Record<string, unknown>, w: string) => read.text(e.name, `${w}.name`, LIMITS.shortText) },
    { name: 'awards', titleOf: (e: Record<string, unknown>, w: string) => [read.text(e.title, `${w}.title`, 150), read.text(e.awarder, `${w}.awarder`, 100)].filter(Boolean).join(' – ') },
  ];
  for (const { name, titleOf } of sections) {
    read.list(resume[name], name).forEach((raw, i) => {
      const where = `${name}[${i}]`;
      const entry = read.object(raw, where);
      if (!entry) return;
      const date = dayOf(entry.date ?? entry.startDate);
      const highlights = read.list(entry.highlights, `${where}.highlights`).map((h, j) => read.text(h, `${where}.highlights[${j}]`, LIMITS.mediumText)).filter(Boolean);
      const heading = titleOf(entry, where);
      const detail = read.text(entry.summary ?? entry.description, `${where}.summary`, LIMITS.mediumText);
      const lines = highlights.length > 0 ? highlights.map((h) => (heading ? `${heading}: ${h}` : h)) : [[heading, detail].filter(Boolean).join(': ')];
      for (const line of lines.filter(Boolean)) findings.achievements.push(achievement(line, null, name, date));
    });
  }
}

function readCertificates(read: LenientReader, value: unknown, findings: ImportFindings) {
  read.list(value, 'certificates').forEach((raw, i) => {
    const where = `certificates[${i}]`;
    const entry = read.object(raw, where);
    if (!entry) return;
    const name = read.text(entry.name, `${where}.name`, LIMITS.shortText);
    if (name === '') return read.warn(where, 'has no name, so it was left out.');
    const match = matchCertification(name);
    findings.certifications.push({
      key: match.catalogId ? `certification:${match.catalogId}` : `certification:${norm(name)}`,
      name,
      catalogId: match.catalogId,
      issuer: read.text(entry.issuer, `${where}.issuer`, LIMITS.shortText) || match.issuer,
      issuedOn: dayOf(entry.date),
    });
  });
}

function readSkills(read: LenientReader, value: unknown, findings: ImportFindings) {
  read.list(value, 'skills').forEach((raw, i) => {
    const where = `skills[${i}]`;
    const entry = read.object(raw, where);
    if (!entry) return;
    const name = read.text(entry.name, `${where}.name`, LIMITS.shortText);
    if (name === '') return read.warn(where, 'has no name, so it was left out.');
    const listed = read.list(entry.keywords, `${where}.keywords`);
    if (listed.length > MAX_KEYWORDS) read.warn(`${where}.keywords`, `has ${listed.length} keywords; the first ${MAX_KEYWORDS} were kept.`);
    const keywords = listed.slice(0, MAX_KEYWORDS).map((k, j) => read.text(k, `${where}.keywords[${j}]`, LIMITS.tag)).filter(Boolean);
    const match = matchSkill(name, keywords);
    findings.skills.push({ key: match.catalogId ? `skill:${match.catalogId}` : `skill:${norm(name)}`, name, catalogId: match.catalogId, area: match.area, keywords });
  });
}
