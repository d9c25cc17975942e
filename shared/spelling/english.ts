import type { EnglishVariant } from '../model/vocabulary';

/**
 * The English the app uses: the person's choice, else the computer's language (American for en-US,
 * British for any other). The page passes its navigator.language; main and the shared builders
 * default to the process's own locale, which is the computer's.
 */
export function resolveEnglish(choice: EnglishVariant | null, locale: string = Intl.DateTimeFormat().resolvedOptions().locale): EnglishVariant {
  return choice ?? (/^en-US\b/i.test(locale) ? 'en-US' : 'en-GB');
}
