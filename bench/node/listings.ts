import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VOCABULARY } from '../../shared/catalog/vocabulary';
import { aggregateListings, gradeAsks, listingAnalyser, summariseListing } from '../../shared/listings';
import { createEmptyPlan, type Listing, type Plan, type TermMapping } from '../../shared/model';
import { exportBenchPlan } from './tasks';

/**
 * Job-listing analysis speed (issue 13): one 1,500-word advert analysed and graded from cold (a new
 * analyser, so nothing is cached), and the aggregate over 200 saved listings, cold and after one listing
 * changed (what the screen recomputes on an edit). The baseline is the least any matcher must do: split
 * the text into words and look each one up in a set of the vocabulary's words.
 */

const FILLER = [
  'You will work closely with project managers and the portfolio office to keep delivery on track',
  'The team supports a busy change portfolio across several directorates and suppliers',
  'Day to day you will maintain plans, chase updates and prepare papers for the weekly meetings',
  'We value people who are curious, organised and calm under pressure',
  'You will help the PMO lead improve how projects are started, reviewed and closed',
  'This is a hybrid role with two days a week in the office',
];

/** A deterministic advert of about `words` words: role, essentials, desirables and boilerplate, with terms in every part. */
export function benchListingText(words = 1_500, seed = 1): string {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
  const alias = () => {
    const term = VOCABULARY[next() % VOCABULARY.length]!;
    return term.aliases.find((a) => a.needsNearby.length === 0)?.text ?? term.label;
  };
  const parts = ['Senior PMO Analyst', '', 'About the role'];
  let count = 0;
  const sentence = () => {
    const text = `${FILLER[next() % FILLER.length]}, using ${alias()} and ${alias()}.`;
    count += text.split(/\s+/).length;
    return text;
  };
  while (count < words * 0.6) parts.push(sentence());
  parts.push('', 'Essential criteria');
  while (count < words * 0.8) {
    parts.push(`• ${next() % 2 ? 'Strong' : 'Proven'} ${alias()} experience; ${3 + (next() % 5)}+ years' experience in a PMO`);
    count += 10;
  }
  parts.push('', 'Desirable');
  while (count < words * 0.95) {
    parts.push(`• Knowledge of ${alias()}`);
    count += 4;
  }
  parts.push('', 'What we offer', 'Salary £45,000 - £52,000 per annum, a pension and 30 days’ holiday. We are an equal opportunities employer.');
  return parts.join('\n');
}

/** The baseline: words lower-cased and looked up in a set of the vocabulary's words. */
function bareMatch(text: string, words: ReadonlySet<string>): number {
  let found = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (words.has(word)) found++;
  return found;
}

export interface ListingSamples {
  words: number;
  analyse: number[];
  bare: number[];
  aggregateCold: number[];
  aggregateAfterEdit: number[];
  listings: number;
}

export function benchListings({ runs = 50, listings = 200 } = {}): ListingSamples {
  const plan = planWithListings(listings);
  const vocabularyWords = new Set(VOCABULARY.flatMap((t) => t.aliases.flatMap((a) => a.text.toLowerCase().split(/\s+/))));
  const texts = Array.from({ length: runs + 5 }, (_, i) => benchListingText(1_500, 1_000 + i));
  const words = texts[0]!.split(/\s+/).length;
  const out: ListingSamples = { words, analyse: [], bare: [], aggregateCold: [], aggregateAfterEdit: [], listings };
  const today = '2026-12-01';
  for (let i = 0; i < texts.length; i++) {
    // A text never seen before: nothing cached (but the stemmer's word cache, warm as in use).
    const t0 = performance.now();
    const analysis = listingAnalyser([] as TermMapping[]).analyse(texts[i]!);
    summariseListing(gradeAsks(analysis.asks, plan, today));
    const t1 = performance.now();
    bareMatch(texts[i]!, vocabularyWords);
    const t2 = performance.now();
    if (i >= 5) {
      out.analyse.push(t1 - t0);
      out.bare.push(t2 - t1);
    }
  }
  for (let i = 0; i < Math.min(runs, 20) + 2; i++) {
    // A mapping never seen before: a new analyser with an empty cache, so every listing is analysed.
    const stamp = '2026-12-01T09:00:00.000Z';
    const cold = { ...plan, termMappings: [{ id: `cold-${i}`, phrase: `Bench phrase ${i}`, skillId: null, createdAt: stamp, updatedAt: stamp }] as TermMapping[] };
    const t0 = performance.now();
    aggregateListings(cold, today);
    const t1 = performance.now();
    // One listing edited: the plan and that listing are new objects, every other listing is unchanged.
    const edited = { ...cold, listings: cold.listings.map((l, k) => (k === i % cold.listings.length ? { ...l, text: `${l.text}\nEdited ${i}.` } : l)) };
    const t2 = performance.now();
    aggregateListings(edited, today);
    const t3 = performance.now();
    if (i >= 2) {
      out.aggregateCold.push(t1 - t0);
      out.aggregateAfterEdit.push(t3 - t2);
    }
  }
  return out;
}

/** The export bench's plan (500 achievements, skills, certifications) with `count` saved listings. */
function planWithListings(count: number): Plan {
  const base = exportBenchPlan();
  const now = createEmptyPlan('2026-12-01T09:00:00.000Z').createdAt;
  const listings: Listing[] = Array.from({ length: count }, (_, i) => ({
    id: `listing-${i}`,
    title: `PMO role ${i}`,
    organisation: 'Bench Ltd',
    link: '',
    seenOn: '2026-11-01',
    closesOn: null,
    status: 'interested',
    statusOn: '2026-11-01',
    text: benchListingText(1_500, i + 1),
    notes: '',
    closedGaps: [],
    createdAt: now,
    updatedAt: now,
  }));
  return { ...base, listings };
}

/** The plan file the typing bench opens: 200 saved listings beside 500 achievements, set-up done. */
export function writeListingsPlanFile(dir: string, count: number): void {
  const plan = planWithListings(count);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'plan.json'), JSON.stringify({ ...plan, profile: { ...plan.profile, onboardedAt: plan.createdAt } }));
}
