/**
 * Channel names of the IPC contract. Kept free of zod so the preload (which must stay tiny) can import
 * it; ./contract.ts pairs every name here with its schemas and the compiler keeps the two in step.
 * These strings appear nowhere else in the code base.
 */
export const METHOD_CHANNELS = {
  getPlan: 'plan:get',
  applyChange: 'plan:apply-change',
  getAppInfo: 'app:get-info',
  openExternal: 'app:open-external',
  exportAchievements: 'cv:export',
  listBackups: 'backups:list',
  restoreBackup: 'backups:restore',
  exportPlanFile: 'plan-file:export',
  previewImport: 'plan-file:preview-import',
  confirmImport: 'plan-file:confirm-import',
  openNewestBackup: 'backups:open-newest',
  listDrafts: 'drafts:list',
  saveDraft: 'drafts:save',
  discardDraft: 'drafts:discard',
  extractListingText: 'listings:extract-text',
  exportListingComparison: 'listings:export-comparison',
  exportPrepSheet: 'interview:export-prep-sheet',
  readCvFile: 'cv-import:read-file',
  applyCvImport: 'cv-import:apply',
  checkExportForAts: 'cv:check-ats',
  exportCalendar: 'calendar:export',
  getAppSettings: 'app-settings:get',
  updateAppSettings: 'app-settings:update',
  getReminders: 'reminders:get',
  dismissReminders: 'reminders:dismiss',
  restoreReminders: 'reminders:restore',
  clearRemindersAway: 'reminders:clear-away',
  getUpdateState: 'updates:get-state',
  checkForUpdates: 'updates:check',
  downloadUpdate: 'updates:download',
  installUpdate: 'updates:install',
  getSyncState: 'sync:get-state',
  useSyncFolder: 'sync:use-folder',
  stopSyncFolder: 'sync:stop-folder',
  syncNow: 'sync:check-now',
  renameDevice: 'sync:rename-device',
  dismissSyncConflicts: 'sync:dismiss-conflicts',
} as const;

/** Main -> renderer notifications. */
export const EVENT_CHANNELS = {
  planChanged: 'plan:changed',
  menuCommand: 'app:menu-command',
  saveStatus: 'plan:save-status',
  saveBeforeClose: 'app:save-before-close',
  remindersChanged: 'reminders:changed',
  openReminder: 'reminders:open',
  updateStatus: 'updates:status',
  syncChanged: 'sync:changed',
} as const;

export type MethodName = keyof typeof METHOD_CHANNELS;
export type EventName = keyof typeof EVENT_CHANNELS;
export const METHOD_NAMES = Object.keys(METHOD_CHANNELS) as MethodName[];
export const EVENT_NAMES = Object.keys(EVENT_CHANNELS) as EventName[];
