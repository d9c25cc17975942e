import { certificationDisplayName } from '../catalog/certifications';
import { VOCABULARY } from '../catalog/vocabulary';
import { isOpenMilestone } from '../insights/milestones';
import type { Achievement, Certification, Milestone, Plan, Skill } from '../model/plan';
import { mappedTerms, mappingsSignature } from './analyse';
import { compileTerms, matchTerms, type TermIndex } from './term-index';
import { tokenize } from './tokens';

/**
 * Which asks each plan item speaks to, found by running the same matcher over the item's own words: an
 * achievement that says "built the KPI dashboard in Power BI" shows Power BI; a custom skill named
 * "Power BI" claims it. Each item's words are read once per item object and kept (plans are never
 * mutated, and the page's copies from main are equal in their words), and the plan's items are filed by
 * term, by skill and by catalog id once per plan, so grading 200 listings against a large plan is
 * lookups, not scans.
 */

type EvidenceItem = Achievement | Skill | Milestone | Certification;

export interface PlanEvidence {
  plan: Plan;
  /** Term keys the item's words mention. */
  termsOf(item: EvidenceItem): ReadonlySet<string>;
  achievementsFor(termKey: string, skillIds: ReadonlySet<string>): Achievement[];
  skillsFor(termKey: string, catalogSkillId: string | null, mappedSkillId: string | null): Skill[];
  certificationsFor(termKey: string, catalogIds: readonly string[]): Certification[];
  openMilestonesFor(termKey: string, skillIds: ReadonlySet<string>): Milestone[];
  /**
   * Read the words of items not read yet until `timeUp()` says stop; true once every item is read. The
   * page calls it in idle slices, so the first comparison against a large plan never blocks input.
   */
  warm(timeUp: () => boolean): boolean;
}

const evidence = new WeakMap<Plan, PlanEvidence>();
/** Term keys by an item's words, per set of mappings: keyed by text, so a fresh copy of an item hits. */
const termsByText = new Map<string, Map<string, ReadonlySet<string>>>();
const TEXTS_KEPT = 20_000;
let vocabularyOnly: TermIndex | null = null;

function textCache(signature: string): Map<string, ReadonlySet<string>> {
  let cache = termsByText.get(signature);
  if (!cache) {
    // Only the current mappings matter; an older set's answers go.
    termsByText.clear();
    cache = new Map();
    termsByText.set(signature, cache);
  }
  return cache;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function planEvidence(plan: Plan): PlanEvidence {
  let found = evidence.get(plan);
  if (found) return found;
  const mapped = mappedTerms(plan.termMappings);
  vocabularyOnly ??= compileTerms(VOCABULARY);
  const indexes = mapped.length > 0 ? [vocabularyOnly, compileTerms(mapped)] : [vocabularyOnly];
  const signature = mappingsSignature(plan.termMappings);
  const textOf = new WeakMap<EvidenceItem, string>();
  const wordsOf = (item: EvidenceItem) => {
    let text = textOf.get(item);
    if (text === undefined) textOf.set(item, (text = itemText(item)));
    return text;
  };

  const termsOf = (item: EvidenceItem): ReadonlySet<string> => {
    const cache = textCache(signature);
    const text = wordsOf(item);
    const kept = cache.get(text);
    if (kept) return kept;
    const tokens = tokenize(text);
    const terms = new Set<string>();
    for (const index of indexes) for (const match of matchTerms(text, tokens, index)) terms.add(match.termId);
    if (cache.size >= TEXTS_KEPT) cache.clear();
    cache.set(text, terms);
    return terms;
  };
  const isRead = (item: EvidenceItem) => textCache(signature).has(wordsOf(item));

  // Filed on first use; every item's words are read then (what warm() does ahead of time, in slices).
  let files: ReturnType<typeof fileItems> | null = null;
  const fileItems = () => {
    const achievementsByTerm = new Map<string, Achievement[]>();
    const achievementsBySkill = new Map<string, Achievement[]>();
    for (const a of plan.achievements) {
      for (const key of termsOf(a)) push(achievementsByTerm, key, a);
      for (const id of a.skillIds) push(achievementsBySkill, id, a);
    }
    const skillsByTerm = new Map<string, Skill[]>();
    const skillsByCatalog = new Map<string, Skill[]>();
    for (const s of plan.skills) {
      for (const key of termsOf(s)) push(skillsByTerm, key, s);
      if (s.catalogId) push(skillsByCatalog, s.catalogId, s);
    }
    const certificationsByTerm = new Map<string, Certification[]>();
    const certificationsByCatalog = new Map<string, Certification[]>();
    for (const c of plan.certifications) {
      for (const key of termsOf(c)) push(certificationsByTerm, key, c);
      if (c.catalogId) push(certificationsByCatalog, c.catalogId, c);
    }
    const milestonesByTerm = new Map<string, Milestone[]>();
    const milestonesBySkill = new Map<string, Milestone[]>();
    for (const m of plan.milestones.filter(isOpenMilestone)) {
      for (const key of termsOf(m)) push(milestonesByTerm, key, m);
      for (const id of m.links.skillIds) push(milestonesBySkill, id, m);
    }
    return { achievementsByTerm, achievementsBySkill, skillsByTerm, skillsByCatalog, certificationsByTerm, certificationsByCatalog, milestonesByTerm, milestonesBySkill };
  };
  const filed = () => (files ??= fileItems());
  // Items in plan order, de-duplicated: what the grade's reason names first is the plan's first.
  const position = new Map<object, number>();
  const union = <T extends object>(order: readonly T[], ...lists: (readonly T[] | undefined)[]): T[] => {
    const wanted = new Set(lists.flatMap((list) => list ?? []));
    if (wanted.size <= 1) return [...wanted];
    if (!position.has(order[0]!)) order.forEach((item, i) => position.set(item, i));
    return [...wanted].sort((a, b) => position.get(a)! - position.get(b)!);
  };
  const everyItem = (): EvidenceItem[] => [...plan.achievements, ...plan.skills, ...plan.certifications, ...plan.milestones];
  let unread: EvidenceItem[] | null = null;

  found = {
    plan,
    termsOf,
    achievementsFor: (key, skillIds) => union(plan.achievements, filed().achievementsByTerm.get(key), ...[...skillIds].map((id) => filed().achievementsBySkill.get(id))),
    skillsFor: (key, catalogSkillId, mappedSkillId) =>
      union(plan.skills, filed().skillsByTerm.get(key), catalogSkillId ? filed().skillsByCatalog.get(catalogSkillId) : undefined, plan.skills.filter((s) => s.id === mappedSkillId)),
    certificationsFor: (key, catalogIds) => union(plan.certifications, filed().certificationsByTerm.get(key), ...catalogIds.map((id) => filed().certificationsByCatalog.get(id))),
    openMilestonesFor: (key, skillIds) => union(plan.milestones, filed().milestonesByTerm.get(key), ...[...skillIds].map((id) => filed().milestonesBySkill.get(id))),
    warm(timeUp) {
      unread ??= everyItem().filter((item) => !isRead(item));
      while (unread.length > 0 && !timeUp()) termsOf(unread.pop()!);
      return unread.length === 0;
    },
  };
  evidence.set(plan, found);
  return found;
}

/** A blank line: the matcher never joins an alias across one, so no alias runs from one field into the next. */
const FIELD_BREAK = '\n\n';

/** The words of an item that can show a term, a field at a time. */
function itemText(item: EvidenceItem): string {
  if ('star' in item) {
    return [item.title, item.star.situation, item.star.task, item.star.action, item.star.result, item.xyz.accomplished, item.xyz.measuredBy, item.xyz.byDoing, item.cvBullet, ...item.tags].join(FIELD_BREAK);
  }
  if ('currentLevel' in item) return [item.name, item.description].join(FIELD_BREAK);
  if ('links' in item) return [item.title, item.notes].join(FIELD_BREAK);
  // What the app calls it: a catalog certification's own name, never a custom name left on it.
  return certificationDisplayName(item);
}
