import type { CvPageSize } from '../../model/vocabulary';
import { contactLine, roleMetaLine } from './cv-lines';
import { certificationDetail, skillLineText, type CvDocument } from './document';
import { keepTogetherRuns } from './keep-together';
import { PRINT_MARGINS_MM } from './print-html';

/**
 * How many pages the PDF (and about the same for the Word file) will take, estimated without printing:
 * the print template's boxes laid out line by line with Arial's character widths (Liberation Sans, the
 * font the PDF gets where Calibri is missing, has the same metrics; Calibri is narrower, so where it is
 * installed the estimate errs towards one page more, never fewer). Page breaks follow the template's
 * rules: a bullet never splits, a heading stays with what follows it. Calibrated against Chromium's
 * PDFs in test/main/export/length.test.ts (within one page of pdfinfo's count at every size tried).
 */

const PT_PER_MM = 72 / 25.4;
const PAGE_MM: Record<CvPageSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

// The print template's sizes in points (print-html.ts): body 11pt at line-height 1.35, and so on.
const BODY = 11;
const LINE = BODY * 1.35;
const LIST_INDENT = 14;

// Arial's advance widths in thousandths of an em, for the characters a CV is mostly made of.
const LOWER = [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500];
const UPPER = [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611];
const OTHER: Record<string, number> = { ' ': 278, '\u00a0': 278, ',': 278, '.': 278, ':': 278, ';': 278, '(': 333, ')': 333, '-': 333, '%': 889, "'": 191, '’': 222, '/': 278, '·': 278, '&': 667, '–': 556 };

function charWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 97 && code <= 122) return LOWER[code - 97]!;
  if (code >= 65 && code <= 90) return UPPER[code - 65]!;
  return OTHER[ch] ?? 556;
}

/** Width in points of `text` at `size` points (bold about 6% wider). */
function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return (units / 1000) * size * (bold ? 1.06 : 1);
}

/** Lines `text` takes in a box `width` points wide: greedy wrap at spaces, never inside a kept run. */
export function lineCount(text: string, width: number, size = BODY, bold = false): number {
  // Spaces inside a kept run ("40 %") are no break points: make them non-breaking before splitting.
  const joined = keepTogetherRuns(text)
    .map((run) => (run.keep ? run.text.replace(/\s/g, '\u00a0') : run.text))
    .join('');
  const space = textWidth(' ', size, bold);
  let lines = 1;
  let used = 0;
  for (const word of joined.split(/[ \t\n]+/).filter((w) => w !== '')) {
    const w = textWidth(word, size, bold);
    if (used > 0 && used + space + w > width) {
      lines += 1;
      used = w;
    } else used += (used > 0 ? space : 0) + w;
  }
  return lines;
}

/** A box of the layout: its height, and whether it must stay on the page with the box after it. */
interface Box {
  height: number;
  keepWithNext: boolean;
}

function boxes(document: CvDocument, width: number): Box[] {
  const out: Box[] = [];
  const para = (text: string, after: number, keepWithNext = false, size = BODY, lineHeight = LINE) =>
    out.push({ height: lineCount(text, width, size) * lineHeight + after, keepWithNext });
  const item = (text: string) => out.push({ height: lineCount(text, width - LIST_INDENT) * LINE + 3, keepWithNext: false });
  para(document.title, 4, true, 20, 20 * 1.35);
  if (document.currentRole !== '') para(document.currentRole, 2, true);
  if (document.contact.length > 0) para(contactLine(document.contact), 10, true);
  if (document.summary !== '') para(document.summary, 10);
  for (const section of document.sections) {
    out.push({ height: 14 + 13 * 1.35 + 3 + 6, keepWithNext: true });
    if (section.kind === 'achievements') {
      for (const group of section.groups) {
        if (group.heading !== null) out.push({ height: 10 + lineCount(group.heading, width, 11.5, true) * 11.5 * 1.35 + 1, keepWithNext: true });
        if (group.role && roleMetaLine(group.role) !== '') para(roleMetaLine(group.role), 3, true);
        if (group.role && group.role.summary !== '') para(group.role.summary, 3, true);
        group.bullets.forEach((bullet) => item(bullet.text));
      }
    } else if (section.kind === 'certifications' || section.kind === 'in-progress') {
      section.items.forEach((c) => item(`${c.name}${certificationDetail(c)}`));
    } else {
      section.lines.forEach((line) => item(`${line.label}: ${skillLineText(line)}.`));
    }
  }
  return out;
}

/** The estimated page count of the document's PDF at its page size; at least 1. */
export function estimatePages(document: CvDocument): number {
  const size = PAGE_MM[document.pageSize];
  const width = (size.width - PRINT_MARGINS_MM.left - PRINT_MARGINS_MM.right) * PT_PER_MM;
  const height = (size.height - PRINT_MARGINS_MM.top - PRINT_MARGINS_MM.bottom) * PT_PER_MM;
  let pages = 1;
  let used = 0;
  let unit = 0;
  for (const box of boxes(document, width)) {
    unit += box.height;
    if (box.keepWithNext) continue;
    // The unit (headings glued to the first bullet after them) moves whole to the next page.
    if (used > 0 && used + unit > height) {
      pages += 1;
      used = 0;
    }
    used += unit;
    while (used > height) {
      pages += 1;
      used -= height;
    }
    unit = 0;
  }
  return pages;
}

/** What a CV of this page size is expected to run to, as the Export screen says it. */
export const USUAL_LENGTH: Record<CvPageSize, { pages: number; advice: string; name: string }> = {
  A4: { pages: 2, name: 'A4', advice: 'a UK CV is usually 2 sides of A4' },
  Letter: { pages: 2, name: 'US Letter', advice: 'a US résumé is usually 1–2 pages' },
};

export interface LengthEstimate {
  pages: number;
  /** "About 2 pages of A4 — a UK CV is usually 2 sides of A4." */
  text: string;
  /** Longer than the usual length for the page size: worth cutting. */
  tooLong: boolean;
}

export function lengthEstimate(document: CvDocument): LengthEstimate {
  const pages = estimatePages(document);
  const usual = USUAL_LENGTH[document.pageSize];
  return {
    pages,
    text: `About ${pages} ${pages === 1 ? 'page' : 'pages'} of ${usual.name} — ${usual.advice}.`,
    tooLong: pages > usual.pages,
  };
}
