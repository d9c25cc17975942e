import { z } from 'zod';

/**
 * Schemas of the plan's safety features as they cross the process boundary: save status, backups,
 * and whole-plan import / export (the `.pmoplan.json` envelope).
 */

export const SaveStatusSchema = z.object({
  /** 'saving' between a change and its durable write; 'failed' until a later save succeeds. */
  state: z.enum(['saved', 'saving', 'failed']),
  message: z.string().nullable(),
});
export type SaveStatus = z.infer<typeof SaveStatusSchema>;

export const ItemCountsSchema = z.object({
  skills: z.number().int().nonnegative(),
  certifications: z.number().int().nonnegative(),
  milestones: z.number().int().nonnegative(),
  achievements: z.number().int().nonnegative(),
  roles: z.number().int().nonnegative(),
  // Absent in counts recorded before schema v4 (listings, term mappings) or v5 (the interview collections).
  listings: z.number().int().nonnegative().default(0),
  termMappings: z.number().int().nonnegative().default(0),
  questions: z.number().int().nonnegative().default(0),
  stories: z.number().int().nonnegative().default(0),
  practiceSessions: z.number().int().nonnegative().default(0),
});
export type ItemCounts = z.infer<typeof ItemCountsSchema>;

/** A backup's id: its file name without `.json`, plan-<UTC stamp>-<reason>; never a path. */
export const BackupIdSchema = z.string().regex(/^plan-\d{8}T\d{9}Z-[a-z]+(?:-[a-z]+){0,5}$/, 'That is not a backup of this app.');

export const BackupInfoSchema = z.object({
  id: BackupIdSchema,
  createdAt: z.string(),
  /** Why it was taken: 'auto', 'session-start', 'before-restore', 'before-import' ... */
  reason: z.string(),
  counts: ItemCountsSchema,
});
export type BackupSummary = z.infer<typeof BackupInfoSchema>;

export const RestoreResultSchema = z.object({
  /** The backup of the plan as it was just before the restore, to undo it. */
  undoBackupId: BackupIdSchema,
});

/** The whole-plan file people keep or move between computers (format: shared/model/plan-file.ts). */
export const PLAN_FILE_EXTENSION = '.pmoplan.json';
/** Far above any real plan (a 10,000-item plan is a few MB), small enough to refuse junk quickly. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const ImportRequestSchema = z.object({
  fileName: z.string().max(260),
  // A transport guard only; the service refuses anything over MAX_IMPORT_BYTES with a 'validation' message.
  content: z.string().max(2 * MAX_IMPORT_BYTES, 'That file is too large to be a PMO Pathway plan.'),
});

export const ImportPreviewSchema = z.object({
  /** Confirms this preview; valid until the next preview. */
  importId: z.string(),
  fileName: z.string(),
  counts: ItemCountsSchema,
  profileName: z.string(),
  targetRole: z.string(),
  exportedAt: z.string().nullable(),
  /** Set when the file came from an older version and was upgraded for the preview. */
  migratedFromVersion: z.number().int().nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportResultSchema = z.object({ undoBackupId: BackupIdSchema });
