import './pdf-dom-matrix'; // first: pdf.js needs a DOMMatrix while its module loads
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
// Imported statically, not named by path: main is bundled into out/main, where no separate worker file
// exists. This module itself is only ever loaded by a dynamic import(), so pdf.js stays out of start-up.
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { ApiError } from '../../../shared/ipc/errors';
import { LISTING_MESSAGES } from './listing-messages';

/**
 * Pages read at most: an advert is one to five pages, and a listing's text is at most 50,000 characters
 * anyway; a 10 MB PDF of thousands of pages must not keep main busy reading them all.
 */
export const MAX_PDF_PAGES = 40;

/**
 * The text of a PDF, page by page in the order its content streams draw it (pdf.js marks each line's
 * end with hasEOL and adds spaces where glyphs are apart); pages are separated by a blank line.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfPageTexts(bytes)).join('\n\n');
}

/** The text of each page (at most MAX_PDF_PAGES), as pdfText reads it. */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  // Node has no Worker, so pdf.js runs its "fake worker" on this thread, taking the worker's code from
  // globalThis.pdfjsWorker.WorkerMessageHandler (PDFWorker's #mainThreadWorkerMessageHandler in
  // pdf.mjs) and only otherwise import()ing GlobalWorkerOptions.workerSrc, a path the bundle lacks.
  (globalThis as typeof globalThis & { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

  const task = pdfjs.getDocument({
    // A copy: pdf.js transfers the array it is given to the worker, which would empty the caller's bytes.
    data: new Uint8Array(bytes),
    isEvalSupported: false, // never compile code from a file (PostScript functions) with new Function
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false, // a damaged page or font loses its text, not the whole listing
    verbosity: pdfjs.VerbosityLevel.ERRORS, // no console warnings about fonts we never render
  });
  let doc: Awaited<typeof task.promise> | undefined;
  try {
    doc = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= Math.min(doc.numPages, MAX_PDF_PAGES); number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue; // marked-content markers carry no text
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      pages.push(text);
      page.cleanup();
    }
    return pages;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new ApiError('validation', LISTING_MESSAGES.passwordPdf);
    if (name === 'InvalidPDFException') throw new ApiError('validation', LISTING_MESSAGES.damagedPdf);
    throw error;
  } finally {
    if (doc) await doc.destroy();
    else await task.destroy();
  }
}
