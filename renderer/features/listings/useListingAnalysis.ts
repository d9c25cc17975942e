import { useDeferredValue, useMemo } from 'react';
import { gradeAsks, listingAnalyser, summariseListing, type GradedAsk, type ListingAnalysis, type ListingSummary } from '../../../shared/listings';
import type { Plan } from '../../../shared/model';

export interface ListingComparison {
  analysis: ListingAnalysis;
  graded: GradedAsk[];
  summary: ListingSummary;
  /** The text the comparison is of: behind what is typed while React catches up. */
  text: string;
}

/**
 * The comparison of the text being typed with the plan. The text is deferred, so typing and pasting
 * stay responsive: React renders the keystroke first and works the comparison out after.
 */
export function useListingAnalysis(text: string, plan: Plan, today: string): ListingComparison {
  const deferred = useDeferredValue(text);
  const analysis = useMemo(() => listingAnalyser(plan.termMappings).analyse(deferred), [plan.termMappings, deferred]);
  const graded = useMemo(() => gradeAsks(analysis.asks, plan, today), [analysis, plan, today]);
  const summary = useMemo(() => summariseListing(graded), [graded]);
  return { analysis, graded, summary, text: deferred };
}
