import nspell from 'nspell';
import { catalogWords } from './known-words';
import { textWords, type TextWord } from './words';

/**
 * Spelling, offline (issue 16): Hunspell dictionaries read by nspell (a pure JavaScript Hunspell; the
 * dictionaries are `dictionary-en-gb` and `dictionary-en`), knowing the catalog's PMO terms and the
 * person's own words besides. Building one takes a few hundred milliseconds, so the page loads it lazily
 * once; checking is then fast (a 300-word story in well under a millisecond), and suggestions are
 * worked out only for the words that are wrong.
 */

export interface Misspelling extends TextWord {
  suggestions: string[];
}

export interface Speller {
  /** The misspelt words of `text`, each once per place, in order, with up to `max` suggestions. */
  check(text: string, max?: number): Misspelling[];
  isKnown(word: string): boolean;
  /** The person's words, replacing those added before (their dictionary changed). */
  setUserWords(words: readonly string[]): void;
}

export function createSpeller(dictionary: { aff: string; dic: string }, userWords: readonly string[] = []): Speller {
  const base = nspell(dictionary.aff, dictionary.dic);
  for (const word of catalogWords()) base.add(word);
  let mine = new Set<string>();
  const suggestions = new Map<string, string[]>();
  const known = (word: string) => mine.has(word.toLowerCase()) || base.correct(word);
  const speller: Speller = {
    isKnown: known,
    check(text, max = 4) {
      return textWords(text)
        .filter((w) => !known(w.word))
        .map((w) => {
          let found = suggestions.get(w.word);
          if (!found) suggestions.set(w.word, (found = base.suggest(w.word)));
          return { ...w, suggestions: found.slice(0, max) };
        });
    },
    setUserWords(words) {
      mine = new Set(words.map((w) => w.toLowerCase()));
    },
  };
  speller.setUserWords(userWords);
  return speller;
}
