import { unzipSync } from 'fflate';
import type { ImportFindings } from '../../../shared/cv-import/findings';
import { readJsonResume } from '../../../shared/cv-import/json-resume';
import { LINKEDIN_FILE_NAMES, readLinkedInExport } from '../../../shared/cv-import/linkedin';
import { ApiError } from '../../../shared/ipc/errors';

/**
 * A CV file the person picked, read in main (issue 15): a JSON Resume, or LinkedIn's data export (a zip
 * of CSV files). What it is comes from its first bytes, not its name. Every refusal is a plain message
 * and nothing in the plan changes. A zip's entry count and declared sizes are checked from its central
 * directory before anything is unpacked, and only the export's own CSV files are unpacked at all.
 */

/** A LinkedIn export is a few MB; a JSON Resume a few KB. */
export const MAX_CV_FILE_BYTES = 20 * 1024 * 1024;
/** A LinkedIn export holds a few dozen files. */
export const MAX_ZIP_ENTRIES = 1_000;
/** What the CSV files we read may unpack to, together. */
export const MAX_CSV_BYTES = 100 * 1024 * 1024;

const refuse = (message: string): never => {
  throw new ApiError('validation', message);
};

export function readCvFile(file: { fileName: string; bytes: Uint8Array }): ImportFindings {
  const { bytes } = file;
  if (bytes.length > MAX_CV_FILE_BYTES) refuse(`This file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a CV or LinkedIn export to import is at most ${MAX_CV_FILE_BYTES / 1024 / 1024} MB.`);
  if (bytes.length === 0) refuse('This file is empty.');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readZip(bytes);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (/^\s*[{[]/.test(text)) return readJson(text);
  return refuse('This file is neither a JSON Resume (resume.json) nor a LinkedIn data export (.zip).');
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

function readZip(bytes: Uint8Array): ImportFindings {
  const wanted = new Set(LINKEDIN_FILE_NAMES);
  const baseName = (name: string) => name.split('/').pop() ?? '';
  // First pass: the central directory only (every entry declined), so nothing is unpacked until the
  // entry count and the sizes the wanted files declare are known to be sane.
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
  if (entries > MAX_ZIP_ENTRIES) refuse(`This zip holds ${entries.toLocaleString('en-GB')} files; a LinkedIn export holds a few dozen.`);
  if (declared > MAX_CSV_BYTES) refuse('This zip says its files unpack to far more than a LinkedIn export does, so it was not opened.');
  if (isWord) refuse('This is a Word document, not a LinkedIn export.');
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
