import type { Handlers } from '../../shared/ipc/contract';
import { ApiError } from '../../shared/ipc/errors';
import type { Platform } from '../platform/platform';
import { isAllowedExternalUrl } from '../security/external-url';
import type { AppSettingsService } from '../services/app-settings/app-settings-service';
import type { AtsService } from '../services/ats/ats-service';
import type { CalendarService } from '../services/calendar/calendar-service';
import type { CvImportService } from '../services/cv-import/cv-import-service';
import type { DraftService } from '../services/drafts/draft-service';
import type { ExportService } from '../services/export/export-service';
import type { InterviewService } from '../services/interview/interview-service';
import type { ListingService } from '../services/listings/listing-service';
import type { PlanService } from '../services/plan-service';
import type { PlanTransferService } from '../services/plan-transfer-service';
import type { UpdatePolicy } from '../services/updates/update-policy';
import type { ReminderService } from '../services/reminders/reminder-service';
import type { SyncService } from '../services/sync/sync-service';

export interface Services {
  plan: PlanService;
  exports: ExportService;
  transfer: PlanTransferService;
  drafts: DraftService;
  listings: ListingService;
  interview: InterviewService;
  cvImport: CvImportService;
  ats: AtsService;
  calendar: CalendarService;
  appSettings: AppSettingsService;
  /** Plain words when the app settings file could not be read at start; null when it was fine. */
  appSettingsProblem: string | null;
  reminders: ReminderService;
  /** Update checks, opt-in (issue 17); in the bridge and in development runs it only says why not. */
  updates: UpdatePolicy;
  /** Keeping the plan in a folder a sync service replicates (issue 18). */
  sync: SyncService;
}

export interface AppIdentity {
  version: string;
}

/** The implementation of every contract method, shared by both transports. Arguments arrive parsed. */
export function createHandlers(services: Services, platform: Platform, app: AppIdentity): Handlers {
  return {
    getPlan: () => services.plan.snapshot(),
    applyChange: (change) => services.plan.apply(change),
    getAppInfo: () => ({ version: app.version, planLocation: services.plan.location, shell: platform.shell }),
    openExternal: async (url) => {
      if (!isAllowedExternalUrl(url)) throw new ApiError('invalid-argument', 'Only https web addresses and email links can be opened.');
      await platform.openExternal(url);
    },
    exportAchievements: (options, format) => services.exports.exportAchievements(options, format),
    listBackups: () => services.transfer.listBackups(),
    restoreBackup: (id) => services.transfer.restoreBackup(id),
    exportPlanFile: () => services.transfer.exportPlanFile(),
    previewImport: (request) => services.transfer.previewImport(request),
    confirmImport: (importId) => services.transfer.confirmImport(importId),
    openNewestBackup: () => services.transfer.openNewestBackup(),
    listDrafts: () => services.drafts.state(),
    saveDraft: (draft) => services.drafts.put(draft),
    discardDraft: (key) => services.drafts.discard(key),
    extractListingText: (file) => services.listings.extractText(file),
    exportListingComparison: (id, format) => services.listings.exportComparison(id, format),
    exportPrepSheet: (request, format) => services.interview.exportPrepSheet(request, format),
    readCvFile: (file) => services.cvImport.read(file),
    applyCvImport: (change) => services.cvImport.apply(change),
    checkExportForAts: (options, format) => services.ats.check(options, format),
    exportCalendar: () => services.calendar.exportCalendar(),
    getAppSettings: () => appSettingsState(services),
    updateAppSettings: (patch) => {
      services.appSettings.update(patch);
      return appSettingsState(services);
    },
    getReminders: () => services.reminders.state(),
    dismissReminders: (keys) => services.reminders.dismiss(keys),
    restoreReminders: (keys) => services.reminders.restore(keys),
    clearRemindersAway: () => services.reminders.clearAway(),
    getUpdateState: () => services.updates.state(),
    checkForUpdates: () => services.updates.check(),
    downloadUpdate: () => services.updates.download(),
    installUpdate: () => services.updates.install(),
    getSyncState: () => services.sync.state(),
    useSyncFolder: (request) => services.sync.useFolder(request),
    stopSyncFolder: () => services.sync.stop(),
    syncNow: () => services.sync.check(),
    renameDevice: (name) => services.sync.rename(name),
    dismissSyncConflicts: (keys) => services.sync.dismiss(keys),
  };
}

function appSettingsState(services: Services) {
  return { settings: services.appSettings.get(), canOpenAtLogin: services.appSettings.canOpenAtLogin, problem: services.appSettingsProblem };
}
