import { listingAnalyser, type ListingAnalysis, type ListingAsk } from '../../shared/listings';
import { PlanChangeSchema, PlanSchema, applyPlanChange, type Plan, type PlanChangeInput } from '../../shared/model';

/** Helpers the listing tests share: analyse a text, find an ask by key, read a mention's own words. */

export const NOW = '2026-12-01T09:00:00.000Z';
export const TODAY = '2026-12-01';
export const analyse = (text: string) => listingAnalyser().analyse(text);
export const keys = (result: ListingAnalysis) => result.asks.map((a) => a.key);

/** The ask with this key, or a failure that lists what was found instead. */
export function ask(result: ListingAnalysis, key: string): ListingAsk {
  const found = result.asks.find((a) => a.key === key);
  if (!found) throw new Error(`No ask ${key}; found ${keys(result).join(', ')}`);
  return found;
}

/** The listing's own words for each mention of an ask. */
export const words = (text: string, key: string) => ask(analyse(text), key).mentions.map((m) => text.slice(m.start, m.end));
export const weightOf = (text: string, key: string) => ask(analyse(text), key).weight;

/** A change applied as main applies it, the result checked by the plan schema. */
export const apply = (plan: Plan, change: PlanChangeInput, now = NOW): Plan => PlanSchema.parse(applyPlanChange(plan, PlanChangeSchema.parse(change), { now, today: now.slice(0, 10) }));
