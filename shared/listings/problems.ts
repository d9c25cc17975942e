import { LIMITS } from '../model/primitives';
import type { TextSpan, Weight } from './sections';
import type { Token } from './tokens';

/**
 * What is wrong with a listing's text, in words a person can act on. Only 'empty' and 'too-long' stop
 * it being saved; the others explain why the comparison says little.
 */
export type ListingProblemKind = 'empty' | 'too-long' | 'only-boilerplate' | 'not-english' | 'no-terms';

export interface ListingProblem {
  kind: ListingProblemKind;
  message: string;
  /** True when the listing cannot be saved as it is. */
  blocksSaving: boolean;
}

const count = new Intl.NumberFormat('en-GB').format;

// Common English function words: an English advert is a fifth or more of them, other languages almost none.
const ENGLISH = new Set(
  'the and to of a in for with you we our your will be is are on as an or at by this that from have has who can all team work role'.split(' '),
);
const MIN_WORDS_FOR_LANGUAGE = 30;
const MIN_ENGLISH_SHARE = 0.08;
const MIN_ROLE_WORDS = 12;

export interface AnalysedText {
  tokens: readonly Token[];
  spans: readonly TextSpan[];
  weights: readonly (Weight | null)[];
  asks: number;
}

export function listingProblem(text: string, analysed: AnalysedText | null): ListingProblem | null {
  if (text.trim() === '') {
    return { kind: 'empty', message: 'Paste the text of a job listing, or drop a .txt, .docx or .pdf file of it here.', blocksSaving: true };
  }
  if (text.length > LIMITS.listingText) {
    return {
      kind: 'too-long',
      message: `This text is ${count(text.length)} characters long; a job listing is rarely over 20,000. Paste just the advert: at most ${count(LIMITS.listingText)} characters.`,
      blocksSaving: true,
    };
  }
  if (!analysed) return null;
  const { tokens, weights } = analysed;
  if (tokens.length >= MIN_WORDS_FOR_LANGUAGE) {
    const english = tokens.filter((t) => ENGLISH.has(t.text.toLowerCase())).length;
    if (english / tokens.length < MIN_ENGLISH_SHARE) {
      return {
        kind: 'not-english',
        message: 'This listing does not look like English. PMO Pathway knows the English words PMO adverts use, so it cannot say what this one asks for. You can still save it.',
        blocksSaving: false,
      };
    }
  }
  const roleWords = weights.filter((w) => w !== null).length;
  const boilerplateWords = weights.length - roleWords;
  if (boilerplateWords > 0 && roleWords < MIN_ROLE_WORDS && analysed.asks === 0) {
    return {
      kind: 'only-boilerplate',
      message: "This looks like only the employer's standard wording (benefits, equal opportunities, how to apply). Paste the part that describes the role and what it asks for.",
      blocksSaving: false,
    };
  }
  if (analysed.asks === 0) {
    return {
      kind: 'no-terms',
      message: 'No PMO certifications, skills or tools were recognised in this listing. If it is a PMO role, map the other terms below to your skills; otherwise it may not be a role this app can compare.',
      blocksSaving: false,
    };
  }
  return null;
}
