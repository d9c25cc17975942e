import { VOCABULARY, type TermKind, type VocabularyTerm } from '../catalog/vocabulary';
import type { TermMapping } from '../model/listing';
import { LIMITS } from '../model/primitives';
import type { SkillLevel } from '../model/vocabulary';
import { impliedLevel } from './implied-level';
import { findOtherTerms, type OtherTerm } from './other-terms';
import { listingProblem, type ListingProblem } from './problems';
import { findDegree, findExperience } from './requirements';
import { weighSpans, type Weight } from './sections';
import { compileTerms, matchTerms, type MatchableTerm, type TermIndex } from './term-index';
import { foldPhrase, tokenize } from './tokens';

/**
 * What one listing asks for, found in its text alone (grading against the plan is ./grade.ts). Pure and
 * fast (`npm run bench`: a 1,500-word advert in well under 20 ms), so the page runs it as the person
 * types and the aggregate runs it for every saved listing.
 */

export type AskGroup = TermKind | 'experience' | 'degree';
export const ASK_GROUPS: readonly AskGroup[] = ['certification', 'skill', 'tool', 'experience', 'degree'];

export interface Mention {
  start: number;
  end: number;
  weight: Weight;
}

export interface ListingAsk {
  /** The vocabulary term id, `mapped:<mapping id>`, 'experience' or 'degree': the same ask in every listing. */
  key: string;
  group: AskGroup;
  label: string;
  /** The strongest part it appears in: required beats general beats desirable. */
  weight: Weight;
  mentions: Mention[];
  /** The skill level the advert's words imply (skills and tools; 0 otherwise). */
  level: SkillLevel;
  term: VocabularyTerm | null;
  /** For a phrase the person mapped to one of their skills. */
  mapping: TermMapping | null;
  /** For experience: the years asked. */
  years: number | null;
}

export interface ListingAnalysis {
  asks: ListingAsk[];
  otherTerms: OtherTerm[];
  problem: ListingProblem | null;
  words: number;
}

const WEIGHT_RANK: Record<Weight, number> = { required: 3, general: 2, desirable: 1 };
export const strongerWeight = (a: Weight, b: Weight): Weight => (WEIGHT_RANK[a] >= WEIGHT_RANK[b] ? a : b);
export const weightRank = (weight: Weight) => WEIGHT_RANK[weight];

const MAPPED_PREFIX = 'mapped:';
export const mappedKey = (mappingId: string) => `${MAPPED_PREFIX}${mappingId}`;

/** The phrases the person mapped to a skill, as terms the matcher can find (whole words, any case). */
export function mappedTerms(mappings: readonly TermMapping[]): MatchableTerm[] {
  return mappings
    .filter((m) => m.skillId !== null)
    .map((m) => ({ id: mappedKey(m.id), aliases: [{ text: m.phrase, exactCase: false, needsNearby: [], notNearby: [], notFollowedBy: [], notPrecededBy: [] }] }));
}

/** The vocabulary plus the person's mappings, compiled once per set of mappings. */
export interface ListingAnalyser {
  analyse(text: string): ListingAnalysis;
  /** Whether `analyse(text)` would answer from its cache (the page warms the cache in idle time). */
  isCached(text: string): boolean;
}

const analysers = new Map<string, ListingAnalyser>();
const NO_MAPPINGS: readonly TermMapping[] = [];
/** Sets of mappings kept: the person's, and a few earlier ones (an Undo of a mapping brings one back). */
const ANALYSERS_KEPT = 8;

/**
 * What a set of mappings means to the matcher, as one string. Caches are keyed by it rather than by the
 * array, because every plan the page receives from main is a fresh copy of the same mappings.
 */
export function mappingsSignature(mappings: readonly TermMapping[]): string {
  return mappings.length === 0 ? '' : JSON.stringify(mappings.map((m) => [m.id, m.phrase, m.skillId]));
}

/** The analyser for these mappings (the plan's `termMappings`); equal mappings give the same analyser and its cache. */
export function listingAnalyser(mappings: readonly TermMapping[] = NO_MAPPINGS): ListingAnalyser {
  const key = mappingsSignature(mappings);
  let analyser = analysers.get(key);
  if (!analyser) {
    if (analysers.size >= ANALYSERS_KEPT) analysers.delete(analysers.keys().next().value!);
    analyser = createAnalyser(mappings);
    analysers.set(key, analyser);
  }
  return analyser;
}

const VOCABULARY_BY_ID = new Map(VOCABULARY.map((t) => [t.id, t]));
let vocabularyIndex: TermIndex | null = null;
const CACHE_LIMIT = 600;

function createAnalyser(mappings: readonly TermMapping[]): ListingAnalyser {
  const mapped = mappings.filter((m) => m.skillId !== null);
  const mappedById = new Map(mapped.map((m) => [mappedKey(m.id), m]));
  const ignored = new Set(mappings.filter((m) => m.skillId === null).map((m) => foldPhrase(m.phrase).join(' ')));
  const mappedKeys = new Set(mapped.map((m) => foldPhrase(m.phrase).join(' ')));
  vocabularyIndex ??= compileTerms(VOCABULARY);
  // The person's phrases first: a phrase they mapped is theirs even where a vocabulary alias also fits.
  const indexes = mapped.length > 0 ? [compileTerms(mappedTerms(mapped)), vocabularyIndex] : [vocabularyIndex];
  const cache = new Map<string, ListingAnalysis>();

  function analyse(text: string): ListingAnalysis {
    const cached = cache.get(text);
    if (cached) return cached;
    const result = analyseUncached(text);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(text, result);
    return result;
  }

  function analyseUncached(text: string): ListingAnalysis {
    if (text.length > LIMITS.listingText || text.trim() === '') return { asks: [], otherTerms: [], problem: listingProblem(text, null), words: 0 };
    const tokens = tokenize(text);
    const spans = weighSpans(text);
    // The weight of each token's sentence (null: boilerplate or between sentences).
    const weights: (Weight | null)[] = new Array(tokens.length).fill(null);
    let s = 0;
    tokens.forEach((token, i) => {
      while (s < spans.length && spans[s]!.end <= token.start) s++;
      const span = spans[s];
      weights[i] = span && span.start <= token.start ? span.weight : null;
    });
    const skip = (i: number) => weights[i] === null;
    const matched = new Uint8Array(tokens.length);
    const asks = new Map<string, ListingAsk>();
    for (const index of indexes) {
      for (const match of matchTerms(text, tokens, index, (i) => skip(i) || matched[i] === 1)) {
        if (matched.subarray(match.first, match.last + 1).some((m) => m === 1)) continue;
        matched.fill(1, match.first, match.last + 1);
        const weight = weights[match.first]!;
        const mention = { start: tokens[match.first]!.start, end: tokens[match.last]!.end, weight };
        const term = VOCABULARY_BY_ID.get(match.termId) ?? null;
        const mapping = mappedById.get(match.termId) ?? null;
        const group: AskGroup = term ? term.kind : 'skill';
        const level = group === 'certification' ? 0 : impliedLevel(text, tokens, match.first, weight);
        const known = asks.get(match.termId);
        if (known) {
          known.mentions.push(mention);
          known.weight = strongerWeight(known.weight, weight);
          known.level = Math.max(known.level, level) as SkillLevel;
        } else {
          const label = term?.label ?? mapping!.phrase;
          asks.set(match.termId, { key: match.termId, group, label, weight, mentions: [mention], level, term, mapping, years: null });
        }
      }
    }
    const experience = findExperience(text, spans);
    if (experience) {
      const mention = { start: experience.start, end: experience.end, weight: experience.weight };
      asks.set('experience', { key: 'experience', group: 'experience', label: `${experience.years}+ years' experience`, weight: experience.weight, mentions: [mention], level: 0, term: null, mapping: null, years: experience.years });
    }
    const degree = findDegree(text, spans);
    if (degree) {
      const mention = { start: degree.start, end: degree.end, weight: degree.weight };
      asks.set('degree', { key: 'degree', group: 'degree', label: degree.label.replace(/^./, (c) => c.toUpperCase()), weight: degree.weight, mentions: [mention], level: 0, term: null, mapping: null, years: null });
    }
    foldGenericCertifications(text, asks);
    const otherTerms = findOtherTerms(text, tokens, (i) => !skip(i) && matched[i] === 0, (key) => ignored.has(key) || mappedKeys.has(key));
    const ordered = [...asks.values()].sort(
      (a, b) => ASK_GROUPS.indexOf(a.group) - ASK_GROUPS.indexOf(b.group) || weightRank(b.weight) - weightRank(a.weight) || a.mentions[0]!.start - b.mentions[0]!.start,
    );
    const problem = listingProblem(text, { tokens, spans, weights, asks: ordered.length });
    return { asks: ordered, otherTerms, problem, words: tokens.length };
  }

  return { analyse, isCached: (text) => cache.has(text) };
}

/**
 * "MSP Foundation (Managing Successful Programmes)" names one certification twice: the specific one and,
 * in its long name, the family. A family mention right beside a mention of a more specific member (only
 * spaces, brackets or a dash between) joins that ask; a family ask left with no mentions is dropped.
 * "PRINCE2 Practitioner or PRINCE2 Foundation" keeps both: "or" stands between them.
 */
function foldGenericCertifications(text: string, asks: Map<string, ListingAsk>): void {
  const certifications = [...asks.values()].filter((a) => a.group === 'certification' && a.term && a.term.catalogCertificationIds.length > 0);
  const beside = (a: Mention, b: Mention) => {
    const [first, second] = a.start < b.start ? [a, b] : [b, a];
    return /^[ \t()[\]–—-]*$/.test(text.slice(first.end, second.start));
  };
  for (const generic of certifications) {
    if (!asks.has(generic.key)) continue;
    const family = new Set(generic.term!.catalogCertificationIds);
    // Members: asks still standing that nothing outside the family satisfies (an equal set is the same ask in other words).
    // With an equal set, the one written first is kept ("MSP Foundation (Managing Successful Programmes)").
    const members = certifications.filter(
      (o) =>
        o !== generic &&
        asks.has(o.key) &&
        o.term!.catalogCertificationIds.every((id) => family.has(id)) &&
        (o.term!.catalogCertificationIds.length < family.size || o.mentions[0]!.start < generic.mentions[0]!.start),
    );
    if (members.length === 0) continue;
    generic.mentions = generic.mentions.filter((mention) => {
      const member = members.find((m) => m.mentions.some((other) => beside(mention, other)));
      if (!member) return true;
      member.mentions = [...member.mentions, mention].sort((a, b) => a.start - b.start);
      member.weight = strongerWeight(member.weight, mention.weight);
      return false;
    });
    if (generic.mentions.length === 0) asks.delete(generic.key);
  }
}
