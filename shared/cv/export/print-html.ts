import type { CvPageSize } from '../../model/vocabulary';
import { contactHref, LINE_SEPARATOR } from './cv-lines';
import { certificationDetail, skillLineText, type CvContactItem, type CvDocument, type CvRoleLine } from './document';
import { keepTogetherRuns } from './keep-together';

/**
 * The one print template behind the PDF, in Electron (printToPDF) and in the browser bridge (Chromium's
 * page.pdf). ATS-friendly by construction: one column, real h1/h2/h3 headings, ul/li bullets, no tables,
 * images or positioned boxes; contact details in the body under the name, as mailto:/tel:/web links.
 * Self-contained: styles are inline and a CSP meta tag forbids loading anything, because it is printed
 * offline and any text in it came from the person's plan.
 *
 * What the PDF's text layer must give back to a parser (pdftotext, an ATS), and how:
 * - the bullet is a character: a string list marker ("•") is laid out as text, whereas Chromium draws
 *   the default disc marker as a shape, so extracted text ran one achievement into the next;
 * - no ligatures: Chromium writes a ligature glyph ("ﬁ") with the letters only as /ActualText, which
 *   many parsers ignore, so "certification" would not be found;
 * - no automatic hyphenation, and no line break inside an ID, a hyphenated word or a number with its
 *   unit (keep-together.ts): a PDF reader gives a broken "GR656-" / "123456" back as two pieces.
 */

/** Page margins, shared with the PDF printers so the footer sits inside the bottom margin. */
export const PRINT_MARGINS_MM = { top: 18, right: 18, bottom: 20, left: 18 } as const;

/**
 * The PDF footer: page numbers only. Chromium renders it in its own tiny document, so it carries its own
 * font size; nothing else (no name, no contact details) ever goes in a header or footer (ATS advice).
 */
export const PDF_FOOTER_TEMPLATE =
  '<div style="width:100%;font-size:8pt;font-family:Arial,Helvetica,sans-serif;color:#555;text-align:center;">' +
  'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';
/** An empty header (Chromium's default header would print the date and the title). */
export const PDF_HEADER_TEMPLATE = '<span></span>';

/** Printed documents load nothing: their text is the person's own, printed offline. */
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** The print styles every printed document of the app shares (the CV, the interview prep sheet). */
export function printStyles(pageSize: CvPageSize): string {
  const m = PRINT_MARGINS_MM;
  return `
@page { size: ${pageSize === 'Letter' ? 'letter' : 'A4'} portrait; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #111; background: #fff; font-family: Calibri, Carlito, "Segoe UI", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.35; }
body { hyphens: manual; -webkit-hyphens: manual; overflow-wrap: normal; word-break: normal; font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; }
h1 { font-size: 20pt; margin: 0 0 4pt; }
.subtitle { margin: 0 0 2pt; color: #333; }
.contact { margin: 0 0 10pt; }
.contact a { color: inherit; text-decoration: none; }
.summary { margin: 0 0 10pt; }
h2 { font-size: 13pt; text-transform: uppercase; letter-spacing: 0.04em; border-bottom: 1pt solid #999; padding-bottom: 2pt; margin: 14pt 0 6pt; }
h3 { font-size: 11.5pt; margin: 10pt 0 1pt; }
.role-meta { margin: 0 0 3pt; color: #333; }
.role-summary { margin: 0 0 3pt; }
h2, h3, .role-meta, .role-summary { break-after: avoid; page-break-after: avoid; }
ul { margin: 0 0 4pt; padding-left: 14pt; list-style-type: "\u2022  "; }
li { margin: 0 0 3pt; break-inside: avoid; page-break-inside: avoid; }
.nb { white-space: nowrap; }
`;
}

/** A complete HTML document ready to print. */
export function renderPrintHtml(document: CvDocument): string {
  const body: string[] = [`<h1>${escapeHtml(document.title)}</h1>`];
  if (document.currentRole !== '') body.push(`<p class="subtitle">${escapeHtml(document.currentRole)}</p>`);
  if (document.contact.length > 0) body.push(`<p class="contact">${document.contact.map(contactHtml).join(LINE_SEPARATOR)}</p>`);
  if (document.summary !== '') body.push(`<p class="summary">${unbrokenHtml(document.summary)}</p>`);
  for (const section of document.sections) {
    body.push(`<h2>${escapeHtml(section.heading)}</h2>`);
    if (section.kind === 'achievements') {
      for (const group of section.groups) {
        if (group.heading !== null) body.push(`<h3>${escapeHtml(group.heading)}</h3>`);
        if (group.role) body.push(...roleLines(group.role));
        body.push(list(group.bullets.map((b) => unbrokenHtml(b.text))));
      }
    } else if (section.kind === 'certifications' || section.kind === 'in-progress') {
      body.push(list(section.items.map((item) => `<strong>${unbrokenHtml(item.name)}</strong>${unbrokenHtml(certificationDetail(item))}`)));
    } else {
      body.push(list(section.lines.map((line) => `<strong>${escapeHtml(line.label)}:</strong> ${escapeHtml(skillLineText(line))}.`)));
    }
  }
  return printPage({ title: document.title, pageSize: document.pageSize, language: document.language, body });
}

/**
 * A complete, self-contained page to print: the app's print styles (plus `css`), a CSP that loads
 * nothing, and `body` (markup already escaped by the caller). The CV and the interview prep sheet both
 * print through it.
 */
export function printPage({ title, pageSize, language = 'en-GB', css = '', body }: { title: string; pageSize: CvPageSize; language?: string; css?: string; body: readonly string[] }): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${language === 'en-US' ? 'en-US' : 'en-GB'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${printStyles(pageSize)}${css}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The person's text, escaped, with each run that must not break (an ID, "40 %") in a no-wrap span. */
export function unbrokenHtml(text: string): string {
  return keepTogetherRuns(text)
    .map((run) => (run.keep ? `<span class="nb">${escapeHtml(run.text)}</span>` : escapeHtml(run.text)))
    .join('');
}

/** Each detail kept whole on its line; email, phone and link as links (safe schemes only). */
function contactHtml(item: CvContactItem): string {
  const href = contactHref(item);
  const text = `<span class="nb">${escapeHtml(item.text)}</span>`;
  return href === null ? text : `<a href="${escapeHtml(href)}">${text}</a>`;
}

/** "Leeds · Mar 2021 – present" (the dates never split) and the role's summary, under its heading. */
function roleLines(role: CvRoleLine): string[] {
  const parts = [...(role.location !== '' ? [unbrokenHtml(role.location)] : []), ...(role.dates !== '' ? [`<span class="nb">${escapeHtml(role.dates)}</span>`] : [])];
  return [
    ...(parts.length > 0 ? [`<p class="role-meta">${parts.join(LINE_SEPARATOR)}</p>`] : []),
    ...(role.summary !== '' ? [`<p class="role-summary">${unbrokenHtml(role.summary)}</p>`] : []),
  ];
}

function list(items: string[]): string {
  if (items.length === 0) return '';
  return `<ul>\n${items.map((item) => `<li>${item}</li>`).join('\n')}\n</ul>`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}
