import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { hostname } from 'node:os';
import type { Handlers } from '../shared/ipc/contract';
import { createHandlers, type Services } from './api/handlers';
import type { Platform } from './platform/platform';
import type { Clock } from './services/clock';
import { AppSettingsService, type LoginItemPort } from './services/app-settings/app-settings-service';
import { memoryStore, openSettingsFile, type SettingsStoreOpener } from './services/app-settings/settings-store';
import { AtsService } from './services/ats/ats-service';
import { ReminderScheduler } from './services/reminders/reminder-scheduler';
import { ReminderService, type NotifierPort } from './services/reminders/reminder-service';
import { CalendarService } from './services/calendar/calendar-service';
import { CvImportService } from './services/cv-import/cv-import-service';
import { DraftService } from './services/drafts/draft-service';
import { ExportService } from './services/export/export-service';
import { InterviewService } from './services/interview/interview-service';
import { ListingService } from './services/listings/listing-service';
import { PlanService } from './services/plan-service';
import { PlanTransferService } from './services/plan-transfer-service';
import { protectPlanBeforeUpdate } from './services/updates/plan-safety';
import { UpdatePolicy, type TimerPort, type UpdaterSource } from './services/updates/update-policy';
import { SyncService } from './services/sync/sync-service';
import type { SyncTimers, WatchFolder } from './services/sync/sync-schedule';
import { openDurablePlan, type DurablePlanOptions } from './storage';
import { realFs } from './storage/fs-port';
import type { SyncFolderFs } from './services/sync/sync-folder';

export interface AppDependencies {
  /** The folder holding plan.json, backups/ and quarantine/: Electron's userData, or the bridge's data dir. */
  dataDir: string;
  clock: Clock;
  platform: Platform;
  version: string;
  /**
   * Set when the data folder is known not to be writable (the browser bridge found it so at start): the
   * plan opens read-only with this plain message as its notice, and nothing in the folder is touched.
   */
  unwritableReason?: string | null;
  /**
   * Opens the small settings files beside the plan: electron-store in the app, conf in the bridge. Without
   * one (unit tests of other services) the settings live in memory only.
   */
  settings?: SettingsStoreOpener;
  /** Starting the app at log-in: the desktop shell's; null or absent where there is none (the bridge). */
  loginItem?: LoginItemPort | null;
  /** Operating-system pop-ups for reminders; null or absent where there are none (the bridge). */
  notifier?: NotifierPort | null;
  /** Test seams of the storage layer (fs port, timers, debounce). */
  storage?: Partial<Omit<DurablePlanOptions, 'dataDir' | 'onError' | 'onSaved'>>;
  /**
   * Where updates come from: the packaged app's electron-updater (loaded on the first check only). Absent
   * in the browser bridge and unit tests, where a check only says updates come with the desktop app.
   */
  updater?: UpdaterSource;
  /** Test seams of update checks: their timer and how long a check may take. */
  updateTimers?: TimerPort;
  updateCheckTimeoutMs?: number;
  /**
   * Keeping the plan in a sync folder (issue 18): the folder watcher (chokidar in both shells; absent in
   * unit tests, where the periodic check and explicit checks do the work), its timers, and the names a
   * new installation starts with (a test gives each simulated computer its own).
   */
  sync?: { watch?: WatchFolder; timers?: SyncTimers; fs?: SyncFolderFs; hostName?: string; randomBytes?: (count: number) => Uint8Array };
}

const NO_UPDATER: UpdaterSource = { kind: 'unsupported', message: 'Updates come with the desktop app.' };

export interface ComposedApp {
  services: Services;
  reminderScheduler: ReminderScheduler;
  handlers: Handlers;
  /**
   * Stop for good: the sync folder's timers and watcher, then the plan's writer (flushed and released,
   * so the same data folder can be opened again in this process, as the sync simulator's restarts do).
   * True when nothing was left unsaved.
   */
  close(): boolean;
}

/** Wires the storage layer, the services and the contract handlers; the same in Electron's main and the bridge. */
export function composeApp(deps: AppDependencies): ComposedApp {
  // The writer reports to PlanService, which exists only after the plan is loaded: late-bound callbacks.
  const late: { plan?: PlanService } = {};
  const durable = openDurablePlan({
    ...deps.storage,
    dataDir: deps.dataDir,
    unwritableReason: deps.unwritableReason ?? deps.storage?.unwritableReason ?? null,
    now: deps.storage?.now ?? (() => deps.clock.now()),
    onError: (error) => (late.plan ? late.plan.reportSaveFailure(error) : console.error(`[pmo-pathway] ${error.message}`)),
    onSaved: () => late.plan?.reportSaved(),
  });
  const plan = (late.plan = new PlanService(durable, deps.clock));
  const exports = new ExportService(plan, deps.platform, deps.clock);
  const openSettings = (name: string) => openSettingsFile(deps.storage?.fs ?? realFs, deps.dataDir, name, deps.settings ?? (() => memoryStore({})), deps.clock.now());
  const settingsFile = openSettings('app-settings');
  const appSettings = new AppSettingsService(settingsFile.store, deps.loginItem ?? null);
  const remindersFile = openSettings('reminders');
  const reminders = new ReminderService({ plans: plan, settings: appSettings, store: remindersFile.store, clock: deps.clock, notifier: deps.notifier ?? null, problem: remindersFile.problem });
  const sync = new SyncService({
    plan,
    settings: appSettings,
    dataDir: deps.dataDir,
    fs: deps.sync?.fs ?? (nodeFs as SyncFolderFs),
    clock: deps.clock,
    appVersion: deps.version,
    hostName: deps.sync?.hostName ?? hostname(),
    randomBytes: deps.sync?.randomBytes ?? ((count) => randomBytes(count)),
    chooseFolder: deps.platform.chooseFolder ? (title) => deps.platform.chooseFolder!(title) : undefined,
    backupNow: (current, reason) => void durable.backups.snapshotNow(current, reason),
    timers: deps.sync?.timers,
    watch: deps.sync?.watch,
  });
  const services: Services = {
    plan,
    exports,
    transfer: new PlanTransferService(plan, durable, deps.platform, deps.clock, deps.version),
    listings: new ListingService(plan, deps.platform, deps.clock),
    interview: new InterviewService(plan, deps.platform, deps.clock),
    cvImport: new CvImportService(plan, durable),
    ats: new AtsService(plan, exports, deps.clock),
    calendar: new CalendarService(plan, deps.platform, deps.clock),
    appSettings,
    sync,
    appSettingsProblem: settingsFile.problem,
    reminders,
    drafts: new DraftService({ dataDir: deps.dataDir, clock: deps.clock, fs: deps.storage?.fs, write: deps.storage?.write }),
    updates: new UpdatePolicy({
      source: deps.updater ?? NO_UPDATER,
      currentVersion: deps.version,
      settings: appSettings,
      // Plan safety first: everything saved and a before-update backup, or no install.
      protectPlan: () => ({ backedUp: protectPlanBeforeUpdate(plan, durable) !== null }),
      clock: deps.clock,
      timers: deps.updateTimers,
      checkTimeoutMs: deps.updateCheckTimeoutMs,
    }),
  };
  // Started by the shell once its window (or server) can hear about reminders; stopped with it.
  const reminderScheduler = new ReminderScheduler(reminders, {
    subscribePlan: (listener) => plan.subscribe({ changed: listener }),
    subscribeSettings: (listener) => appSettings.subscribe(listener),
  });
  const close = () => {
    reminderScheduler.stop();
    sync.flush();
    sync.close();
    return durable.writer.close();
  };
  return { services, reminderScheduler, handlers: createHandlers(services, deps.platform, { version: deps.version }), close };
}
