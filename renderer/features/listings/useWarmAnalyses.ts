import { useEffect, useState } from 'react';
import { listingAnalyser, planEvidence } from '../../../shared/listings';
import type { Plan } from '../../../shared/model';

/** Work done per slice before the page gets the main thread back: well under a 50 ms long task. */
const SLICE_MS = 8;

export interface WarmAnalyses {
  /** Every saved listing's analysis is cached and the plan's words are read: comparisons answer at once. */
  ready: boolean;
  done: number;
  total: number;
}

/** The next slice as soon as the browser has handled input and painted (no 4 ms timer clamp). */
function nextSlice(run: () => void): () => void {
  const channel = new MessageChannel();
  channel.port1.onmessage = run;
  channel.port2.postMessage(null);
  return () => channel.port1.close();
}

/** Up to `budget` ms of the work still to do for `plan`; says how far it got. Caches make it idempotent. */
function warmFor(plan: Plan, budget: number): WarmAnalyses {
  // Nothing to compare, so nothing to read: a plan without listings costs nothing here.
  if (plan.listings.length === 0) return { ready: true, done: 0, total: 0 };
  const until = performance.now() + budget;
  const timeUp = () => performance.now() >= until;
  const analyser = listingAnalyser(plan.termMappings);
  let done = 0;
  for (const listing of plan.listings) {
    if (!analyser.isCached(listing.text)) {
      if (timeUp()) continue;
      analyser.analyse(listing.text);
    }
    done++;
  }
  const ready = done === plan.listings.length && planEvidence(plan).warm(timeUp);
  return { ready, done, total: plan.listings.length };
}

/**
 * Comparing every saved listing the first time costs a few milliseconds each (and reading a large plan's
 * words some more), so 200 listings would freeze the page for a moment. Each render does at most about
 * 8 ms of that work and, while some is left, asks for another render once the browser has handled input
 * and painted. An edit leaves little to do (one listing, one item), so it is ready in the same render and
 * nothing flickers; after a cold start the chart appears once all is done.
 */
export function useWarmAnalyses(plan: Plan | null): WarmAnalyses {
  const [, setTick] = useState(0);
  const state = plan ? warmFor(plan, SLICE_MS) : { ready: true, done: 0, total: 0 };
  useEffect(() => {
    if (state.ready) return;
    return nextSlice(() => setTick((n) => n + 1));
  });
  return state;
}
