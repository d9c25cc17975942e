import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftService } from '../../../main/services/drafts/draft-service';
import { DRAFTS_FILE_NAME } from '../../../main/services/drafts/draft-file';
import { MAX_DRAFTS } from '../../../shared/drafts';
import { ApiError } from '../../../shared/ipc/errors';
import { achievementDraft, keyOf, profileDraft } from '../../support/draft-fixtures';
import { fixedClock, makeTempDir, removeTempDirs, steppingClock, switchableFs } from '../../support/temp-plan';

afterEach(removeTempDirs);

const open = (dataDir: string, fs = switchableFs().fs) => new DraftService({ dataDir, clock: fixedClock, fs });
const fileOf = (dataDir: string) => JSON.parse(readFileSync(join(dataDir, DRAFTS_FILE_NAME), 'utf8')) as { drafts: unknown[] };
const quarantined = (dataDir: string) => (existsSync(join(dataDir, 'quarantine')) ? readdirSync(join(dataDir, 'quarantine')) : []);

describe('DraftService', () => {
  it('keeps a half-typed draft on disk, so a new process (a restart) offers it back exactly', () => {
    const dataDir = makeTempDir();
    const draft = achievementDraft();
    const kept = open(dataDir).put(draft);
    expect(kept.savedAt).toBe(fixedClock.now().toISOString());
    const afterRestart = open(dataDir).state();
    expect(afterRestart).toEqual({ drafts: [kept], notice: null });
    expect(afterRestart.drafts[0]!.kind === 'achievement' && afterRestart.drafts[0]!.fields.metrics[0]!.value).toBe('4.');
  });

  it('replaces the draft of the same editor and item, and keeps the others', () => {
    const dataDir = makeTempDir();
    const service = open(dataDir);
    service.put(achievementDraft('a1'));
    service.put(profileDraft());
    service.put(achievementDraft('a1', { title: 'Rescued the report, again' }));
    service.put(achievementDraft('a2'));
    const titles = fileOf(dataDir).drafts.map((d) => (d as { label: string; itemId: string | null }).itemId);
    expect(titles).toEqual([null, 'a1', 'a2']);
    expect(service.state().drafts.find((d) => d.itemId === 'a1')?.label).toBe('Rescued the report, again');
  });

  it('forgets a draft once it is saved or discarded, on disk too', () => {
    const dataDir = makeTempDir();
    const service = open(dataDir);
    service.put(achievementDraft('a1'));
    service.put(profileDraft());
    service.discard(keyOf(achievementDraft('a1')));
    expect(open(dataDir).state().drafts.map((d) => d.kind)).toEqual(['profile']);
    service.discardAllForClose();
    expect(open(dataDir).state().drafts).toEqual([]);
    expect(service.hasDrafts).toBe(false);
  });

  it('after "Don’t save" on close, a draft the closing page still sends is not kept', () => {
    const dataDir = makeTempDir();
    const service = open(dataDir);
    service.put(achievementDraft('a1'));
    service.discardAllForClose();
    service.put(achievementDraft('a1', { title: 'sent by the unload handler' }));
    expect(open(dataDir).state().drafts).toEqual([]);
  });

  it(`keeps at most ${MAX_DRAFTS} drafts, letting the oldest go rather than refusing new typing`, () => {
    const dataDir = makeTempDir();
    const clock = steppingClock();
    const service = new DraftService({ dataDir, clock });
    for (let i = 0; i <= MAX_DRAFTS; i++) {
      service.put(achievementDraft(`a${i}`));
      clock.advance(1000);
    }
    const ids = service.state().drafts.map((d) => d.itemId);
    expect(ids).toHaveLength(MAX_DRAFTS);
    expect(ids[0]).toBe('a1');
    expect(ids.at(-1)).toBe(`a${MAX_DRAFTS}`);
  });

  it('a damaged drafts file is moved to quarantine and never blocks the start', () => {
    const dataDir = makeTempDir();
    writeFileSync(join(dataDir, DRAFTS_FILE_NAME), '{"format":"pmo-pathway-drafts","version":1,"drafts":[{"kind":"achiev');
    const service = open(dataDir);
    const state = service.state();
    expect(state.drafts).toEqual([]);
    expect(state.notice?.level).toBe('warning');
    expect(state.notice?.message).toMatch(/could not be read \(it is not complete JSON.*\)\. The file was moved to .*quarantine/);
    expect(quarantined(dataDir)).toEqual([expect.stringMatching(/^drafts-\d{8}T\d{9}Z\.json$/)]);
    // Typing goes on being kept.
    service.put(profileDraft());
    expect(open(dataDir).state().drafts).toHaveLength(1);
  });

  it('keeps the readable drafts of a file with one malformed entry, and sets the file aside', () => {
    const dataDir = makeTempDir();
    const good = achievementDraft('a1');
    const bad = { ...achievementDraft('a2'), fields: { ...achievementDraft('a2').fields, star: 'not an object' } };
    writeFileSync(join(dataDir, DRAFTS_FILE_NAME), JSON.stringify({ format: 'pmo-pathway-drafts', version: 1, drafts: [good, bad, { kind: 'spreadsheet' }] }));
    const state = open(dataDir).state();
    expect(state.drafts).toEqual([good]);
    expect(state.notice?.message).toMatch(/^Some unsaved changes from last time could not be read \(2 unsaved drafts could not be read\)\. The file was moved to .*\. The others are back\.$/);
    expect(quarantined(dataDir)).toHaveLength(1);
  });

  it('a foreign JSON file in its place is set aside with its reason', () => {
    const dataDir = makeTempDir();
    writeFileSync(join(dataDir, DRAFTS_FILE_NAME), JSON.stringify({ hello: 'world' }));
    const state = open(dataDir).state();
    expect(state.drafts).toEqual([]);
    expect(state.notice?.message).toMatch(/The drafts file is not valid/);
  });

  it('a full disk refuses the draft with a plain message and keeps the last one it had', () => {
    const dataDir = makeTempDir();
    const faults = switchableFs();
    const service = open(dataDir, faults.fs);
    service.put(achievementDraft('a1'));
    faults.fail('write', 'ENOSPC');
    let thrown: unknown;
    try {
      service.put(achievementDraft('a1', { title: 'Newer words' }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    expect((thrown as ApiError).code).toBe('io');
    expect((thrown as ApiError).message).toBe('Your unsaved changes could not be kept beside your plan (the disk is full). Save them to keep them.');
    expect(service.state().drafts[0]!.label).toBe('Rescued the portfolio report');
    faults.heal();
    expect(open(dataDir).state().drafts[0]!.label).toBe('Rescued the portfolio report');
  });

  it('when the damaged file cannot be moved aside it is never overwritten', () => {
    const dataDir = makeTempDir();
    const damaged = '{ not json';
    writeFileSync(join(dataDir, DRAFTS_FILE_NAME), damaged);
    const faults = switchableFs();
    faults.fail('rename', 'EACCES', (p) => p.includes('quarantine'));
    const service = open(dataDir, faults.fs);
    expect(service.state().notice?.message).toMatch(/could not be moved aside \(EACCES\)\. New unsaved changes are kept only until PMO Pathway closes\./);
    service.put(profileDraft());
    expect(service.state().drafts).toHaveLength(1);
    expect(readFileSync(join(dataDir, DRAFTS_FILE_NAME), 'utf8')).toBe(damaged);
  });
});
