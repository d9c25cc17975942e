import mammoth from 'mammoth';
import type { CvLine } from '../../../shared/cv-import/cv-lines';
import { declaredUnzippedBytes, MAX_UNZIPPED_BYTES } from '../files/zip-size-guard';
import { ApiError } from '../../../shared/ipc/errors';

/**
 * A Word CV's lines, in order, read with mammoth's own document model (its transformDocument hook sees
 * every paragraph, with its list numbering and style): a list item is a bullet, a Heading or Title
 * style a heading, anything else a paragraph. Text in tables is reached too. The zip's declared size is
 * checked before mammoth unpacks it (as for job listings).
 */

interface DocElement {
  type: string;
  value?: string;
  children?: DocElement[];
  numbering?: unknown;
  styleName?: string | null;
}

const TYPED_BULLET = /^[•▪◦·‣●○■□➢➤✓✔\-–—*]\s+/u;

/** Most CVs are 2-3 pages: 5,000 lines is far past any. */
export const MAX_CV_LINES = 5_000;

export async function docxLines(bytes: Uint8Array): Promise<CvLine[]> {
  const declared = declaredUnzippedBytes(bytes);
  if (declared === null) throw new ApiError('validation', 'This Word file is damaged or password-protected, so it could not be read.');
  if (declared > MAX_UNZIPPED_BYTES) throw new ApiError('validation', 'This Word file says it unpacks to far more than any CV does, so it was not opened.');
  const lines: CvLine[] = [];
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        // A CV's photo is never read: only the text is wanted, and its HTML is thrown away.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        transformDocument: (document: DocElement) => {
          collect(document, lines);
          return document;
        },
      },
    );
  } catch {
    throw new ApiError('validation', 'This file is not a Word document mammoth can read (.docx), so nothing was imported.');
  }
  if (lines.length === 0) throw new ApiError('validation', 'This Word file has no text in it, so there is nothing to import.');
  if (lines.length > MAX_CV_LINES) throw new ApiError('validation', `This Word file has ${lines.length.toLocaleString('en-GB')} lines of text; a CV has a few hundred, so it was not imported.`);
  return lines;
}

function collect(element: DocElement, lines: CvLine[]): void {
  if (element.type === 'paragraph') {
    const text = textOf(element).replace(/\s+/g, ' ').trim();
    if (text === '') return;
    if (element.numbering) lines.push({ text, kind: 'bullet' });
    else if (/heading|title/i.test(element.styleName ?? '')) lines.push({ text, kind: 'heading' });
    // A bullet typed as a character: the line without it (the mark is layout, not words).
    else if (TYPED_BULLET.test(text)) lines.push({ text: text.replace(TYPED_BULLET, ''), kind: 'bullet' });
    else lines.push({ text, kind: 'paragraph' });
    return;
  }
  for (const child of element.children ?? []) collect(child, lines);
}

function textOf(element: DocElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return ' ';
  return (element.children ?? []).map(textOf).join('');
}
