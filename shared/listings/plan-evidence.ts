import type { Achievement, Certification, Milestone, Plan, Skill } from '../model/plan';
import { compileTerms, matchTerms, type MatchableTerm, type TermIndex } from './term-index';
import { tokenize } from './tokens';
import { VOCABULARY } from '../catalog/vocabulary';
import { mappedKey } from './analyse';

/**
 * Which asks each plan item speaks to, found by running the same matcher over the item's own words: an
 * achievement that says "built the KPI dashboard in Power BI" shows Power BI; a custom skill named
 * "Power BI" claims it. Worked out once per item object and kept (plans are never mutated, so an
 * unchanged item keeps its answer), which keeps grading 200 listings against a large plan fast.
 */

export interface PlanEvidence {
  plan: Plan;
  /** Term keys each item's words mention, by item. */
  termsOf(item: Achievement | Skill | Milestone | Certification): ReadonlySet<string>;
}

const evidence = new WeakMap<Plan, PlanEvidence>();
const wordsOf = new WeakMap<object, { mappings: unknown; terms: ReadonlySet<string> }>();
let vocabularyOnly: TermIndex | null = null;

export function planEvidence(plan: Plan): PlanEvidence {
  let found = evidence.get(plan);
  if (found) return found;
  const mapped: MatchableTerm[] = plan.termMappings
    .filter((m) => m.skillId !== null)
    .map((m) => ({ id: mappedKey(m.id), aliases: [{ text: m.phrase, exactCase: false, needsNearby: [], notNearby: [], notFollowedBy: [] }] }));
  vocabularyOnly ??= compileTerms(VOCABULARY);
  const indexes = mapped.length > 0 ? [vocabularyOnly, compileTerms(mapped)] : [vocabularyOnly];
  const mappings = plan.termMappings;
  found = {
    plan,
    termsOf(item) {
      const kept = wordsOf.get(item);
      if (kept && kept.mappings === mappings) return kept.terms;
      const text = itemText(item);
      const tokens = tokenize(text);
      const terms = new Set<string>();
      for (const index of indexes) for (const match of matchTerms(text, tokens, index)) terms.add(match.termId);
      wordsOf.set(item, { mappings, terms });
      return terms;
    },
  };
  evidence.set(plan, found);
  return found;
}

/** The words of an item that can show a term, one field per line (so no alias runs across two fields). */
function itemText(item: Achievement | Skill | Milestone | Certification): string {
  if ('star' in item) {
    return [item.title, item.star.situation, item.star.task, item.star.action, item.star.result, item.xyz.accomplished, item.xyz.measuredBy, item.xyz.byDoing, item.cvBullet, ...item.tags].join('\n');
  }
  if ('currentLevel' in item) return [item.name, item.description].join('\n');
  if ('links' in item) return [item.title, item.notes].join('\n');
  return [item.customName].join('\n');
}
