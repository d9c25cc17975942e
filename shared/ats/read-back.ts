/**
 * What an applicant tracking system reads from an exported file, as main extracted it (issue 16): the
 * DOCX's body text (mammoth: headers and footers are not part of it, as many ATSs skip them) or the
 * PDF's text page by page (pdf.js). The checks in ./checks.ts compare it with the CV document the file
 * was made from.
 */
export interface ReadBack {
  format: 'docx' | 'pdf';
  /** The text, page by page for a PDF; a DOCX has no pages until it is laid out, so it is one "page". */
  pages: string[];
  fileName: string;
}

/** Whitespace runs as one space, ends trimmed: how text is compared whatever line breaks a reader made. */
export function flatText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Text as compared: flat, case kept, and the marks a reader may legitimately change (curly and straight
 * quotes, the dashes, a no-break space) made one, so a bullet reads back as "found" when an ATS would
 * read the same words.
 */
export function comparable(text: string): string {
  return flatText(
    text
      .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\u00a0\u2007\u202f]/g, ' '),
  );
}
