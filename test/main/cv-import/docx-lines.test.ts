import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxLines } from '../../../main/services/cv-import/docx-lines';

/** A Word CV made with the `docx` package: headings, real list bullets, a typed "•" line, a table. */
async function wordCv(): Promise<Uint8Array> {
  const bullet = (text: string) => new Paragraph({ numbering: { reference: 'b', level: 0 }, children: [new TextRun(text)] });
  const doc = new Document({
    numbering: { config: [{ reference: 'b', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•' }] }] },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Alex Morgan')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Experience')] }),
          new Paragraph({ children: [new TextRun({ text: 'Project Manager, ', bold: true }), new TextRun('Northwind Health')] }),
          bullet('Cut late status reports by 40% with a weekly RAID review'),
          bullet('Brought 12 projects under one stage-gate process'),
          new Paragraph({ children: [new TextRun('• Typed bullet: coached 6 PMs on RAID logs')] }),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('PRINCE2 Practitioner')] })] })] }),
        ],
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

describe('a Word CV as lines', () => {
  it('reads headings, real and typed bullets, paragraphs and table text, in order', async () => {
    expect(await docxLines(await wordCv())).toEqual([
      { text: 'Alex Morgan', kind: 'heading' },
      { text: 'Experience', kind: 'heading' },
      { text: 'Project Manager, Northwind Health', kind: 'paragraph' },
      { text: 'Cut late status reports by 40% with a weekly RAID review', kind: 'bullet' },
      { text: 'Brought 12 projects under one stage-gate process', kind: 'bullet' },
      { text: '• Typed bullet: coached 6 PMs on RAID logs', kind: 'bullet' },
      { text: 'PRINCE2 Practitioner', kind: 'paragraph' },
    ]);
  });

  it('refuses a zip that is not a Word document, and a damaged file, in words', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    await expect(docxLines(zipSync({ 'a.txt': strToU8('x') }))).rejects.toThrow(/not a Word document/);
    await expect(docxLines(new Uint8Array([0x50, 0x4b, 1, 2, 3]))).rejects.toThrow(/damaged or password-protected/);
  });
});
