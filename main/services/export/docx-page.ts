import { AlignmentType, convertMillimetersToTwip, Document, LevelFormat, Packer, Paragraph, type IBaseParagraphStyleOptions } from 'docx';
import { PRINT_MARGINS_MM } from '../../../shared/cv/export/print-html';
import type { CvPageSize } from '../../../shared/model';

/**
 * What every Word file the app writes shares (the CV and the interview prep sheet): Calibri, Word's own
 * Heading styles (which readers such as mammoth and ATSs map to h1-h3), a REAL bullet list definition
 * (not a typed "•"), the page size and the PDF's margins; no headers, footers, tables or text boxes.
 */

export const BULLETS = 'cv-bullets';

/** Page sizes in twentieths of a point, as Word stores them. */
const PAGE_TWIPS: Record<CvPageSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};

const heading = (size: number, before: number, after: number): IBaseParagraphStyleOptions => ({
  run: { font: 'Calibri', size, bold: true, color: '111111' },
  paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
});

/**
 * `language` is the document's proofing language (en-GB or en-US, the person's English): Word checks
 * spelling against it and tells screen readers how to speak the text, as the PDF's `lang` does.
 */
export function appDocument(options: { creator: string; title: string; pageSize: CvPageSize; language?: string; children: Paragraph[] }): Document {
  const margin = (mm: number) => convertMillimetersToTwip(mm);
  return new Document({
    creator: options.creator,
    title: options.title,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: options.language ?? 'en-GB' } }, paragraph: { spacing: { after: 60 } } },
        heading1: heading(40, 0, 80),
        heading2: heading(26, 280, 100),
        heading3: heading(23, 180, 60),
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '\u2022',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 270 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE_TWIPS[options.pageSize],
            margin: { top: margin(PRINT_MARGINS_MM.top), right: margin(PRINT_MARGINS_MM.right), bottom: margin(PRINT_MARGINS_MM.bottom), left: margin(PRINT_MARGINS_MM.left) },
          },
        },
        children: options.children,
      },
    ],
  });
}

/** A Word file's bytes. */
export async function docxBytes(document: Document): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
