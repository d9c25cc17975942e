import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readCvFile } from '../../main/services/cv-import/read-cv-file';
import { linkedInExportZip, wordCv } from '../../test/support/cv-import-files';

/**
 * CV import speed (issue 15): a 5 MB LinkedIn export (60 positions of 8 achievement lines, plus the
 * message archive that makes real exports big and that the import never unpacks) and a Word CV of
 * about 20 pages (~900 lines: 100 roles of 8 bullets). Main's read alone here; run.mjs measures the
 * whole way in the page, from the file picked to the review on screen.
 */

/** 45 lines to a page of a CV in 11 pt with its headings. */
const LINES_PER_PAGE = 45;

export interface CvImportFiles {
  linkedin: { path: string; bytes: number };
  docx: { path: string; bytes: number; lines: number; pages: number };
}

export async function writeCvImportFiles(dir: string): Promise<CvImportFiles> {
  mkdirSync(dir, { recursive: true });
  const zip = linkedInExportZip({ extraPositions: 60, bulletsPerPosition: 8, messagesBytes: 6 * 1024 * 1024 });
  const word = await wordCv({ extraRoles: 100 });
  const linkedin = join(dir, 'Basic_LinkedInDataExport.zip');
  const docx = join(dir, 'Alex Morgan CV.docx');
  writeFileSync(linkedin, zip);
  writeFileSync(docx, word);
  const read = await readCvFile({ fileName: 'cv.docx', bytes: word });
  const lines = read.kind === 'lines' ? read.lines.length : 0;
  return { linkedin: { path: linkedin, bytes: zip.length }, docx: { path: docx, bytes: word.length, lines, pages: Math.round(lines / LINES_PER_PAGE) } };
}

export interface CvReadSamples {
  linkedin: number[];
  docx: number[];
  linkedinItems: number;
}

/** readCvFile on each file, `runs` times after 2 warm-ups (the readers' modules loaded, as after a first import). */
export async function benchCvRead(files: CvImportFiles, { runs = 20 } = {}): Promise<CvReadSamples> {
  const { readFileSync } = await import('node:fs');
  const zip = new Uint8Array(readFileSync(files.linkedin.path));
  const word = new Uint8Array(readFileSync(files.docx.path));
  const out: CvReadSamples = { linkedin: [], docx: [], linkedinItems: 0 };
  for (let run = 0; run < runs + 2; run++) {
    let t0 = performance.now();
    const read = await readCvFile({ fileName: 'export.zip', bytes: zip });
    const linkedin = performance.now() - t0;
    if (read.kind === 'findings') out.linkedinItems = read.findings.roles.length + read.findings.achievements.length + read.findings.skills.length + read.findings.certifications.length;
    t0 = performance.now();
    await readCvFile({ fileName: 'cv.docx', bytes: word });
    const docx = performance.now() - t0;
    if (run >= 2) {
      out.linkedin.push(linkedin);
      out.docx.push(docx);
    }
  }
  return out;
}
