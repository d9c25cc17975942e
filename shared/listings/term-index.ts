import type { TermAlias } from '../catalog/vocabulary/schema';
import { foldPhrase, tokenize, type Token } from './tokens';

/**
 * The vocabulary compiled for matching: every alias as a sequence of folded word keys, filed under its
 * first key, so scanning a listing costs one map lookup per word whatever the vocabulary's size.
 */

/** Anything that can be found in a listing: a vocabulary term, or a phrase the person mapped. */
export interface MatchableTerm {
  id: string;
  aliases: readonly TermAlias[];
}

interface CompiledAlias {
  termId: string;
  keys: string[];
  /** The words as written, when the capitals matter. */
  exact: string[] | null;
  needsNearby: string[][];
  notNearby: string[][];
  notFollowedBy: Set<string>;
  notPrecededBy: Set<string>;
}

export interface TermIndex {
  readonly byFirstKey: ReadonlyMap<string, readonly CompiledAlias[]>;
}

export function compileTerms(terms: readonly MatchableTerm[]): TermIndex {
  const byFirstKey = new Map<string, CompiledAlias[]>();
  for (const term of terms) {
    for (const alias of term.aliases) {
      const words = tokenize(alias.text);
      if (words.length === 0) continue;
      const compiled: CompiledAlias = {
        termId: term.id,
        keys: words.map((w) => w.key),
        exact: alias.exactCase ? words.map((w) => w.text) : null,
        needsNearby: alias.needsNearby.map(foldPhrase).filter((keys) => keys.length > 0),
        notNearby: alias.notNearby.map(foldPhrase).filter((keys) => keys.length > 0),
        notFollowedBy: new Set(alias.notFollowedBy.flatMap(foldPhrase)),
        notPrecededBy: new Set(alias.notPrecededBy.flatMap(foldPhrase)),
      };
      const list = byFirstKey.get(compiled.keys[0]!) ?? [];
      list.push(compiled);
      byFirstKey.set(compiled.keys[0]!, list);
    }
  }
  // Longest first: "PRINCE2 Practitioner" wins over "PRINCE2" where both fit.
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { byFirstKey };
}

/** A run of tokens [first, last] that one term's alias matched. */
export interface TokenMatch {
  termId: string;
  first: number;
  last: number;
}

/** How far (in words) context for needsNearby / notNearby is looked for. */
const CONTEXT_WORDS = 10;
/**
 * What may stand between the words of one alias: spaces, dashes, slashes, commas, "&", marks; or one line
 * break, since text from a PDF wraps mid-phrase ("Power\nBI"). Never a blank line or a bullet.
 */
const JOINABLE_GAP = /^(?:[ \t\-–—/,&®™]*|[ \t®™]*\n[ \t]*)$/;

/**
 * Every alias match in `tokens` (all from `text`), longest first and never overlapping, skipping tokens
 * for which `skip(index)` is true (boilerplate). Whole words only: tokens are whole words.
 */
export function matchTerms(text: string, tokens: readonly Token[], index: TermIndex, skip: (tokenIndex: number) => boolean = () => false): TokenMatch[] {
  const matches: TokenMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (skip(i)) continue;
    const candidates = index.byFirstKey.get(tokens[i]!.key);
    if (!candidates) continue;
    const found = candidates.find((alias) => aliasFits(text, tokens, i, alias));
    if (!found) continue;
    const last = i + found.keys.length - 1;
    matches.push({ termId: found.termId, first: i, last });
    i = last;
  }
  return matches;
}

function aliasFits(text: string, tokens: readonly Token[], at: number, alias: CompiledAlias): boolean {
  const n = alias.keys.length;
  if (at + n > tokens.length) return false;
  for (let k = 0; k < n; k++) {
    const token = tokens[at + k]!;
    if (token.key !== alias.keys[k]) return false;
    if (alias.exact && stripMarks(token.text) !== alias.exact[k]) return false;
    if (k > 0 && !JOINABLE_GAP.test(text.slice(tokens[at + k - 1]!.end, token.start))) return false;
  }
  const last = at + n - 1;
  const next = tokens[last + 1];
  if (next && alias.notFollowedBy.has(next.key) && JOINABLE_GAP.test(text.slice(tokens[last]!.end, next.start))) return false;
  const previous = tokens[at - 1];
  if (previous && alias.notPrecededBy.has(previous.key) && JOINABLE_GAP.test(text.slice(previous.end, tokens[at]!.start))) return false;
  if (alias.needsNearby.length > 0 && !alias.needsNearby.some((keys) => sequenceNear(tokens, keys, at, last))) return false;
  if (alias.notNearby.some((keys) => sequenceNear(tokens, keys, at, last))) return false;
  return true;
}

/** Is the key sequence within CONTEXT_WORDS words of tokens [first, last] (and not inside them)? */
function sequenceNear(tokens: readonly Token[], keys: readonly string[], first: number, last: number): boolean {
  const from = Math.max(0, first - CONTEXT_WORDS);
  const to = Math.min(tokens.length - keys.length, last + CONTEXT_WORDS);
  for (let i = from; i <= to; i++) {
    if (i + keys.length - 1 >= first && i <= last) continue;
    let all = true;
    for (let k = 0; k < keys.length && all; k++) all = tokens[i + k]!.key === keys[k];
    if (all) return true;
  }
  return false;
}

const stripMarks = (word: string) => word.replace(/[®™]/g, '');
