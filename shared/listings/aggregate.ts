import type { Plan } from '../model/plan';
import type { SkillLevel } from '../model/vocabulary';
import { listingAnalyser, strongerWeight, type AskGroup, type ListingAsk } from './analyse';
import { gradeAsk, type Grade } from './grade';
import { planEvidence } from './plan-evidence';

/**
 * What the roles the person is looking at ask for most, and where they stand on each: their priority
 * list. One row per ask, counted once per listing, graded at the highest level any listing implies
 * (so the picture never flatters).
 */
export interface AggregateRow {
  key: string;
  label: string;
  group: AskGroup;
  /** How many saved listings ask for it. */
  listings: number;
  /** How many of those mark it essential. */
  essentialIn: number;
  grade: Grade;
  reason: string;
}

export interface ListingsAggregate {
  rows: AggregateRow[];
  listingCount: number;
}

export function aggregateListings(plan: Plan, today: string): ListingsAggregate {
  const analyser = listingAnalyser(plan.termMappings);
  const byKey = new Map<string, { ask: ListingAsk; listings: number; essentialIn: number }>();
  for (const listing of plan.listings) {
    for (const ask of analyser.analyse(listing.text).asks) {
      const row = byKey.get(ask.key);
      if (!row) {
        byKey.set(ask.key, { ask: { ...ask }, listings: 1, essentialIn: ask.weight === 'required' ? 1 : 0 });
        continue;
      }
      row.listings += 1;
      if (ask.weight === 'required') row.essentialIn += 1;
      row.ask.weight = strongerWeight(row.ask.weight, ask.weight);
      row.ask.level = Math.max(row.ask.level, ask.level) as SkillLevel;
      if ((ask.years ?? 0) > (row.ask.years ?? 0)) row.ask = { ...row.ask, years: ask.years, label: ask.label };
    }
  }
  const evidence = planEvidence(plan);
  const rows = [...byKey.values()].map(({ ask, listings, essentialIn }) => {
    const graded = gradeAsk(ask, evidence, today);
    return { key: ask.key, label: ask.label, group: ask.group, listings, essentialIn, grade: graded.grade, reason: graded.reason };
  });
  rows.sort((a, b) => b.listings - a.listings || b.essentialIn - a.essentialIn || a.label.localeCompare(b.label));
  return { rows, listingCount: plan.listings.length };
}
