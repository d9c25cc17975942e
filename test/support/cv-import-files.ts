import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import fs from 'node:fs';

/**
 * The CV files the import's tests and benchmark read, built here rather than kept as binaries: a
 * LinkedIn-shaped export zip with the quirks real exports have, a Word CV made with the `docx` package,
 * and the JSON Resume project's own sample resume.
 */

/** CSV files shaped like LinkedIn's export: a BOM, a "Notes:" preamble, quoted multi-line descriptions, blank cells. */
export const LINKEDIN_CSV = {
  positions: [
    '\uFEFFNotes:',
    '"This file includes the positions on your profile, in the order shown."',
    '',
    'Company Name,Title,Description,Location,Started On,Finished On',
    'Northwind Health,Project Manager,"Key achievements:',
    '• Cut late status reports by 40% with a weekly RAID review',
    '• Brought 12 projects under one stage-gate process, saying ""no"" to three",Leeds,Mar 2021,',
    'Contoso Retail,Project Coordinator,,Manchester,Jan 2018,Feb 2021',
    ',,,,,',
  ].join('\r\n'),
  certifications: 'Name,Url,Authority,Started On,Finished On,License Number\nPRINCE2® Practitioner,,PeopleCert,Jun 2019,,GR656123456\nCertified Widget Wrangler,,Widget Guild,,,\n',
  profile:
    '\uFEFFFirst Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location\nAlex,Morgan,,,,Project Manager | PMO in the making,"Ten years delivering change.\nNow moving into a PMO.",Hospitals,,"Leeds, England"\n',
  skills: 'Name\nStakeholder Management\nKnitting\n',
  education: 'School Name,Start Date,End Date,Notes,Degree Name,Activities\nUniversity of Leeds,2010,2013,,BSc Management,\n',
  emails: 'Email Address,Confirmed,Primary,Updated On\nold@example.com,Yes,No,1/2/15\nalex.morgan@example.com,Yes,Yes,3/4/21\n',
  phones: 'Extension,Number,Type\n,07700 900123,Mobile\n',
} as const;

const LINKEDIN_FILES: Record<keyof typeof LINKEDIN_CSV, string> = {
  positions: 'Positions.csv',
  certifications: 'Certifications.csv',
  profile: 'Profile.csv',
  skills: 'Skills.csv',
  education: 'Education.csv',
  emails: 'Email Addresses.csv',
  phones: 'PhoneNumbers.csv',
};

export interface LinkedInZipOptions {
  /** Leave these files out (a partial export). */
  without?: (keyof typeof LINKEDIN_CSV)[];
  /** Extra positions, each with a multi-line description of `bulletsPerPosition` lines. */
  extraPositions?: number;
  bulletsPerPosition?: number;
  /** Bytes of messages.csv to add (the bulk of a real export, which the import never unpacks). */
  messagesBytes?: number;
}

/** A LinkedIn "Get a copy of your data" zip: its CSVs in the export's folder, plus files the import ignores. */
export function linkedInExportZip(options: LinkedInZipOptions = {}): Uint8Array {
  const folder = 'Basic_LinkedInDataExport_12-01-2026';
  const entries: Record<string, Uint8Array> = {};
  for (const [key, name] of Object.entries(LINKEDIN_FILES) as [keyof typeof LINKEDIN_CSV, string][]) {
    if (options.without?.includes(key)) continue;
    let text: string = LINKEDIN_CSV[key];
    if (key === 'positions' && options.extraPositions) text += `\r\n${extraPositions(options.extraPositions, options.bulletsPerPosition ?? 6)}`;
    entries[`${folder}/${name}`] = strToU8(text);
  }
  entries[`${folder}/Invitations.csv`] = strToU8('From,To,Sent At,Message,Direction\nA,B,1/1/25,Hi,OUTGOING\n');
  if (options.messagesBytes) entries[`${folder}/messages.csv`] = pseudoRandomText(options.messagesBytes);
  return zipSync(entries);
}

function extraPositions(count: number, bullets: number): string {
  const rows: string[] = [];
  for (let p = 0; p < count; p++) {
    const lines = Array.from({ length: bullets }, (_, b) => `• Led change ${p}-${b}: cut reporting effort by ${(b + 1) * 5}% for ${p + 3} projects`);
    rows.push(`Employer ${p},Project Manager ${p},"${lines.join('\n')}",Leeds,Jan ${2000 + (p % 25)},Dec ${2000 + (p % 25)}`);
  }
  return rows.join('\r\n');
}

/** Text that does not compress away (a real message archive does not), so the zip is really that size. */
function pseudoRandomText(bytes: number): Uint8Array {
  const out = new Uint8Array(bytes);
  let state = 0x9e3779b9;
  for (let i = 0; i < bytes; i++) {
    // xorshift32: its low bits do not repeat the way a small LCG's do, so deflate cannot shrink it.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[i] = i % 80 === 79 ? 10 : 32 + ((state >>> 0) % 95);
  }
  return out;
}

/** A Word CV made with the `docx` package: a title, headings, a role line, real list bullets, a typed "•" line and a table. */
export async function wordCv(options: { extraRoles?: number } = {}): Promise<Uint8Array> {
  const bullet = (text: string) => new Paragraph({ numbering: { reference: 'b', level: 0 }, children: [new TextRun(text)] });
  const extra = Array.from({ length: options.extraRoles ?? 0 }, (_, r) => [
    new Paragraph({ children: [new TextRun({ text: `Project Manager ${r}, `, bold: true }), new TextRun(`Employer ${r}`)] }),
    ...Array.from({ length: 8 }, (_, b) => bullet(`Delivered programme ${r}-${b} on time, saving £${(b + 1) * 1000} against a budget of £${(r + 2) * 10000}`)),
  ]).flat();
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
          ...extra,
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('PRINCE2 Practitioner')] })] })] }),
        ],
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** The JSON Resume project's own sample resume (from @jsonresume/schema), as its bytes. */
export function sampleResumeBytes(): Uint8Array {
  // Tests run from the project folder (vitest and Playwright alike).
  return new Uint8Array(fs.readFileSync('node_modules/@jsonresume/schema/sample.resume.json'));
}

export function sampleResume(): { work: { highlights: string[] }[]; [key: string]: unknown } {
  return JSON.parse(new TextDecoder().decode(sampleResumeBytes()));
}

export const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
