import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import path from 'node:path';
import { dispatch } from '../../../main/api/dispatch';
import { findExisting } from '../../../shared/cv-import/duplicates';
import type { ImportFindings } from '../../../shared/cv-import/findings';
import { importChange, type ImportSelection } from '../../../shared/cv-import/to-change';
import { CvFileReadSchema } from '../../../shared/ipc/cv-import';
import { PlanChangeSchema, type Plan } from '../../../shared/model';
import { linkedInExportZip, sampleResumeBytes, toBase64, wordCv } from '../../support/cv-import-files';
import { composeIn, folderContents, makeTempDir, removeTempDirs, steppingClock, switchableFs } from '../../support/temp-plan';

/**
 * CvImportService over a real data folder, called through the contract as the page calls it: a read
 * never changes a byte in the folder, whatever the file; the reviewed change is applied after a backup,
 * only adds, and a second import of the same file adds nothing.
 */

afterEach(() => removeTempDirs());

function setUp() {
  const dir = makeTempDir('pmo-cv-import-');
  const disk = switchableFs();
  const { services, handlers } = composeIn(dir, { clock: steppingClock(), storage: { fs: disk.fs } });
  services.plan.apply({ type: 'profile.update', patch: { name: 'Alex Morgan' } });
  services.plan.flush();
  const call = (method: string, ...args: unknown[]) => dispatch(handlers, method, args, () => undefined);
  const state = () => ({ plan: services.plan.current, files: folderContents(dir) });
  return { dir, disk, services, call, state };
}

async function readFindings(call: ReturnType<typeof setUp>['call'], bytes: Uint8Array, fileName: string): Promise<ImportFindings> {
  const envelope = await call('readCvFile', { fileName, base64: toBase64(bytes) });
  if (!envelope.ok) throw new Error(envelope.error.message);
  const read = CvFileReadSchema.parse(envelope.value);
  if (read.kind !== 'findings') throw new Error('expected findings');
  return read.findings;
}

/** What the review screen sends when the person keeps everything it offers. */
function everythingOffered(findings: ImportFindings, plan: Plan) {
  const selection: ImportSelection = {
    keys: new Set([...findings.roles, ...findings.achievements, ...findings.certifications, ...findings.skills].map((item) => item.key)),
    profileFields: new Set((Object.keys(findings.profile) as (keyof ImportFindings['profile'])[]).filter((field) => String(plan.profile[field]).trim() === '')),
    skillAreas: new Map(findings.skills.map((skill) => [skill.key, 'business' as const])),
  };
  let n = 0;
  return importChange(findings, selection, findExisting(findings, plan), () => `cv-${++n}-${Date.now()}`);
}

const backupsIn = (files: Record<string, string>) => Object.keys(files).filter((name) => name.startsWith(`backups${path.sep}`));

describe('reading a CV file through the contract', () => {
  it('answers a JSON Resume and a LinkedIn export with findings, and a Word CV with its lines, changing nothing', async () => {
    const { call, state } = setUp();
    const before = state();
    expect((await readFindings(call, sampleResumeBytes(), 'resume.json')).roles[0]).toMatchObject({ organisation: 'Pied Piper' });
    expect((await readFindings(call, linkedInExportZip(), 'Basic_LinkedInDataExport.zip')).profile.email).toBe('alex.morgan@example.com');
    const word = await call('readCvFile', { fileName: 'cv.docx', base64: toBase64(await wordCv()) });
    expect(word).toMatchObject({ ok: true, value: { kind: 'lines', fileName: 'cv.docx', lines: expect.arrayContaining([{ text: 'Brought 12 projects under one stage-gate process', kind: 'bullet' }]) } });
    expect(state()).toEqual(before);
  });

  it('refuses any damaged or hostile file with a plain message and leaves every file as it was (property)', async () => {
    const { call, state } = setUp();
    const before = state();
    const resume = sampleResumeBytes();
    const zip = linkedInExportZip();
    const word = await wordCv();
    // Real files with bytes overwritten or cut short, random bytes, and zips of odd entries.
    const damaged = fc.oneof(
      fc.tuple(fc.constantFrom(resume, zip, word), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 })).map(([file, edits]) => {
        const copy = file.slice();
        for (const [at, value] of edits) copy[at % copy.length] = value;
        return copy;
      }),
      fc.tuple(fc.constantFrom(resume, zip, word), fc.nat()).map(([file, cut]) => file.slice(0, cut % file.length)),
      fc.uint8Array({ maxLength: 2_000 }),
      fc.dictionary(fc.constantFrom('Positions.csv', 'Skills.csv', 'word/document.xml', 'x/Profile.csv', 'a.txt'), fc.string({ maxLength: 200 })).map((entries) =>
        zipSync(Object.fromEntries(Object.entries(entries).map(([name, text]) => [name, strToU8(text)]))),
      ),
    );
    await fc.assert(
      fc.asyncProperty(damaged, async (bytes) => {
        const envelope = await call('readCvFile', { fileName: 'file', base64: toBase64(bytes) });
        if (envelope.ok) CvFileReadSchema.parse(envelope.value);
        else {
          expect(envelope.error.code).toBe('validation');
          expect(envelope.error.message).toMatch(/^[A-Z]/);
          expect(envelope.error.message).not.toMatch(/Error:|undefined|\bat \w+ \(/);
        }
      }),
      { numRuns: 150 },
    );
    expect(state()).toEqual(before);
  });

  it('refuses a malformed call before reading anything', async () => {
    const { call } = setUp();
    expect(await call('readCvFile', { fileName: 'cv.docx', base64: 'not base64!' })).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('did not arrive whole') } });
    expect(await call('readCvFile', 'cv.docx')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});

describe('applying a reviewed CV import', () => {
  it('backs the plan up first, adds everything offered as one change, and adds nothing the second time', async () => {
    const { call, services, state } = setUp();
    const findings = await readFindings(call, sampleResumeBytes(), 'resume.json');
    const backupsBefore = backupsIn(state().files);
    const change = everythingOffered(findings, services.plan.current);
    const applied = await call('applyCvImport', change);
    expect(applied.ok).toBe(true);
    services.plan.flush();
    const added = backupsIn(state().files).filter((name) => !backupsBefore.includes(name));
    expect(added).toEqual([expect.stringMatching(/-before-cv-import\.json$/)]);
    const plan = services.plan.current;
    expect(plan.roles.map((r) => r.organisation)).toEqual(['Pied Piper']);
    expect(plan.achievements.length).toBeGreaterThanOrEqual(3);
    // The name was already in the plan, so it is not offered; the blank email is filled.
    expect(plan.profile).toMatchObject({ name: 'Alex Morgan', email: 'richard.hendriks@mail.com' });
    expect(everythingOffered(await readFindings(call, sampleResumeBytes(), 'resume.json'), plan)).toBeNull();
  });

  it('refuses a change that is more than additions, with the plan and its folder untouched', async () => {
    const { call, services, state } = setUp();
    services.plan.apply(PlanChangeSchema.parse({ type: 'role.put', item: { id: 'r1', organisation: 'Acme', title: 'PM' } }));
    services.plan.flush();
    const before = state();
    const parse = (change: unknown) => PlanChangeSchema.parse(change);
    const attempts: [unknown, RegExp][] = [
      [parse({ type: 'role.put', item: { id: 'r2', organisation: 'X', title: 'Y' } }), /one batch of additions/],
      [parse({ type: 'batch', changes: [{ type: 'item.delete', collection: 'roles', id: 'r1' }] }), /cannot make a “item.delete” change/],
      [parse({ type: 'batch', changes: [{ type: 'role.put', item: { id: 'r1', organisation: 'Other', title: 'Z' } }] }), /would overwrite one already in your plan/],
      [parse({ type: 'batch', changes: [{ type: 'profile.update', patch: { name: 'Someone Else' } }] }), /“name” already has a value/],
      [parse({ type: 'batch', changes: [{ type: 'profile.update', patch: { targetRole: 'CEO' } }] }), /cannot set “targetRole”/],
    ];
    for (const [change, message] of attempts) {
      const envelope = await call('applyCvImport', change);
      expect(envelope).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(message) } });
      if (!envelope.ok) expect(envelope.error.message).toMatch(/Nothing was imported\.$/);
    }
    expect(state()).toEqual(before);
  });

  it('imports nothing when the plan cannot be backed up first (disk full), and works once there is room', async () => {
    const { call, disk, services, state } = setUp();
    const change = everythingOffered(await readFindings(call, sampleResumeBytes(), 'resume.json'), services.plan.current);
    const before = state();
    disk.fail('open', 'ENOSPC', (p) => p.split(path.sep).includes('backups'));
    expect(await call('applyCvImport', change)).toMatchObject({ ok: false, error: { code: 'io', message: 'Your plan could not be backed up first (the disk is full), so nothing was imported. Nothing was changed.' } });
    expect(state()).toEqual(before);
    disk.heal();
    expect(await call('applyCvImport', change)).toMatchObject({ ok: true });
  });
});
