import type { EnglishVariant } from '../../../shared/model';
import { resolveEnglish } from '../../../shared/spelling/english';
import type { Speller } from '../../../shared/spelling/speller';

/**
 * The speller for one English, built on first use and kept: the dictionary (about 550 KB of text) and
 * nspell load as their own chunks, never with the app's start. Chromium's own spell-checker stays off
 * (it would download dictionaries); this one ships with the app and works offline.
 */
const spellers = new Map<EnglishVariant, Promise<Speller>>();

export function loadSpeller(variant: EnglishVariant): Promise<Speller> {
  let loading = spellers.get(variant);
  if (!loading) {
    loading = (async () => {
      const [{ createSpeller }, dictionary] = await Promise.all([import('../../../shared/spelling/speller'), variant === 'en-US' ? import('./dictionary-en-us') : import('./dictionary-en-gb')]);
      return createSpeller(dictionary.default);
    })();
    // A failed load (a chunk missing) is tried again next time rather than remembered.
    loading.catch(() => spellers.delete(variant));
    spellers.set(variant, loading);
  }
  return loading;
}

/** The English to use: the person's choice, else this browser's (the computer's) language. */
export function englishFor(choice: EnglishVariant | null, language = typeof navigator === 'undefined' ? 'en-GB' : navigator.language): EnglishVariant {
  return resolveEnglish(choice, language);
}
