import { isLinkedInUrl } from '../../model/contact';
import type { Achievement, Plan, Profile, Role } from '../../model/plan';
import {
  COMPETENCY_AREA_LABELS,
  type CertificationStatus,
  type CompetencyArea,
  type CvPageSize,
  type EnglishVariant,
  type SkillLevel,
} from '../../model/vocabulary';
import { resolveEnglish } from '../../spelling/english';
import { composeCvBullet } from '../bullet';
import { collapseWhitespace } from '../sentence';
import { resolvePageSize, type ExportOptions } from './options';
import { orderAchievements, selectAchievements } from './select';
import { roleDates, roleHeading, rolesNewestFirst } from './work-history';
import { certificationItems, HELD, IN_PROGRESS } from './certification-lines';
import { skillLines } from './skill-lines';

/**
 * The neutral "CV document": headings, groups, bullets and extra sections, built once from the plan and
 * the export options. Every format (text, Markdown, JSON Resume, print HTML for the PDF, DOCX) and the
 * live preview render this same value, so they cannot disagree about what is in the list.
 */

export interface CvBulletItem {
  id: string;
  text: string;
  date: string | null;
  /** The role in the work history it belongs to (null: none, or a role no longer in the plan). */
  roleId: string | null;
}

/** A role as its group shows it, under the heading: "Leeds · Mar 2021 – present" and its summary. */
export interface CvRoleLine {
  id: string;
  title: string;
  organisation: string;
  location: string;
  /** "Mar 2021 – present"; '' when the role has no dates yet. */
  dates: string;
  startMonth: string | null;
  endMonth: string | null;
  current: boolean;
  summary: string;
}

export interface CvGroup {
  key: string;
  /** Null for the single group of a "one list" export. */
  heading: string | null;
  /** Set for a group of the "by role" grouping that is a role (not "Other achievements"). */
  role: CvRoleLine | null;
  bullets: CvBulletItem[];
}

/** One contact detail at the top of the CV body, in this order: email, phone, location, link. */
export interface CvContactItem {
  kind: 'email' | 'phone' | 'location' | 'link';
  text: string;
  /** mailto:, tel: or the web address, for formats that can link. */
  href: string | null;
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
  /** Only earned ones: passed. */
  | { kind: 'certifications'; heading: string; items: CvCertificationItem[] }
  /** Work towards a certification (studying, exam booked), under its own heading, never mixed with earned ones. */
  | { kind: 'in-progress'; heading: string; items: CvCertificationItem[] }
  | { kind: 'skills'; heading: string; lines: CvSkillLine[] };

export interface CvDocument {
  /** The person's name, or "Achievements" when the profile has none. */
  title: string;
  personName: string;
  /** The profile's current role, shown under the title; '' when not set. */
  currentRole: string;
  /** Contact details for the top of the body (never only in a header or footer, which ATSs skip). */
  contact: CvContactItem[];
  /** The profile's summary as one paragraph; '' when not set. */
  summary: string;
  pageSize: CvPageSize;
  /** The English it is written in (the print page's and Word file's language): the person's, else the computer's. */
  language: EnglishVariant;
  sections: CvSection[];
  /**
   * The exported achievements by role, newest role first, whatever grouping the sections use: what
   * JSON Resume's work[] holds. Last, achievements in no role ("Other achievements", role null).
   */
  work: CvGroup[];
}

/** `today` (YYYY-MM-DD) decides whether a certification still counts as valid or has expired. */
export function buildCvDocument(plan: Plan, options: ExportOptions, today: string): CvDocument {
  const achievements = orderAchievements(selectAchievements(plan.achievements, options.filter), options);
  const personName = collapseWhitespace(plan.profile.name);
  const work = groupByRole(achievements, plan.roles);
  const sections: CvSection[] = [
    {
      kind: 'achievements',
      heading: options.grouping === 'role' ? 'Experience' : 'Achievements',
      groups: options.grouping === 'role' ? work : groupBullets(achievements, options.grouping),
    },
  ];
  if (options.certifications !== 'none') {
    const held = certificationItems(plan.certifications, HELD, today);
    if (held.length > 0) sections.push({ kind: 'certifications', heading: 'Certifications', items: held });
    const working = options.certifications === 'held-and-in-progress' ? certificationItems(plan.certifications, IN_PROGRESS, today) : [];
    if (working.length > 0) sections.push({ kind: 'in-progress', heading: 'Certifications in progress', items: working });
  }
  if (options.skillsSummary) {
    const lines = skillLines(plan.skills, achievements);
    if (lines.length > 0) sections.push({ kind: 'skills', heading: 'Skills', lines });
  }
  return {
    title: personName || 'Achievements',
    personName,
    currentRole: collapseWhitespace(plan.profile.currentRole),
    contact: contactItems(plan.profile),
    summary: collapseWhitespace(plan.profile.summary),
    pageSize: resolvePageSize(options, plan.profile.cvPageSize),
    language: resolveEnglish(plan.preferences.english),
    sections,
    work,
  };
}

/** Every bullet of the document in reading order (for counts, the clipboard and tests). */
export function documentBullets(document: CvDocument): CvBulletItem[] {
  return document.sections.flatMap((section) => (section.kind === 'achievements' ? section.groups.flatMap((g) => g.bullets) : []));
}

export { roleHeading } from './work-history';
export { certificationDetail, monthYear } from './certification-lines';
export { SKILLS_SUMMARY_MIN_LEVEL, skillLineText } from './skill-lines';

function bulletOf(achievement: Achievement, roleId: string | null): CvBulletItem {
  return { id: achievement.id, text: composeCvBullet(achievement).text, date: achievement.date, roleId };
}

/**
 * "By role": one group per role, newest role first whatever the bullet order (a CV's work history reads
 * backwards in time); bullets keep the chosen order within their role. Achievements without a role, or
 * linked to one no longer in the plan, come last under "Other achievements".
 */
function groupByRole(achievements: readonly Achievement[], roles: readonly Role[]): CvGroup[] {
  const known = new Set(roles.map((r) => r.id));
  const groups: CvGroup[] = rolesNewestFirst(roles).map((role) => ({ key: `role:${role.id}`, heading: roleHeading(role), role: roleLine(role), bullets: [] }));
  const byRole = new Map(groups.map((g) => [g.role!.id, g]));
  const other: CvGroup = { key: 'role:none', heading: 'Other achievements', role: null, bullets: [] };
  for (const achievement of achievements) {
    const roleId = achievement.roleId !== null && known.has(achievement.roleId) ? achievement.roleId : null;
    (roleId === null ? other : byRole.get(roleId)!).bullets.push(bulletOf(achievement, roleId));
  }
  return [...groups, other].filter((g) => g.bullets.length > 0);
}

function roleLine(role: Role): CvRoleLine {
  return {
    id: role.id,
    title: collapseWhitespace(role.title),
    organisation: collapseWhitespace(role.organisation),
    location: collapseWhitespace(role.location),
    dates: roleDates(role),
    startMonth: role.startMonth,
    endMonth: role.current ? null : role.endMonth,
    current: role.current,
    summary: collapseWhitespace(role.summary),
  };
}

/** Groups appear in the order of their first bullet, so the chosen order decides the group order too. */
function groupBullets(achievements: readonly Achievement[], grouping: 'area' | 'none'): CvGroup[] {
  const groups = new Map<string, CvGroup>();
  for (const achievement of achievements) {
    const { key, heading } =
      grouping === 'none'
        ? { key: 'all', heading: null }
        : achievement.area === null
          ? { key: 'area:none', heading: 'Other achievements' }
          : { key: `area:${achievement.area}`, heading: COMPETENCY_AREA_LABELS[achievement.area] };
    let group = groups.get(key);
    if (!group) {
      group = { key, heading, role: null, bullets: [] };
      groups.set(key, group);
    }
    group.bullets.push(bulletOf(achievement, achievement.roleId));
  }
  return [...groups.values()];
}

function contactItems(profile: Profile): CvContactItem[] {
  const email = collapseWhitespace(profile.email);
  const phone = collapseWhitespace(profile.phone);
  const location = collapseWhitespace(profile.location);
  const link = collapseWhitespace(profile.link);
  const items: CvContactItem[] = [];
  if (email !== '') items.push({ kind: 'email', text: email, href: `mailto:${email}` });
  if (phone !== '') items.push({ kind: 'phone', text: phone, href: `tel:${phone.replace(/[^\d+]/g, '')}` });
  if (location !== '') items.push({ kind: 'location', text: location, href: null });
  if (link !== '') items.push({ kind: 'link', text: link.replace(/^https?:\/\//i, '').replace(/\/$/, ''), href: link });
  return items;
}

/** Whether the profile's link is LinkedIn (JSON Resume puts it in profiles[]). */
export function linkIsLinkedIn(document: CvDocument): boolean {
  const link = document.contact.find((c) => c.kind === 'link');
  return link?.href ? isLinkedInUrl(link.href) : false;
}
