import { describe, expect, it } from 'vitest';
import { listingAnalyser, planEvidence } from '../../../shared/listings';
import type { TermMapping } from '../../../shared/model';
import { achievement, planWith } from '../../support/plan-builders';

const mapping = (id: string, phrase: string, skillId: string | null): TermMapping => ({ id, phrase, skillId, createdAt: '2026-12-01T09:00:00.000Z', updatedAt: '2026-12-01T09:00:00.000Z' });
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// The page receives a fresh copy of the plan from main after every change: the caches must see
// through the copy, or every edit would re-analyse every saved listing.
describe('caches keyed by what things say, not by which object holds it', () => {
  it('gives the same analyser, with its cache, for a copy of the same mappings', () => {
    const mappings = [mapping('m1', 'SIAM', 's1'), mapping('m2', 'Agile Release Train', null)];
    const analyser = listingAnalyser(mappings);
    analyser.analyse('We run SIAM across suppliers.');
    expect(listingAnalyser(copy(mappings))).toBe(analyser);
    expect(listingAnalyser(copy(mappings)).isCached('We run SIAM across suppliers.')).toBe(true);
  });

  it('gives another analyser when a mapping changes, so the change is seen', () => {
    const before = [mapping('m1', 'SIAM', 's1')];
    const after = [mapping('m1', 'SIAM', null)];
    expect(listingAnalyser(after)).not.toBe(listingAnalyser(before));
    expect(listingAnalyser(after).analyse('We run SIAM across suppliers.').asks.map((a) => a.key)).toEqual([]);
    expect(listingAnalyser(before).analyse('We run SIAM across suppliers.').asks.map((a) => a.key)).toEqual(['mapped:m1']);
  });

  it('reads the words of a copied plan from the cache: nothing is left to warm', () => {
    const plan = planWith({ achievements: [achievement({ id: 'a1', title: 'Built the KPI dashboard in Power BI' })] });
    expect(planEvidence(plan).warm(() => false)).toBe(true);
    const fresh = copy(plan);
    // No time at all to read anything: still complete, because every item's words were read before.
    expect(planEvidence(fresh).warm(() => true)).toBe(true);
    expect([...planEvidence(fresh).termsOf(fresh.achievements[0]!)]).toContain('tool-power-bi');
  });
});
