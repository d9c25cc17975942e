import { describe, expect, it } from 'vitest';
import { docxLines } from '../../../main/services/cv-import/docx-lines';
import { wordCv } from '../../support/cv-import-files';

describe('a Word CV as lines', () => {
  it('reads headings, real and typed bullets, paragraphs and table text, in order', async () => {
    expect(await docxLines(await wordCv())).toEqual([
      { text: 'Alex Morgan', kind: 'heading' },
      { text: 'Experience', kind: 'heading' },
      { text: 'Project Manager, Northwind Health', kind: 'paragraph' },
      { text: 'Cut late status reports by 40% with a weekly RAID review', kind: 'bullet' },
      { text: 'Brought 12 projects under one stage-gate process', kind: 'bullet' },
      { text: 'Typed bullet: coached 6 PMs on RAID logs', kind: 'bullet' },
      { text: 'PRINCE2 Practitioner', kind: 'paragraph' },
    ]);
  });

  it('refuses a zip that is not a Word document, and a damaged file, in words', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    await expect(docxLines(zipSync({ 'a.txt': strToU8('x') }))).rejects.toThrow(/not a Word document/);
    await expect(docxLines(new Uint8Array([0x50, 0x4b, 1, 2, 3]))).rejects.toThrow(/damaged or password-protected/);
  });
});
