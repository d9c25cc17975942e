import { certificationDisplayName, findCertificationEntry } from '../../catalog/certifications';
import type { Achievement, Certification, Plan, Skill } from '../../model/plan';
import {
  COMPETENCY_AREAS,
  COMPETENCY_AREA_LABELS,
  SKILL_LEVEL_LABELS,
  type CertificationStatus,
  type CompetencyArea,
  type CvPageSize,
  type SkillLevel,
} from '../../model/vocabulary';
import { composeCvBullet } from '../bullet';
import { collapseWhitespace } from '../sentence';
import { resolvePageSize, type ExportOptions } from './options';
import { orderAchievements, selectAchievements } from './select';

/**
 * The neutral "CV document": headings, groups, bullets and extra sections, built once from the plan and
 * the export options. Every format (text, Markdown, JSON Resume, print HTML for the PDF, DOCX) and the
 * live preview render this same value, so they cannot disagree about what is in the list.
 */

export interface CvBulletItem {
  id: string;
  text: string;
  date: string | null;
  organisation: string;
  role: string;
}

export interface CvGroup {
  key: string;
  /** Null for the single group of a "one list" export. */
  heading: string | null;
  bullets: CvBulletItem[];
}

export interface CvCertificationItem {
  id: string;
  name: string;
  issuer: string;
  status: CertificationStatus;
  credentialId: string;
  issuedOn: string | null;
  expiresOn: string | null;
  /** Short plain-English facts: "Passed March 2024", "Credential ID GR-123", "Valid until March 2027". */
  facts: string[];
}

export interface CvSkillItem {
  id: string;
  name: string;
  level: SkillLevel;
  levelLabel: string;
  /** Tags of the exported achievements that evidence the skill: the person's own words, not ours. */
  keywords: string[];
}

export interface CvSkillLine {
  area: CompetencyArea;
  label: string;
  skills: CvSkillItem[];
}

export type CvSection =
  | { kind: 'achievements'; heading: string; groups: CvGroup[] }
  | { kind: 'certifications'; heading: string; items: CvCertificationItem[] }
  | { kind: 'skills'; heading: string; lines: CvSkillLine[] };

export interface CvDocument {
  /** The person's name, or "Achievements" when the profile has none. */
  title: string;
  personName: string;
  /** The profile's current role, shown under the title; '' when not set. */
  currentRole: string;
  pageSize: CvPageSize;
  sections: CvSection[];
}

/** Skills at this level or above go in the summary: "Aware" is not something to claim on a CV. */
export const SKILLS_SUMMARY_MIN_LEVEL: SkillLevel = 2;
const MAX_KEYWORDS = 8;

/** `today` (YYYY-MM-DD) decides whether a certification still counts as valid or has expired. */
export function buildCvDocument(plan: Plan, options: ExportOptions, today: string): CvDocument {
  const achievements = orderAchievements(selectAchievements(plan.achievements, options.filter), options);
  const personName = collapseWhitespace(plan.profile.name);
  const sections: CvSection[] = [
    { kind: 'achievements', heading: options.grouping === 'role' ? 'Experience' : 'Achievements', groups: groupBullets(achievements, options.grouping) },
  ];
  if (options.certifications !== 'none') {
    const items = certificationItems(plan.certifications, options.certifications === 'held-and-in-progress', today);
    if (items.length > 0) sections.push({ kind: 'certifications', heading: 'Certifications', items });
  }
  if (options.skillsSummary) {
    const lines = skillLines(plan.skills, achievements);
    if (lines.length > 0) sections.push({ kind: 'skills', heading: 'Skills', lines });
  }
  return {
    title: personName || 'Achievements',
    personName,
    currentRole: collapseWhitespace(plan.profile.currentRole),
    pageSize: resolvePageSize(options, plan.profile.cvPageSize),
    sections,
  };
}

/** Every bullet of the document in reading order (for counts, the clipboard and tests). */
export function documentBullets(document: CvDocument): CvBulletItem[] {
  return document.sections.flatMap((section) => (section.kind === 'achievements' ? section.groups.flatMap((g) => g.bullets) : []));
}

/** "Project Manager, Northwind Health"; either part alone; null when both are blank. */
export function roleHeading(role: string, organisation: string): string | null {
  const parts = [collapseWhitespace(role), collapseWhitespace(organisation)].filter((part) => part !== '');
  return parts.length === 0 ? null : parts.join(', ');
}

/** Groups appear in the order of their first bullet, so the chosen order decides the group order too. */
function groupBullets(achievements: readonly Achievement[], grouping: ExportOptions['grouping']): CvGroup[] {
  const groups = new Map<string, CvGroup>();
  for (const achievement of achievements) {
    const { key, heading } = groupOf(achievement, grouping);
    let group = groups.get(key);
    if (!group) {
      group = { key, heading, bullets: [] };
      groups.set(key, group);
    }
    group.bullets.push({
      id: achievement.id,
      text: composeCvBullet(achievement).text,
      date: achievement.date,
      organisation: collapseWhitespace(achievement.organisation),
      role: collapseWhitespace(achievement.role),
    });
  }
  return [...groups.values()];
}

function groupOf(achievement: Achievement, grouping: ExportOptions['grouping']): { key: string; heading: string | null } {
  if (grouping === 'none') return { key: 'all', heading: null };
  if (grouping === 'area') {
    return achievement.area === null ? { key: 'area:none', heading: 'Other achievements' } : { key: `area:${achievement.area}`, heading: COMPETENCY_AREA_LABELS[achievement.area] };
  }
  const role = collapseWhitespace(achievement.role);
  const organisation = collapseWhitespace(achievement.organisation);
  // Case-insensitive, so "Acme Ltd" and "acme ltd" typed on different days land in one group.
  const key = `role:${organisation.toLocaleLowerCase('en-GB')}\u0000${role.toLocaleLowerCase('en-GB')}`;
  return { key, heading: roleHeading(role, organisation) ?? 'Other achievements' };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 2024" from "2024-03-15": CVs give months, not days. Written out, so it reads the same everywhere. */
export function monthYear(date: string): string {
  const [year, month] = date.split('-');
  return `${MONTHS[Number(month) - 1] ?? ''} ${year}`.trim();
}

const HELD: readonly CertificationStatus[] = ['passed'];
const IN_PROGRESS: readonly CertificationStatus[] = ['exam-booked', 'studying'];

function certificationItems(certifications: readonly Certification[], withInProgress: boolean, today: string): CvCertificationItem[] {
  const wanted = withInProgress ? [...HELD, ...IN_PROGRESS] : HELD;
  const rank = (c: Certification) => wanted.indexOf(c.status);
  return certifications
    .filter((c) => wanted.includes(c.status))
    // Held first, newest first within; then exam booked, then studying.
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

function skillLines(skills: readonly Skill[], achievements: readonly Achievement[]): CvSkillLine[] {
  return COMPETENCY_AREAS.map((area) => ({
    area,
    label: COMPETENCY_AREA_LABELS[area],
    skills: skills
      .filter((s) => s.area === area && s.currentLevel >= SKILLS_SUMMARY_MIN_LEVEL)
      .sort((a, b) => b.currentLevel - a.currentLevel || a.name.localeCompare(b.name, 'en-GB'))
      .map((s) => ({
        id: s.id,
        name: collapseWhitespace(s.name),
        level: s.currentLevel as SkillLevel,
        levelLabel: SKILL_LEVEL_LABELS[s.currentLevel as SkillLevel].name,
        keywords: keywordsFor(s.id, achievements),
      })),
  })).filter((line) => line.skills.length > 0);
}

function keywordsFor(skillId: string, achievements: readonly Achievement[]): string[] {
  const seen = new Map<string, string>();
  for (const achievement of achievements) {
    if (!achievement.skillIds.includes(skillId)) continue;
    for (const tag of achievement.tags) {
      const clean = collapseWhitespace(tag);
      const key = clean.toLocaleLowerCase('en-GB');
      if (clean !== '' && !seen.has(key)) seen.set(key, clean);
    }
  }
  return [...seen.values()].slice(0, MAX_KEYWORDS);
}

/** "Risk management (Proficient), Reporting (Practising)" — one line per competency area. */
export function skillLineText(line: CvSkillLine): string {
  return line.skills.map((s) => `${s.name} (${s.levelLabel})`).join(', ');
}

/**
 * What follows a certification's name on its line: ", PeopleCert (AXELOS). Passed March 2024. Credential
 * ID GR-123." Formats set the name apart (bold) and append this, so every format words it the same.
 */
export function certificationDetail(item: CvCertificationItem): string {
  const facts = item.facts.map((fact) => ` ${fact}.`).join('');
  return `${item.issuer !== '' ? `, ${item.issuer}` : ''}.${facts}`;
}
