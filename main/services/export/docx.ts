import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type IBaseParagraphStyleOptions,
} from 'docx';
import { certificationDetail, skillLineText, type CvDocument } from '../../../shared/cv/export/document';
import { PRINT_MARGINS_MM } from '../../../shared/cv/export/print-html';
import type { CvPageSize } from '../../../shared/model';

/**
 * The CV document as a Word file, built the way applicant tracking systems read best (pmo-facts.md):
 * one column; the name and the section names in Word's own Heading styles; bullets as REAL Word list
 * items (a bullet numbering definition, not a typed "•"); no tables, text boxes, images, headers or
 * footers. Each bullet keeps its lines together so Word never splits one across pages, and headings
 * keep with what follows them. Needs nothing from Node's fs, so it runs in main and in tests alike.
 */

const BULLETS = 'cv-bullets';

/** Page sizes in twentieths of a point, as Word stores them. */
const PAGE_TWIPS: Record<CvPageSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};

const heading = (size: number, before: number, after: number): IBaseParagraphStyleOptions => ({
  run: { font: 'Calibri', size, bold: true, color: '111111' },
  paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
});

export function buildDocx(document: CvDocument): Document {
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(document.title)] })];
  if (document.currentRole !== '') children.push(new Paragraph({ children: [new TextRun(document.currentRole)], spacing: { after: 160 } }));
  for (const section of document.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.heading)] }));
    if (section.kind === 'achievements') {
      for (const group of section.groups) {
        if (group.heading !== null) children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(group.heading)] }));
        for (const bullet of group.bullets) children.push(bulletParagraph([new TextRun(bullet.text)]));
      }
    } else if (section.kind === 'certifications') {
      for (const item of section.items) {
        children.push(bulletParagraph([new TextRun({ text: item.name, bold: true }), new TextRun(certificationDetail(item))]));
      }
    } else {
      for (const line of section.lines) {
        children.push(bulletParagraph([new TextRun({ text: `${line.label}:`, bold: true }), new TextRun(` ${skillLineText(line)}.`)]));
      }
    }
  }

  const margin = (mm: number) => convertMillimetersToTwip(mm);
  return new Document({
    creator: document.personName || 'PMO Pathway',
    title: document.personName ? `${document.personName} - Achievements` : 'Achievements',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: { after: 60 } } },
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
            size: PAGE_TWIPS[document.pageSize],
            margin: { top: margin(PRINT_MARGINS_MM.top), right: margin(PRINT_MARGINS_MM.right), bottom: margin(PRINT_MARGINS_MM.bottom), left: margin(PRINT_MARGINS_MM.left) },
          },
        },
        children,
      },
    ],
  });
}

function bulletParagraph(runs: TextRun[]): Paragraph {
  return new Paragraph({ numbering: { reference: BULLETS, level: 0 }, keepLines: true, children: runs });
}

/** The .docx file's bytes. */
export async function renderDocx(document: CvDocument): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(buildDocx(document));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
