import { certificationDisplayName } from '../catalog/certifications';
import { foldPhrase } from '../listings/tokens';
import type { Plan } from '../model/plan';
import type { FoundAchievement, FoundCertification, FoundRole, FoundSkill, ImportFindings } from './findings';

/**
 * Which found items the plan already has, so the review shows them as "already in your plan" and they
 * are unticked: the same certification (catalog id, or the same name), the same role (organisation,
 * title and start month), the same skill, and an achievement whose words are near-identical to one in
 * the plan (see nearlySameText).
 * Importing the same file twice therefore adds nothing the second time.
 */

const words = (text: string) => foldPhrase(text);
const same = (a: string, b: string) => words(a).join(' ') === words(b).join(' ');

/**
 * Near-identical: at most one word in ten differs (Jaccard similarity of the folded words >= 0.9), or
 * one holds nine in ten of the other's words when that one has at least five (the person added to a
 * line after importing it: "…stage-gate process" became "…stage-gate process in six months").
 */
export function nearlySameText(a: string, b: string): boolean {
  const x = new Set(words(a));
  const y = new Set(words(b));
  if (x.size === 0 || y.size === 0) return false;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  const smaller = Math.min(x.size, y.size);
  return shared / (x.size + y.size - shared) >= 0.9 || (smaller >= MIN_WORDS_CONTAINED && shared / smaller >= 0.9);
}

const MIN_WORDS_CONTAINED = 5;

export interface ExistingMatches {
  /** Found key -> the id of the plan item it duplicates. */
  roles: Map<string, string>;
  achievements: Map<string, string>;
  certifications: Map<string, string>;
  skills: Map<string, string>;
}

export function findExisting(findings: ImportFindings, plan: Pick<Plan, 'roles' | 'achievements' | 'certifications' | 'skills'>): ExistingMatches {
  const roles = matchAll(findings.roles, plan.roles, (found: FoundRole, role) => same(found.organisation, role.organisation) && same(found.title, role.title) && found.startMonth === role.startMonth);
  const achievements = matchAll(findings.achievements, plan.achievements, (found: FoundAchievement, a) => nearlySameText(found.text, a.cvBullet || a.title) || nearlySameText(found.title, a.title));
  const certifications = matchAll(findings.certifications, plan.certifications, (found: FoundCertification, c) =>
    found.catalogId !== null ? c.catalogId === found.catalogId : c.catalogId === null && same(found.name, certificationDisplayName(c)),
  );
  const skills = matchAll(findings.skills, plan.skills, (found: FoundSkill, s) => (found.catalogId !== null && s.catalogId === found.catalogId) || same(found.name, s.name));
  return { roles, achievements, certifications, skills };
}

function matchAll<F extends { key: string }, P extends { id: string }>(found: readonly F[], existing: readonly P[], isSame: (f: F, p: P) => boolean): Map<string, string> {
  const matches = new Map<string, string>();
  for (const item of found) {
    const match = existing.find((p) => isSame(item, p));
    if (match) matches.set(item.key, match.id);
  }
  return matches;
}
