/**
 * Small text helpers for turning the fields a person typed into one tidy sentence, without rewording
 * anything they wrote: only whitespace, the first letter's case and the closing full stop change.
 */

/** Runs of whitespace (including line breaks) collapsed to one space, ends trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A fragment ready to join into a sentence: whitespace collapsed and trailing , ; : . removed. */
export function clause(text: string): string {
  return collapseWhitespace(text).replace(/[\s,;:.]+$/, '');
}

/** Remove a leading phrase the sentence template already supplies ("by", "as measured by"), any case. */
export function withoutLeading(text: string, phrases: readonly string[]): string {
  for (const phrase of phrases) {
    const pattern = new RegExp(`^${phrase.replace(/\s+/g, '\\s+')}\\s+`, 'i');
    if (pattern.test(text)) return text.replace(pattern, '');
  }
  return text;
}

/** First letter upper-cased; ends with a full stop unless it already ends with . ! or ?. */
export function asSentence(text: string): string {
  const body = collapseWhitespace(text);
  if (body === '') return '';
  const capitalised = body.charAt(0).toLocaleUpperCase('en-GB') + body.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** Words as a reader counts them: whitespace-separated tokens containing a letter or digit. */
export function wordsOf(text: string): string[] {
  return collapseWhitespace(text)
    .split(' ')
    .filter((token) => /[\p{L}\p{N}]/u.test(token));
}
