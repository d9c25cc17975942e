import { ApiError } from '../../../shared/ipc/errors';
import { MAX_LISTING_FILE_BYTES, listingFileTooBigMessage } from '../../../shared/ipc/listings';
import { normaliseListingText } from '../../../shared/listings/normalise';
import { LISTING_MESSAGES as M, PASTE } from './listing-messages';

/**
 * The text of a job listing a person dropped on the app as a .txt, .docx or .pdf file. Every refusal is
 * an ApiError('validation') whose message says, in plain words, what is wrong and what to do instead.
 */

export type ListingFileFormat = 'txt' | 'docx' | 'pdf';

const NO_TEXT: Record<ListingFileFormat, string> = { txt: M.empty, docx: M.emptyDocx, pdf: M.emptyPdf };

const refuse = (message: string): never => {
  throw new ApiError('validation', message);
};

export async function extractListingText(file: { fileName: string; bytes: Uint8Array }): Promise<{ text: string; format: ListingFileFormat }> {
  const { bytes } = file;
  if (bytes.byteLength === 0) refuse(M.empty);
  if (bytes.byteLength > MAX_LISTING_FILE_BYTES) refuse(listingFileTooBigMessage(bytes.byteLength));
  try {
    const { format, text } = await rawText(file.fileName, bytes);
    const normalised = normaliseListingText(text).trim();
    if (normalised === '') refuse(NO_TEXT[format]);
    return { text: normalised, format };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    // A library failing on a file it cannot handle: the person gets its reason, never a stack or a crash.
    const reason = ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').trim().replace(/\.$/, '');
    throw new ApiError('validation', `This file could not be read: ${reason.slice(0, 200) || 'unknown error'}. ${PASTE}`);
  }
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte);
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4: every .docx is a zip
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // CFB: old .doc, and Word's encrypted .docx
const RTF_SIGNATURE = [...'{\\rtf'].map((c) => c.charCodeAt(0));

/**
 * Which reader by what the bytes ARE, not what the name says: people rename files, mail clients and
 * downloads mangle extensions, and a ".docx" that is really an encrypted CFB must not reach the zip
 * reader. The extension only sharpens the refusal when the content is none of the three.
 */
async function rawText(fileName: string, bytes: Uint8Array): Promise<{ format: ListingFileFormat; text: string }> {
  // PDF readers accept the header anywhere in the first 1 KB (some generators put junk before it).
  if (Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes('%PDF-')) {
    // pdf.js is large: loaded on the first PDF, so main's start-up never parses it.
    const { pdfText } = await import('./pdf-text');
    return { format: 'pdf', text: await pdfText(bytes) };
  }
  if (startsWith(bytes, ZIP_SIGNATURE)) return { format: 'docx', text: await docxText(bytes) };
  if (startsWith(bytes, OLE_SIGNATURE)) return refuse(M.ole);
  if (startsWith(bytes, RTF_SIGNATURE)) return refuse(M.rtf);
  const text = decodeText(bytes);
  if (looksBinary(text)) {
    const extension = /\.([^.]*)$/.exec(fileName)?.[1]?.toLowerCase();
    return refuse(extension === 'pdf' ? M.damagedPdf : extension === 'docx' ? M.damagedDocx : extension === 'doc' ? M.ole : M.binary);
  }
  return { format: 'txt', text };
}

async function docxText(bytes: Uint8Array): Promise<string> {
  // Lazy, like pdf.js: the zip and XML readers load on the first Word document.
  const { MAX_UNZIPPED_BYTES, declaredUnzippedBytes } = await import('../files/zip-size-guard');
  if ((declaredUnzippedBytes(bytes) ?? 0) > MAX_UNZIPPED_BYTES) refuse(M.zipTooBig);
  const { default: mammoth } = await import('mammoth');
  try {
    return (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/main document part/i.test(message)) return refuse(M.notWordZip); // a zip without word/document.xml
    if (/corrupted zip|central directory/i.test(message)) return refuse(M.damagedDocx); // e.g. a cut-off download
    throw error;
  }
}

/** UTF-8 (BOM or not), UTF-16 with a BOM; a file that is not valid UTF-8 is read as Windows-1252 (Notepad's old ANSI). */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2)); // a copy, byte pairs swapped: utf-16be needs full ICU
    swapped.subarray(0, swapped.length - (swapped.length % 2)).swap16();
    return new TextDecoder('utf-16le').decode(swapped);
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    // By hand: Node 20's TextDecoder('windows-1252') decodes as Latin-1, losing € ’ “ ” – — •.
    return Buffer.from(body)
      .toString('latin1')
      .replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80] ?? c);
  }
}

/** What Windows-1252 puts at 0x80-0x9F, where Latin-1 has control codes (five are unassigned in both). */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** A NUL, or more than a tenth control characters (other than tab, newline, return, form feed). */
function looksBinary(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f)) control++;
  }
  return control > text.length * 0.1;
}
