import { z } from 'zod';
import { LIMITS } from '../model/primitives';
import { matchCertification, matchSkill } from './catalog-match';
import { emptyFindings, type FoundRole, type ImportFindings } from './findings';
import { shorten } from './lenient';

/**
 * A Word CV as lines (main reads them with mammoth): the person marks what each line is, because a
 * CV's layout says too little to guess from; bulleted lines start marked as achievements, everything
 * else as "ignore". No guess is presented as fact: the marks are the person's.
 */

export const CV_LINE_KINDS = ['heading', 'bullet', 'paragraph'] as const;
export type CvLineKind = (typeof CV_LINE_KINDS)[number];

/** One line of a Word CV as main read it (the contract's result for a .docx). */
export const CvLineSchema = z.object({ text: z.string().max(20_000), kind: z.enum(CV_LINE_KINDS) });
export type CvLine = z.infer<typeof CvLineSchema>;

export type CvLineMark =
  | { as: 'ignore' }
  | { as: 'role' }
  | { as: 'achievement'; roleLine: number | null }
  | { as: 'skill' }
  | { as: 'certification' };

/** Where the review starts: bullets are achievements of the nearest role line above them (none yet). */
export function initialMarks(lines: readonly CvLine[]): CvLineMark[] {
  return lines.map((line) => (line.kind === 'bullet' ? { as: 'achievement', roleLine: null } : { as: 'ignore' }));
}

const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The marked lines as findings, so they go through the same review, duplicate check and change as the other sources. */
export function findingsFromLines(lines: readonly CvLine[], marks: readonly CvLineMark[]): ImportFindings {
  const findings = emptyFindings('docx');
  const roleKeys = new Map<number, string>();
  lines.forEach((line, i) => {
    if (marks[i]?.as !== 'role') return;
    const text = shorten(line.text, LIMITS.shortText);
    const role: FoundRole = { key: `role:${norm(text)}||`, organisation: '', title: text, location: '', startMonth: null, endMonth: null, current: false, summary: '' };
    roleKeys.set(i, role.key);
    findings.roles.push(role);
  });
  lines.forEach((line, i) => {
    const mark = marks[i];
    if (!mark || mark.as === 'ignore' || mark.as === 'role') return;
    if (mark.as === 'achievement') {
      const roleKey = mark.roleLine === null ? null : (roleKeys.get(mark.roleLine) ?? null);
      findings.achievements.push({ key: `achievement:work|${roleKey ?? ''}|${norm(line.text)}`, text: shorten(line.text, LIMITS.mediumText), title: shorten(line.text, LIMITS.shortText), roleKey, from: 'work', date: null });
    } else if (mark.as === 'certification') {
      const name = shorten(line.text, LIMITS.shortText);
      const match = matchCertification(name);
      findings.certifications.push({ key: match.catalogId ? `certification:${match.catalogId}` : `certification:${norm(name)}`, name, catalogId: match.catalogId, issuer: match.issuer, issuedOn: null });
    } else {
      const name = shorten(line.text, LIMITS.shortText);
      const match = matchSkill(name);
      findings.skills.push({ key: match.catalogId ? `skill:${match.catalogId}` : `skill:${norm(name)}`, name, catalogId: match.catalogId, area: match.area, keywords: [] });
    }
  });
  return findings;
}

export type CvLineMarkKind = CvLineMark['as'];

/**
 * `marks` with line `index` marked as `kind`. A new achievement line belongs to the nearest role line
 * above it. Marking a role line makes it the role of the achievements below it that had no role or the
 * role above (up to the next role line), so a CV read top to bottom needs one mark per role. Unmarking a
 * role line hands its achievements back to the role above, or to none. The person can still change any
 * achievement's role (withAchievementRole).
 */
export function withLineKind(marks: readonly CvLineMark[], index: number, kind: CvLineMarkKind): CvLineMark[] {
  const was = marks[index];
  if (!was || was.as === kind) return [...marks];
  const next = [...marks];
  const roleAbove = (line: number) => {
    for (let i = line - 1; i >= 0; i--) if (next[i]?.as === 'role') return i;
    return null;
  };
  next[index] = kind === 'achievement' ? { as: 'achievement', roleLine: roleAbove(index) } : { as: kind };
  if (kind === 'role') {
    const previous = roleAbove(index);
    for (let i = index + 1; i < next.length && next[i]?.as !== 'role'; i++) {
      const line = next[i];
      if (line?.as === 'achievement' && (line.roleLine === null || line.roleLine === previous)) next[i] = { as: 'achievement', roleLine: index };
    }
  } else if (was.as === 'role') {
    const fallback = roleAbove(index);
    next.forEach((line, i) => {
      if (line.as === 'achievement' && line.roleLine === index) next[i] = { as: 'achievement', roleLine: fallback };
    });
  }
  return next;
}

/** The person's own choice of role for an achievement line (a line marked as a role, or none). */
export function withAchievementRole(marks: readonly CvLineMark[], index: number, roleLine: number | null): CvLineMark[] {
  const next = [...marks];
  if (next[index]?.as === 'achievement' && (roleLine === null || next[roleLine]?.as === 'role')) next[index] = { as: 'achievement', roleLine };
  return next;
}
