import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../../main/storage/backups';
import {
  BackupIdSchema,
  BackupInfoSchema,
  ImportPreviewSchema,
  ImportRequestSchema,
  ImportResultSchema,
  ItemCountsSchema,
  MAX_IMPORT_BYTES,
  PLAN_FILE_EXTENSION,
  RestoreResultSchema,
  SaveStatusSchema,
} from '../../../shared/ipc/plan-transfer';

/**
 * The schemas main checks the backup and import calls against. A backup id arrives from the page and
 * names a file, so it must be exactly a backup's name and never anything path-like.
 */

const COUNTS = { skills: 1, certifications: 0, milestones: 3, achievements: 2, roles: 1, listings: 2, termMappings: 0, questions: 1, stories: 3, practiceSessions: 4 };
const idOf = (at: Date, reason: string) => backupFileName(at, reason).slice(0, -'.json'.length);
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => (result.success ? [] : result.error!.issues.map((i) => i.message));

describe('backup ids', () => {
  it('accepts the name of every backup the app writes', () => {
    const at = new Date(Date.UTC(2026, 2, 1, 9, 30, 15, 42));
    for (const reason of ['auto', 'session-start', 'before-restore', 'before-import', 'a-b-c-d-e-f']) {
      expect(BackupIdSchema.safeParse(idOf(at, reason)).success, reason).toBe(true);
    }
  });

  it('refuses anything else, saying it is not a backup of this app', () => {
    for (const id of [
      '../plan',
      'plan-20260301T093015042Z-auto.json',
      '/tmp/plan-20260301T093015042Z-auto',
      'plan-20260301T093015042Z-auto/../../x',
      'xplan-20260301T093015042Z-auto',
      'plan-2026031T093015042Z-auto',
      'plan-20260301T09301504Z-auto',
      'plan-20260301T093015042-auto',
      'plan-20260301T093015042Z-',
      'plan-20260301T093015042Z-Auto',
      'plan-20260301T093015042Z-a-b-c-d-e-f-g',
      '',
    ]) {
      expect(messages(BackupIdSchema.safeParse(id)), id).toEqual(['That is not a backup of this app.']);
    }
  });

  it('backs the results that hand a backup id back for Undo', () => {
    const id = idOf(new Date(0), 'before-restore');
    expect(RestoreResultSchema.parse({ undoBackupId: id })).toEqual({ undoBackupId: id });
    expect(ImportResultSchema.safeParse({ undoBackupId: 'x' }).success).toBe(false);
  });
});

describe('backup and import summaries', () => {
  it('count items as whole, non-negative numbers in every collection', () => {
    expect(ItemCountsSchema.parse(COUNTS)).toEqual(COUNTS);
    for (const bad of [{ ...COUNTS, skills: -1 }, { ...COUNTS, milestones: 1.5 }, { ...COUNTS, roles: undefined }]) {
      expect(ItemCountsSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    const info = { id: idOf(new Date(0), 'auto'), createdAt: new Date(0).toISOString(), reason: 'auto', counts: COUNTS };
    expect(BackupInfoSchema.parse(info)).toEqual(info);
  });

  it('read counts recorded before job listings existed (schema v4) as none of them', () => {
    const { listings: _l, termMappings: _t, questions: _q, stories: _s, practiceSessions: _p, ...before } = COUNTS;
    expect(ItemCountsSchema.parse(before)).toEqual({ ...before, listings: 0, termMappings: 0, questions: 0, stories: 0, practiceSessions: 0 });
  });

  it('describe an import preview, with the version it was upgraded from when it was', () => {
    const preview = { importId: 'i1', fileName: `plan${PLAN_FILE_EXTENSION}`, counts: COUNTS, profileName: 'Sam', targetRole: 'PMO lead', exportedAt: null, migratedFromVersion: null };
    expect(ImportPreviewSchema.parse(preview)).toEqual(preview);
    expect(ImportPreviewSchema.parse({ ...preview, migratedFromVersion: 1 }).migratedFromVersion).toBe(1);
    expect(ImportPreviewSchema.safeParse({ ...preview, migratedFromVersion: 1.5 }).success).toBe(false);
  });
});

describe('save status', () => {
  it('is saved, saving or failed, with an optional message', () => {
    for (const state of ['saved', 'saving', 'failed']) expect(SaveStatusSchema.safeParse({ state, message: null }).success).toBe(true);
    expect(SaveStatusSchema.safeParse({ state: 'failed', message: 'The disk is full.' }).success).toBe(true);
    expect(SaveStatusSchema.safeParse({ state: 'lost', message: null }).success).toBe(false);
    expect(SaveStatusSchema.safeParse({ state: 'saved' }).success).toBe(false);
  });
});

describe('import requests', () => {
  it('take a file name of up to 260 characters and content up to twice the import limit', () => {
    expect(ImportRequestSchema.safeParse({ fileName: 'a'.repeat(260), content: '{}' }).success).toBe(true);
    expect(ImportRequestSchema.safeParse({ fileName: 'a'.repeat(261), content: '{}' }).success).toBe(false);
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024);
    expect(PLAN_FILE_EXTENSION).toBe('.pmoplan.json');
  });

  it('say a file far over the limit is too large to be a plan', () => {
    const content = 'x'.repeat(2 * MAX_IMPORT_BYTES + 1);
    expect(messages(ImportRequestSchema.safeParse({ fileName: 'big.pmoplan.json', content }))).toEqual(['That file is too large to be a PMO Pathway plan.']);
  });
});
