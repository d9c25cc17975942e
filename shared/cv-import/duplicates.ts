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
  return nearlySameWords(new Set(words(a)), new Set(words(b)));
}

const MIN_WORDS_CONTAINED = 5;

function nearlySameWords(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  if (x.size === 0 || y.size === 0) return false;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  const smaller = Math.min(x.size, y.size);
  return shared / (x.size + y.size - shared) >= 0.9 || (smaller >= MIN_WORDS_CONTAINED && shared / smaller >= 0.9);
}

/**
 * nearlySameText of a found line against every achievement of the plan, without comparing it with
 * every one (a CV of hundreds of lines against a plan of thousands: the review opens on this). Prefix
 * filtering: two texts are near-identical only when one misses at most a tenth of the other's words,
 * so among the rarest ⌊size/10⌋+1 words of that other at least one is shared. Each plan text is
 * indexed by all its words and, separately, by its rarest few; a found line looks its rarest few up in
 * the first index and all its words in the second, and only those candidates are compared in full.
 */
function achievementMatcher(achievements: Plan['achievements']): (found: FoundAchievement) => string | undefined {
  const texts: { owner: number; words: Set<string> }[] = [];
  achievements.forEach((a, owner) => {
    for (const text of new Set([a.cvBullet || a.title, a.title])) texts.push({ owner, words: new Set(words(text)) });
  });
  const frequency = new Map<string, number>();
  for (const { words: set } of texts) for (const w of set) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const rarest = (set: ReadonlySet<string>) =>
    [...set].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : 1)).slice(0, Math.floor(set.size / 10) + 1);
  const byWord = new Map<string, number[]>();
  const byRareWord = new Map<string, number[]>();
  const add = (index: Map<string, number[]>, word: string, i: number) => {
    const list = index.get(word);
    if (list) list.push(i);
    else index.set(word, [i]);
  };
  texts.forEach(({ words: set }, i) => {
    for (const w of set) add(byWord, w, i);
    for (const w of rarest(set)) add(byRareWord, w, i);
  });
  return (found) => {
    let first: number | undefined;
    for (const text of new Set([found.text, found.title])) {
      const set = new Set(words(text));
      const candidates = new Set<number>();
      for (const w of rarest(set)) for (const i of byWord.get(w) ?? []) candidates.add(i);
      for (const w of set) for (const i of byRareWord.get(w) ?? []) candidates.add(i);
      for (const i of candidates) {
        const { owner, words: other } = texts[i]!;
        // The first near-identical achievement in the plan's order is the one reported.
        if ((first === undefined || owner < first) && nearlySameWords(set, other)) first = owner;
      }
    }
    return first === undefined ? undefined : achievements[first]!.id;
  };
}

export interface ExistingMatches {
  /** Found key -> the id of the plan item it duplicates. */
  roles: Map<string, string>;
  achievements: Map<string, string>;
  certifications: Map<string, string>;
  skills: Map<string, string>;
}

export function findExisting(findings: ImportFindings, plan: Pick<Plan, 'roles' | 'achievements' | 'certifications' | 'skills'>): ExistingMatches {
  const roles = matchAll(findings.roles, plan.roles, (found: FoundRole, role) => same(found.organisation, role.organisation) && same(found.title, role.title) && found.startMonth === role.startMonth);
  const matchAchievement = achievementMatcher(plan.achievements);
  const achievements = new Map<string, string>();
  for (const found of findings.achievements) {
    const id = matchAchievement(found);
    if (id !== undefined) achievements.set(found.key, id);
  }
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
