import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractListingText } from '../../../../main/services/listings/extract-listing-text';
import { MAX_LISTING_FILE_BYTES } from '../../../../shared/ipc/listings';
import { ApiError } from '../../../../shared/ipc/errors';
import { minimalPdf } from '../../../support/minimal-pdf';

/**
 * Real files through the real readers (mammoth, pdf.js with its in-thread worker), no mocks: text in
 * its common encodings, a Word file built with `docx`, PDFs written byte by byte, and one encrypted by
 * qpdf (test/fixtures/listings/README.md). Every refusal must be a 'validation' ApiError that tells the
 * person what to do.
 */

type PdfGlobals = { pdfjsLib?: unknown; pdfjsWorker?: { WorkerMessageHandler?: unknown } };
// Read as this file's imports finish, before any hook or test runs: importing the extractor must not
// load pdf.js (each module sets its global when it runs), or main's start-up would parse it.
const pdfGlobalsAtImport = { ...(globalThis as PdfGlobals) };

// Every PDF here is read as in the packaged app, whose bundled main has no node_modules beside it:
// 1. pdf.js cannot load the optional native @napi-rs/canvas (which would give Node a DOMMatrix), and
// 2. no pdf.worker.mjs file exists, so pdf.js must get its worker through globalThis.pdfjsWorker.
type ResolveFilename = (request: string, ...rest: unknown[]) => string;
const modules = Module as unknown as { _resolveFilename: ResolveFilename };
const resolveFilename = modules._resolveFilename;
beforeAll(async () => {
  modules._resolveFilename = function (this: unknown, request, ...rest) {
    if (request === '@napi-rs/canvas') throw Object.assign(new Error(`Cannot find module '${request}'`), { code: 'MODULE_NOT_FOUND' });
    return resolveFilename.call(this, request, ...rest);
  };
  expect((globalThis as { DOMMatrix?: unknown }).DOMMatrix).toBeUndefined(); // Node has none of its own
  const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await import('../../../../main/services/listings/pdf-text'); // pdf.js, loaded as the extractor loads it
  expect(warnings.mock.calls.join('\n')).toMatch(/Cannot load "@napi-rs\/canvas"/); // the canvas really was out of reach
  warnings.mockRestore();
  const { GlobalWorkerOptions } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  GlobalWorkerOptions.workerSrc = pathToFileURL(resolve(__dirname, 'no-such-dir/pdf.worker.mjs')).href;
});
afterAll(() => {
  modules._resolveFilename = resolveFilename;
});

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../../../fixtures/listings', name)));
const bytesOf = (...parts: (string | readonly number[] | Uint8Array)[]) =>
  new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part)))));
const extract = (bytes: Uint8Array, fileName = 'listing.txt') => extractListingText({ fileName, bytes });

/** The refusal a file gets: always a validation ApiError, one line of plain words, never a stack. */
async function refusal(bytes: Uint8Array, fileName = 'listing.txt'): Promise<string> {
  const error: unknown = await extract(bytes, fileName).then(
    (result) => result,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).code).toBe('validation');
  expect((error as ApiError).message).not.toMatch(/\n|\bat .*:\d+/);
  return (error as ApiError).message;
}

async function wordFile(paragraphs: Paragraph[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

describe('extractListingText: text files', () => {
  it('reads UTF-8 with a BOM and CRLF, and normalises the text', async () => {
    const bytes = bytesOf(
      [0xef, 0xbb, 0xbf],
      'Senior PMO Analyst  \r\n\r\n\r\n\r\nEssential:\u00a0PRINCE2\u200b Practitioner\t\r\nSalary £45,000\rHybrid\r\n\r\n',
    );
    expect(await extract(bytes)).toEqual({
      format: 'txt',
      text: 'Senior PMO Analyst\n\nEssential: PRINCE2 Practitioner\nSalary £45,000\nHybrid',
    });
  });

  it('decodes UTF-16 LE and BE with a BOM (their NUL bytes are not taken for binary)', async () => {
    const words = 'Project Support Officer\r\nRAID log – risks, issues £';
    const le = Buffer.from(words, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const bytes of [bytesOf([0xff, 0xfe], le), bytesOf([0xfe, 0xff], be)]) {
      expect(await extract(bytes)).toEqual({ format: 'txt', text: 'Project Support Officer\nRAID log – risks, issues £' });
    }
  });

  it('reads a file that is not valid UTF-8 as Windows-1252 (an old Notepad "ANSI" file)', async () => {
    const bytes = bytesOf([0x93], 'PMO', [0x94], ' analyst ', [0x96], ' ', [0xa3], '40k, ', [0x80], '500 bonus'); // “ ” – £ €
    expect((await extract(bytes)).text).toBe('“PMO” analyst – £40k, €500 bonus');
  });

  it('refuses a file with nothing but whitespace as empty', async () => {
    expect(await refusal(bytesOf(' \r\n\t\u00a0\r\n'))).toBe('This file is empty.');
  });
});

describe('extractListingText: Word documents', () => {
  it('reads a real .docx: the heading and then the bullet, in order', async () => {
    const bytes = await wordFile([
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Senior PMO Analyst')] }),
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Essential')] }),
      new Paragraph({ bullet: { level: 0 }, children: [new TextRun('PRINCE2 Practitioner')] }),
    ]);
    const { format, text } = await extract(bytes, 'listing.docx');
    expect(format).toBe('docx');
    expect(text).toMatch(/Senior PMO Analyst\s+Essential\s+PRINCE2 Practitioner/);
    expect(text).not.toMatch(/\n{3}/);
  });

  it('goes by the content, not the name: a .docx named .txt is still read as Word', async () => {
    const bytes = await wordFile([new Paragraph({ children: [new TextRun('PRINCE2 Practitioner')] })]);
    expect(await extract(bytes, 'listing.txt')).toEqual({ format: 'docx', text: 'PRINCE2 Practitioner' });
  });

  it('refuses a Word document with no text', async () => {
    const message = await refusal(await wordFile([new Paragraph({ children: [] })]), 'listing.docx');
    expect(message).toMatch(/^This document has no text in it\. Copy the listing's text and paste it in\.$/);
  });

  it('refuses an OLE/CFB file as a password-protected Word document or an old .doc, and says what to do', async () => {
    const message = await refusal(bytesOf([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Uint8Array(504)), 'listing.docx');
    expect(message).toMatch(/password-protected Word document/);
    expect(message).toMatch(/old Word \.doc/);
    expect(message).toMatch(/save it as \.docx without a password, or copy and paste the text/i);
  });

  it('refuses a zip that is not a Word document', async () => {
    const message = await refusal(await zipOf({ 'notes.txt': 'PRINCE2' }), 'listing.docx');
    expect(message).toMatch(/^This is a zip file, not a Word document\./);
    expect(message).toMatch(/copy and paste the text/);
  });

  it('refuses a cut-off zip as a damaged Word document', async () => {
    const whole = await wordFile([new Paragraph({ children: [new TextRun('PRINCE2 Practitioner')] })]);
    const message = await refusal(whole.subarray(0, Math.floor(whole.length / 2)), 'listing.docx');
    expect(message).toMatch(/damaged or not really a Word document/);
    expect(message).toMatch(/copy and paste the text/);
  });

  it('refuses a Word document that says it unpacks to gigabytes (a zip bomb), before unpacking it', async () => {
    const bytes = await wordFile([new Paragraph({ children: [new TextRun('PRINCE2 Practitioner')] })]);
    // Every central-directory entry (PK\1\2) claims 1 GB unpacked: the sizes a zip bomb declares.
    const forged = Buffer.from(bytes);
    for (let at = forged.indexOf('PK\x01\x02', 0, 'latin1'); at !== -1; at = forged.indexOf('PK\x01\x02', at + 4, 'latin1')) forged.writeUInt32LE(1024 ** 3, at + 24);
    const message = await refusal(new Uint8Array(forged), 'listing.docx');
    expect(message).toMatch(/^This Word document unpacks to more than 200 MB/);
    expect(message).toMatch(/paste it in\.$/);
    // The same document as it was is read: the guard reads declared sizes, it does not refuse zips.
    expect((await extract(bytes, 'listing.docx')).text).toBe('PRINCE2 Practitioner');
  });

  it("turns a reader's unexpected failure into 'could not be read' with its reason, not a crash", async () => {
    const bytes = await zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document attr="unclosed' });
    const message = await refusal(bytes, 'listing.docx');
    expect(message).toMatch(/^This file could not be read: \S/);
    expect(message).toMatch(/xml/i); // the library's own reason
    expect(message).toMatch(/paste it in\.$/);
  });
});

describe('extractListingText: PDFs', () => {
  it('does not load pdf.js until a PDF arrives, then runs its worker in-thread from globalThis.pdfjsWorker', async () => {
    expect(pdfGlobalsAtImport.pdfjsLib).toBeUndefined();
    expect(pdfGlobalsAtImport.pdfjsWorker).toBeUndefined();
    expect((await extract(minimalPdf([['Senior PMO Analyst']]), 'listing.pdf')).text).toBe('Senior PMO Analyst');
    expect(typeof (globalThis as PdfGlobals).pdfjsWorker?.WorkerMessageHandler).toBe('function');
  });

  it('reads the lines of every page in order, pages apart by a blank line, leaving the caller its bytes', async () => {
    const bytes = minimalPdf([['Senior PMO Analyst', 'Essential: PRINCE2 Practitioner (or APM PMQ)'], ['Salary 45,000']]);
    const size = bytes.byteLength;
    expect(await extract(bytes, 'listing.pdf')).toEqual({
      format: 'pdf',
      text: 'Senior PMO Analyst\nEssential: PRINCE2 Practitioner (or APM PMQ)\n\nSalary 45,000',
    });
    expect(bytes.byteLength).toBe(size); // pdf.js was given a copy to transfer, not the caller's buffer
  });

  it('reads the first 40 pages of a very long PDF and stops: an advert is a few pages', async () => {
    const pages = Array.from({ length: 45 }, (_, i) => [`Page ${i + 1}`]);
    const { text } = await extract(minimalPdf(pages), 'listing.pdf');
    expect(text.split('\n\n')).toEqual(pages.slice(0, 40).map(([line]) => line));
  });

  it('reads text drawn in a Type3 bitmap font (as old TeX PDFs are), with no canvas package', async () => {
    const bytes = minimalPdf([['Senior PMO Analyst', 'MSP 5th edition']], { type3Bitmap: true });
    expect(await extract(bytes, 'listing.pdf')).toEqual({ format: 'pdf', text: 'Senior PMO Analyst\nMSP 5th edition' });
  });

  it('goes by the content, not the name: a PDF named .docx is read as a PDF', async () => {
    expect((await extract(minimalPdf([['Senior PMO Analyst']]), 'listing.docx')).format).toBe('pdf');
  });

  it('refuses a password-protected PDF and says to copy and paste the text', async () => {
    expect(await refusal(fixture('password-protected.pdf'), 'listing.pdf')).toBe(
      "This PDF is password-protected. Open it, copy the listing's text and paste it in.",
    );
  });

  it('refuses a PDF with no text in it (a scan), pointing to the website', async () => {
    const message = await refusal(minimalPdf([[], []]), 'listing.pdf');
    expect(message).toMatch(/^This PDF has no text in it \(it may be a scanned image\)\./);
    expect(message).toMatch(/copy the listing's text from the website and paste it in/i);
  });

  it('refuses a damaged PDF', async () => {
    const junk = Array.from({ length: 400 }, (_, i) => (i * 37 + 11) % 256);
    expect(await refusal(bytesOf('%PDF-1.4\n', junk), 'listing.pdf')).toMatch(/^This file is damaged or not really a PDF\. .*paste it in\.$/);
  });
});

describe('extractListingText: other files', () => {
  const binary = new Uint8Array(Array.from({ length: 4096 }, (_, i) => i % 256));

  it('refuses binary that is none of the three, naming what it accepts', async () => {
    const message = await refusal(binary, 'listing.txt');
    expect(message).toMatch(/^This file is not text, a Word document or a PDF\./);
    expect(message).toMatch(/\.txt, \.docx or \.pdf/);
    expect(message).toMatch(/copy and paste the text/);
  });

  it('uses the extension second: binary named .pdf is a damaged PDF', async () => {
    expect(await refusal(binary, 'listing.pdf')).toMatch(/^This file is damaged or not really a PDF\./);
    expect(await refusal(binary, 'listing.docx')).toMatch(/^This file is damaged or not really a Word document\./);
  });

  it('refuses text with a high share of control characters as binary', async () => {
    const bytes = bytesOf('Senior PMO Analyst', [1, 2, 3, 4], 'PRINCE2', [0x1b, 0x1b, 0x1b, 0x7f]); // 8 of 33 characters
    expect(await refusal(bytes)).toMatch(/^This file is not text, a Word document or a PDF\./);
    // ...but not a few form feeds and tabs in ordinary text
    expect((await extract(bytesOf('Page one\f\tPage two'))).text).toBe('Page one\n\tPage two');
  });

  it('refuses an RTF file rather than returning its markup', async () => {
    const message = await refusal(bytesOf('{\\rtf1\\ansi Senior PMO Analyst\\par}'), 'listing.doc');
    expect(message).toMatch(/Rich Text/);
    expect(message).toMatch(/Save it as \.docx, or copy and paste the text/);
  });

  it('refuses an empty file', async () => {
    expect(await refusal(new Uint8Array(0))).toBe('This file is empty.');
  });

  it('refuses a file over 10 MB, giving its size to one decimal', async () => {
    const message = await refusal(new Uint8Array(Buffer.alloc(MAX_LISTING_FILE_BYTES + 1)), 'listing.pdf');
    expect(message).toBe("This file is 10.1 MB; a job listing file is at most 10 MB. Copy the listing's text and paste it in.");
    expect(await refusal(new Uint8Array(Buffer.alloc(Math.round(12.3 * 1024 * 1024))))).toMatch(/^This file is 12\.3 MB;/);
  });

  it('accepts a file of exactly 10 MB', async () => {
    const bytes = new Uint8Array(Buffer.alloc(MAX_LISTING_FILE_BYTES, 'PMO '));
    const { format, text } = await extract(bytes);
    expect(format).toBe('txt');
    expect(text.startsWith('PMO PMO')).toBe(true);
  });
});
