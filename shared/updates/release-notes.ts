/**
 * Release notes as plain text (issue 17). A feed's notes may be HTML (GitHub renders a release's Markdown
 * to HTML in its feed), Markdown, or a list of notes per version. The page shows the result as text, never
 * as markup, so nothing from a feed can run or style itself; stripping here only makes it readable.
 */

/** Longer notes are cut (with an ellipsis): the contract carries at most 20,000 characters. */
export const MAX_NOTES_LENGTH = 20_000;

interface NoteOfVersion {
  version?: unknown;
  note?: unknown;
}

/** electron-updater's `releaseNotes` (a string, a list of `{ version, note }`, or nothing) as text. */
export function releaseNotesText(notes: unknown): string {
  let text = '';
  if (typeof notes === 'string') text = htmlToPlainText(notes);
  else if (Array.isArray(notes)) {
    text = notes
      .map((entry: NoteOfVersion) => {
        const body = typeof entry?.note === 'string' ? htmlToPlainText(entry.note) : '';
        const version = typeof entry?.version === 'string' ? entry.version.trim() : '';
        return version && body ? `Version ${version}\n${body}` : body || (version ? `Version ${version}` : '');
      })
      .filter(Boolean)
      .join('\n\n');
  }
  return text.length > MAX_NOTES_LENGTH ? `${text.slice(0, MAX_NOTES_LENGTH - 1).trimEnd()}…` : text;
}

/** Elements whose content is never text to read. */
const HIDDEN_ELEMENTS = /<(script|style|template|noscript|iframe|object|embed|svg|math|head|title|select|textarea)\b[\s\S]*?(<\/\1\s*>|$)/gi;
/** A tag, its quoted attributes allowed to hold ">". */
const TAG = /<\/?[a-z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>?/gi;
const BLOCK_OPEN = /<(p|div|h[1-6]|ul|ol|pre|blockquote|table|tr|section|article|header|footer|hr|dl|dt|dd|details|summary)\b[^>]*>/gi;
const BLOCK_CLOSE = /<\/(p|div|h[1-6]|ul|ol|pre|blockquote|table|tr|section|article|header|footer|dl|dt|dd|details|summary)\s*>/gi;

/** Markup that makes a text HTML: then its line breaks are only spaces, as a browser reads them. */
const LOOKS_LIKE_HTML = /<(p|div|br|li|ul|ol|h[1-6]|table|blockquote)\b[^>]*>/i;

/** HTML (or plain text, or Markdown, which pass through) as readable plain text. */
export function htmlToPlainText(html: string): string {
  const unified = html.replace(/\r\n?/g, '\n');
  const text = (LOOKS_LIKE_HTML.test(unified) ? unified.replace(/\s+/g, ' ') : unified)
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?(\]\]>|$)/g, '')
    .replace(HIDDEN_ELEMENTS, '')
    .replace(/<![^>]*>?/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(BLOCK_OPEN, '\n')
    .replace(BLOCK_CLOSE, '\n')
    .replace(/<\/?(td|th)\b[^>]*>/gi, ' ')
    .replace(TAG, '');
  return tidy(decodeEntities(text));
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    // No NUL, no lone surrogates, nothing past Unicode.
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '';
    return String.fromCodePoint(code);
  });
}

/** Control characters out, spaces collapsed within lines, at most one blank line in a row. */
function tidy(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u2028\u2029\ufeff]/g, '')
      .split('\n')
      .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
