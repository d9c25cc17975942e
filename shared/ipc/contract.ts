import { z } from 'zod';
import { PlanChangeSchema } from '../model/changes';
import { PlanSchema } from '../model/plan';
import { APP_COMMAND_IDS, type AppCommand } from '../commands';
import { ExportFormatSchema, ExportResultSchema } from '../cv/export/formats';
import { ExportOptionsSchema } from '../cv/export/options';
import { DraftKeySchema, DraftSchema } from '../drafts/schemas';
import type { EventName, MethodName } from './channels';
import { DraftsStateSchema } from './drafts';
import { ComparisonFormatSchema, ListingFileSchema, ListingFileTextSchema } from './listings';
import { PrepSheetFormatSchema, PrepSheetRequestSchema } from './interview';
import { CvFileReadSchema, CvFileSchema } from './cv-import';
import { AtsFormatSchema, AtsReportSchema } from './ats';
import { AppSettingsStateSchema } from './app-settings';
import { ReminderKeysSchema, RemindersStateSchema } from './reminders';
import { ScreenTargetSchema } from '../reminders/target';
import { AppSettingsPatchSchema } from '../app-settings/schema';
import { UpdateStateSchema } from './updates';
import { DeviceNameSchema, SyncConflictKeysSchema, SyncFolderRequestSchema, SyncStateSchema } from './sync';
import { IdSchema } from '../model/primitives';
import {
  BackupIdSchema,
  BackupInfoSchema,
  ImportPreviewSchema,
  ImportRequestSchema,
  ImportResultSchema,
  RestoreResultSchema,
  SaveStatusSchema,
} from './plan-transfer';

export type { SaveStatus } from './plan-transfer';
import type { Envelope } from './errors';

/**
 * The IPC contract: for each method, the schema of its arguments (a tuple) and of its result; for each
 * event, the schema of its payload. Main parses every incoming call with `args`; both transports (Electron
 * IPC and the browser bridge) and the preload are generated from this file and ./channels.ts.
 */

/** Something the person can do about a notice, as a button beside it; `id` names the contract method's job. */
export const NoticeActionSchema = z.object({
  /** 'open-newest-backup': open the newest readable backup instead of a newer version's plan (openNewestBackup). */
  id: z.enum(['open-newest-backup']),
  label: z.string(),
});
export type NoticeAction = z.infer<typeof NoticeActionSchema>;

export const NoticeSchema = z.object({
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  action: NoticeActionSchema.optional(),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const PlanSnapshotSchema = z.object({
  /** Bumped on every stored change; lets the page ignore stale notifications. */
  revision: z.number().int().nonnegative(),
  plan: PlanSchema,
  /** True when the plan must not be written (e.g. the file came from a newer app version). */
  readOnly: z.boolean(),
  /** Things the person should know about how the plan was loaded (recovered, migrated, read-only). */
  notices: z.array(NoticeSchema),
  save: SaveStatusSchema,
});
export type PlanSnapshot = z.infer<typeof PlanSnapshotSchema>;

export const AppInfoSchema = z.object({
  version: z.string(),
  /** Where the plan file lives, shown so people can find and back it up. */
  planLocation: z.string(),
  /** 'electron' in the desktop app, 'browser' in the browser bridge. */
  shell: z.enum(['electron', 'browser']),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

interface MethodSpec {
  args: z.ZodTuple;
  result: z.ZodType;
}

export const METHODS = {
  getPlan: { args: z.tuple([]), result: PlanSnapshotSchema },
  applyChange: { args: z.tuple([PlanChangeSchema]), result: PlanSnapshotSchema },
  getAppInfo: { args: z.tuple([]), result: AppInfoSchema },
  openExternal: { args: z.tuple([z.string().max(2048)]), result: z.void() },
  /** Save the CV-ready achievements list as a file; 'cancelled' when the person closes the save dialog. */
  exportAchievements: { args: z.tuple([ExportOptionsSchema, ExportFormatSchema]), result: ExportResultSchema },
  /** Backups that validate, newest first. */
  listBackups: { args: z.tuple([]), result: z.array(BackupInfoSchema) },
  /** Replace the plan with a backup; the current plan is backed up first (its id comes back, to undo). */
  restoreBackup: { args: z.tuple([BackupIdSchema]), result: RestoreResultSchema },
  /** Save the whole plan as one .pmoplan.json file (save dialog or download). */
  exportPlanFile: { args: z.tuple([]), result: ExportResultSchema },
  /** Check a file the person picked and say what it holds; nothing changes yet. */
  previewImport: { args: z.tuple([ImportRequestSchema]), result: ImportPreviewSchema },
  /** Replace the plan with the previewed file; the current plan is backed up first. */
  confirmImport: { args: z.tuple([z.string().max(100)]), result: ImportResultSchema },
  /**
   * Instead of a newer version's plan (open read-only), open the newest readable backup, read-write: the
   * newer file is moved, unchanged, into quarantine/. Offered by a notice's 'open-newest-backup' action.
   */
  openNewestBackup: { args: z.tuple([]), result: PlanSnapshotSchema },
  /** The unsaved work of editors, kept beside the plan (never part of it until saved). */
  listDrafts: { args: z.tuple([]), result: DraftsStateSchema },
  /** Keep (or replace) one editor's unsaved work; answers with it as kept (main stamps savedAt). */
  saveDraft: { args: z.tuple([DraftSchema]), result: DraftSchema },
  /** Forget one editor's unsaved work (saved, or discarded by the person). */
  discardDraft: { args: z.tuple([DraftKeySchema]), result: z.void() },
  /** The text of a job listing file the person dropped or picked (.txt, .docx, .pdf); a plain 'validation' message when it has none. */
  extractListingText: { args: z.tuple([ListingFileSchema]), result: ListingFileTextSchema },
  /** Save one saved listing's comparison with the plan as a text or Markdown file. */
  exportListingComparison: { args: z.tuple([IdSchema, ComparisonFormatSchema]), result: ExportResultSchema },
  /** Save an interview prep sheet (questions with their stories in STAR form) as DOCX, PDF or Markdown. */
  exportPrepSheet: { args: z.tuple([PrepSheetRequestSchema, PrepSheetFormatSchema]), result: ExportResultSchema },
  /** Read a CV file the person picked (JSON Resume, LinkedIn export, Word CV) for review; nothing in the plan changes. */
  readCvFile: { args: z.tuple([CvFileSchema]), result: CvFileReadSchema },
  /** Apply a reviewed CV import (one batch that only adds), after a backup of the plan as it was. */
  applyCvImport: { args: z.tuple([PlanChangeSchema]), result: PlanSnapshotSchema },
  /** What an ATS reads from the DOCX or PDF these options would export, checked against the CV; nothing is saved. */
  checkExportForAts: { args: z.tuple([ExportOptionsSchema, AtsFormatSchema]), result: AtsReportSchema },
  /**
   * Save open milestones, booked exams and renewal deadlines as one .ics file of all-day events; importing
   * a newer file updates them (stable UIDs, rising SEQUENCE). A plain 'validation' message when nothing is dated.
   */
  exportCalendar: { args: z.tuple([]), result: ExportResultSchema },
  /** This computer's app settings (reminders, log-in start, update checks): not part of the plan. */
  getAppSettings: { args: z.tuple([]), result: AppSettingsStateSchema },
  /** Change some app settings; a reminder kind is sent whole. Answers with the settings as stored. */
  updateAppSettings: { args: z.tuple([AppSettingsPatchSchema]), result: AppSettingsStateSchema },
  /** Reminders that are due now (milestones, exams, renewals, CPD, the weekly nudge), newest first. */
  getReminders: { args: z.tuple([]), result: RemindersStateSchema },
  /** Dismiss reminders on the list (one, or all shown); they stay dismissed across restarts. */
  dismissReminders: { args: z.tuple([ReminderKeysSchema]), result: RemindersStateSchema },
  /** Undo a dismissal: the reminders come back to the list. */
  restoreReminders: { args: z.tuple([ReminderKeysSchema]), result: RemindersStateSchema },
  /** The person closed the "while you were away" line. */
  clearRemindersAway: { args: z.tuple([]), result: RemindersStateSchema },
  /** Where updates stand in this run (issue 17); nothing is fetched. */
  getUpdateState: { args: z.tuple([]), result: UpdateStateSchema },
  /**
   * Ask the update feed now, whatever the automatic-check setting says; answers once the check is done
   * (bounded in time). A failure is a status with a plain message, never an error.
   */
  checkForUpdates: { args: z.tuple([]), result: UpdateStateSchema },
  /** Start downloading the version offered; progress and the end arrive as `updateStatus` events. */
  downloadUpdate: { args: z.tuple([]), result: UpdateStateSchema },
  /** Save and back up the plan, then quit and install the downloaded version; refused (with why) if the backup fails. */
  installUpdate: { args: z.tuple([]), result: UpdateStateSchema },
  /** Whether the plan is kept in a sync folder, what the last check found, and versions that lost a conflict. */
  getSyncState: { args: z.tuple([]), result: SyncStateSchema },
  /**
   * Keep the plan in a folder (issue 18): a folder that already holds device files is joined (merged);
   * else our device file is written there, read back and checked before the setting changes. A folder
   * that cannot be used is refused with why, and nothing changes. Cancelling the picker changes nothing.
   */
  useSyncFolder: { args: z.tuple([SyncFolderRequestSchema]), result: SyncStateSchema },
  /** Keep the plan only in the app's own folder again; our device file stays in the folder for the others. */
  stopSyncFolder: { args: z.tuple([]), result: SyncStateSchema },
  /** Read the folder now rather than at the next change or periodic check. */
  syncNow: { args: z.tuple([]), result: SyncStateSchema },
  /** The name the other computers show for this one. */
  renameDevice: { args: z.tuple([DeviceNameSchema]), result: SyncStateSchema },
  /** Take versions that lost a conflict off the list (restored, or not wanted); their backups stay. */
  dismissSyncConflicts: { args: z.tuple([SyncConflictKeysSchema]), result: SyncStateSchema },
} as const satisfies { [K in MethodName]: MethodSpec };

export const EVENTS = {
  planChanged: { payload: z.object({ revision: z.number().int().nonnegative() }) },
  /** Saving started, finished, or failed (disk full ...): shown in the header, in plain words. */
  saveStatus: { payload: SaveStatusSchema },
  /** A native menu item was chosen (Electron only; the browser binds the same shortcuts in the page). */
  menuCommand: { payload: z.object({ command: z.enum(APP_COMMAND_IDS as [AppCommand, ...AppCommand[]]) }) },
  /** The person chose Save when closing the window with unsaved changes (Electron only): save, then close. */
  saveBeforeClose: { payload: z.object({}) },
  /** The reminders list changed (one fell due, or the plan made one true or false): fetch it again. */
  remindersChanged: { payload: z.object({}) },
  /** A reminder's notification was clicked: show its item (null target: the reminders list). */
  openReminder: { payload: z.object({ target: ScreenTargetSchema.nullable() }) },
  /** Where updates stand changed: checking, found, downloading (with progress), downloaded, failed. */
  updateStatus: { payload: UpdateStateSchema },
  /**
   * The sync state changed; `merged` is what arrived, to show once ("Merged 3 changes from Home PC"), or
   * null; `conflicts` counts versions that newly lost a conflict (listed in Settings), to say so once.
   */
  syncChanged: { payload: z.object({ merged: z.string().nullable(), conflicts: z.number().int().nonnegative() }) },
} as const satisfies { [K in EventName]: { payload: z.ZodType } };

export type MethodArgs<K extends MethodName> = z.input<(typeof METHODS)[K]['args']>;
export type ParsedArgs<K extends MethodName> = z.output<(typeof METHODS)[K]['args']>;
export type MethodResult<K extends MethodName> = z.output<(typeof METHODS)[K]['result']>;
export type EventPayload<K extends EventName> = z.output<(typeof EVENTS)[K]['payload']>;

export type Unsubscribe = () => void;

/**
 * What a transport exposes to the page as `window.api`: every method resolves to an Envelope (never
 * rejects for an expected failure) and `on` subscribes to an event.
 */
export type TransportApi = {
  [K in MethodName]: (...args: MethodArgs<K>) => Promise<Envelope<MethodResult<K>>>;
} & {
  on<K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void): Unsubscribe;
};

/** What the renderer's code calls: results unwrapped, failures thrown as ApiError. */
export type Api = {
  [K in MethodName]: (...args: MethodArgs<K>) => Promise<MethodResult<K>>;
} & {
  on<K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void): Unsubscribe;
};

/** The main-process implementation: receives arguments already parsed by the schema. */
export type Handlers = {
  [K in MethodName]: (...args: ParsedArgs<K>) => Promise<MethodResult<K>> | MethodResult<K>;
};
