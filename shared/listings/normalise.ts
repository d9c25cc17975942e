/**
 * One form for a listing's text as it comes in (a paste, a file): Windows line ends, non-breaking and
 * invisible characters would otherwise split or join words for the matcher. Not applied while the
 * person types (it would eat the space they just typed); the analysis and the highlights always work
 * on the very text in the field, so their offsets match what is shown.
 */
export function normaliseListingText(raw: string): string {
  return (
    raw
      .replace(/\r\n?/g, '\n')
      .replace(/\f/g, '\n')
      .replace(/[\u00a0\u2007\u202f]/g, ' ')
      // Zero-width characters and the byte-order mark: invisible, and they split words for the matcher.
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
  );
}
