import { unzipSync } from 'fflate';
import type { ImportFindings } from '../../../shared/cv-import/findings';
import { readJsonResume } from '../../../shared/cv-import/json-resume';
import { LINKEDIN_FILE_NAMES, readLinkedInExport } from '../../../shared/cv-import/linkedin';
import { cvFileTooBigMessage, MAX_CV_FILE_BYTES, type CvFileRead } from '../../../shared/ipc/cv-import';
import { ApiError } from '../../../shared/ipc/errors';
import { hasEncryptedEntry } from '../files/zip-encryption';
import { docxLines } from './docx-lines';

/**
 * A CV file the person picked, read in main (issue 15): a JSON Resume, LinkedIn's data export (a zip
 * of CSV files) or a Word CV (a zip holding word/document.xml, read as lines for the person to mark).
 * What it is comes from its first bytes, not its name. Every refusal is a plain message and nothing in
 * the plan changes. A zip's entry count and declared sizes are checked from its central directory
 * before anything is unpacked, and only the export's own CSV files are unpacked at all.
 */

/** A LinkedIn export holds a few dozen files. */
export const MAX_ZIP_ENTRIES = 1_000;
/** What the CSV files we read may unpack to, together. */
export const MAX_CSV_BYTES = 100 * 1024 * 1024;

const WHAT_WE_READ = 'a JSON Resume (resume.json), a LinkedIn data export (.zip) or a Word CV (.docx)';

const refuse = (message: string): never => {
  throw new ApiError('validation', message);
};

export async function readCvFile(file: { fileName: string; bytes: Uint8Array }): Promise<CvFileRead> {
  const { bytes, fileName } = file;
  if (bytes.length > MAX_CV_FILE_BYTES) refuse(cvFileTooBigMessage(bytes.length));
  if (bytes.length === 0) refuse('This file is empty, so nothing was imported.');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const zip = lookInsideZip(bytes);
    if (zip === 'word') return { kind: 'lines', fileName, lines: await docxLines(bytes) };
    return { kind: 'findings', fileName, findings: readLinkedInZip(bytes) };
  }
  if (startsWith(bytes, '%PDF-')) refuse(`This is a PDF. PMO Pathway imports ${WHAT_WE_READ}: save your CV from Word as .docx, or use your LinkedIn export.`);
  // An Office "compound file": a Word 97-2003 .doc, or a .docx saved with a password (Word encrypts it into one).
  if (startsWith(bytes, '\xD0\xCF\x11\xE0')) refuse('This is an older Word file (.doc) or a password-protected one. Open it in Word, remove any password, save it as .docx, and import that.');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (/^\s*[{[]/.test(text)) return { kind: 'findings', fileName, findings: readJson(text) };
  if (text.trim() === '') refuse('This file has no text in it, so nothing was imported.');
  return refuse(`This file is not one PMO Pathway can import. Choose ${WHAT_WE_READ}.`);
}

function startsWith(bytes: Uint8Array, signature: string): boolean {
  return [...signature].every((char, i) => bytes[i] === char.charCodeAt(0));
}

function readJson(text: string): ImportFindings {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return refuse('This JSON file is damaged (it does not parse), so nothing was imported.');
  }
  const result = readJsonResume(doc);
  return result.ok ? result.findings : refuse(result.message);
}

const baseName = (name: string) => name.split('/').pop() ?? '';

/**
 * The central directory only (every entry declined), so nothing is unpacked until the entry count and
 * the sizes the wanted files declare are known to be sane. Word's own size check is in docxLines.
 */
function lookInsideZip(bytes: Uint8Array): 'word' | 'other' {
  const wanted = new Set(LINKEDIN_FILE_NAMES);
  let entries = 0;
  let declared = 0;
  let isWord = false;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        entries += 1;
        if (entry.name === 'word/document.xml') isWord = true;
        if (wanted.has(baseName(entry.name))) declared += entry.originalSize;
        return false;
      },
    });
  } catch {
    return refuse('This zip could not be opened: it is damaged. Download your LinkedIn data again and import the new file.');
  }
  if (hasEncryptedEntry(bytes)) refuse('This zip is password-protected, so it cannot be read. Download your LinkedIn data again (LinkedIn’s export has no password) and import that.');
  if (entries > MAX_ZIP_ENTRIES) refuse(`This zip holds ${entries.toLocaleString('en-GB')} files; a LinkedIn export holds a few dozen, so it was not opened.`);
  if (declared > MAX_CSV_BYTES) refuse('This zip says its files unpack to far more than a LinkedIn export does, so it was not opened.');
  return isWord ? 'word' : 'other';
}

function readLinkedInZip(bytes: Uint8Array): ImportFindings {
  const wanted = new Set(LINKEDIN_FILE_NAMES);
  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(bytes, { filter: (entry) => wanted.has(baseName(entry.name)) });
  } catch {
    return refuse('This zip could not be opened: it is damaged or password-protected. Download your LinkedIn data again and import the new file.');
  }
  const files = new Map<string, string>();
  for (const [name, data] of Object.entries(unpacked)) files.set(baseName(name), new TextDecoder('utf-8').decode(data));
  const result = readLinkedInExport(files);
  return 'problem' in result ? refuse(result.problem) : result;
}
