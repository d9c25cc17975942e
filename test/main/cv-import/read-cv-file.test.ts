import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCvFile } from '../../../main/services/cv-import/read-cv-file';
import { MAX_CV_FILE_BYTES } from '../../../shared/ipc/cv-import';

const read = async (bytes: Uint8Array, fileName = 'file') => {
  const result = await readCvFile({ fileName, bytes });
  if (result.kind !== 'findings') throw new Error(`expected findings, got ${result.kind}`);
  return result.findings;
};
const refusal = async (bytes: Uint8Array) => {
  try {
    await readCvFile({ fileName: 'file', bytes });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

const SKILLS = 'Name\nStakeholder Management\n';

describe('reading a CV file in main', async () => {
  it('reads a JSON Resume, a BOM in front or not, whatever the file is called', async () => {
    const json = strToU8('\uFEFF{"basics":{"name":"Alex Morgan"},"skills":[{"name":"Risk management"}]}');
    expect(await read(json, 'cv.txt')).toMatchObject({ source: 'json-resume', profile: { name: 'Alex Morgan' } });
  });

  it('reads a LinkedIn export zip, its CSV files in any folder', async () => {
    const zip = zipSync({ 'Basic_LinkedInDataExport/Skills.csv': strToU8(SKILLS), 'Basic_LinkedInDataExport/Invitations.csv': strToU8('x') });
    expect((await read(zip)).skills.map((s) => s.name)).toEqual(['Stakeholder Management']);
  });

  it('refuses in plain words: damaged JSON, JSON that is not a resume, a Word file, an unknown file, an empty or a too-big one', async () => {
    expect(await refusal(strToU8('{"basics": '))).toMatch(/damaged/);
    expect(await refusal(strToU8('{"schemaVersion":5}'))).toMatch(/not a resume/);
    expect(await refusal(zipSync({ 'word/document.xml': strToU8('<w:document/>'), '[Content_Types].xml': strToU8('x') }))).toMatch(/not a Word document/);
    expect(await refusal(strToU8('%PDF-1.7'))).toMatch(/This is a PDF.*save your CV from Word as \.docx/);
    expect(await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toMatch(/older Word file \(\.doc\) or a password-protected one/);
    expect(await refusal(strToU8('Alex Morgan, project manager'))).toMatch(/not one PMO Pathway can import/);
    expect(await refusal(strToU8(' \n\t '))).toMatch(/no text in it/);
    expect(await refusal(new Uint8Array())).toBe('This file is empty, so nothing was imported.');
    expect(await refusal(new Uint8Array(MAX_CV_FILE_BYTES + 1))).toMatch(/at most 20 MB/);
    expect(await refusal(zipSync({ 'notes.txt': strToU8('hello') }))).toMatch(/not a LinkedIn data export/);
    expect(await refusal(strToU8('PK\u0003\u0004 not really a zip'))).toMatch(/could not be opened/);
  });

  it('refuses a password-protected zip instead of reading its scrambled bytes', async () => {
    const zip = zipSync({ 'Skills.csv': strToU8(SKILLS) });
    expect((await read(zip)).skills).toHaveLength(1);
    const view = new DataView(zip.buffer);
    // Bit 0 of the general-purpose flags, in the local and the central header, is "encrypted".
    for (let i = 0; i < zip.length - 4; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50) view.setUint16(i + 6, view.getUint16(i + 6, true) | 1, true);
      if (sig === 0x02014b50) view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
    }
    expect(await refusal(zip)).toMatch(/password-protected, so it cannot be read/);
  });

  it('refuses a zip of thousands of entries, and one whose CSVs declare gigabytes, before unpacking them', async () => {
    const many = Object.fromEntries(Array.from({ length: 1_500 }, (_, i) => [`f${i}.txt`, strToU8('x')]));
    expect(await refusal(zipSync(many))).toMatch(/holds 1,500 files/);
    // A real zip with the size its Skills.csv declares forged to 3 GB in both headers: refused unread.
    const zip = zipSync({ 'Skills.csv': strToU8(SKILLS) }, { level: 0 });
    const view = new DataView(zip.buffer);
    for (let i = 0; i < zip.length - 4; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50) view.setUint32(i + 22, 3 * 1024 ** 3, true);
      if (sig === 0x02014b50) view.setUint32(i + 24, 3 * 1024 ** 3, true);
    }
    expect(await refusal(zip)).toMatch(/unpack to far more/);
  });
});
