/**
 * The runs of a CV line that must never break across lines in the PDF: a credential ID or any
 * hyphenated word ("GR656-123456", "well-known"), and a number with its unit or what it counts ("40 %",
 * "£12,000", "3 days"). Chromium may break after a hyphen or at a space, and a PDF text reader then
 * gives back "GR656-" and "123456" on two lines (or joined as "GR656123456"), so an ATS searching for
 * the ID or the figure misses it. The print template wraps each run in a no-wrap span.
 */

export interface TextRun {
  text: string;
  /** True for a run that holds a space or a hyphen that must not become a line break. */
  keep: boolean;
}

// A hyphenated word or ID; or an optional currency sign, a number, then "%" or one word after a space
// or hyphen ("3 days", "40 %", "12-week"). Letters and digits of any script.
const KEEP_TOGETHER = /[\p{L}\p{N}]+(?:[-\u2011][\p{L}\p{N}]+)+|(?:[£$€]\s?)?\p{N}+(?:[,.]\p{N}+)*(?:\s?%|[\s-]\p{L}+)?/gu;

/** `text` split into runs; joined back they are exactly `text`. Only runs with a break point are kept. */
export function keepTogetherRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let from = 0;
  for (const match of text.matchAll(KEEP_TOGETHER)) {
    const token = match[0];
    if (!/[\s\-\u2011]/u.test(token)) continue;
    const at = match.index;
    if (at > from) runs.push({ text: text.slice(from, at), keep: false });
    runs.push({ text: token, keep: true });
    from = at + token.length;
  }
  if (from < text.length) runs.push({ text: text.slice(from), keep: false });
  return runs;
}
