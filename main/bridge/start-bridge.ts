import { randomBytes } from 'node:crypto';
import { forwardPlanEvents, forwardReminderEvents, forwardSyncEvents } from '../api/plan-events';
import { chokidarWatch } from '../services/sync/chokidar-watch';
import type { WatchFolder } from '../services/sync/sync-schedule';
import type { Services } from '../api/handlers';
import { composeApp, type AppDependencies } from '../compose';
import type { Platform } from '../platform/platform';
import { systemClock, type Clock } from '../services/clock';
import { bridgePlatform } from './bridge-platform';
import { confSettingsOpener } from './conf-settings';
import { DataDirUnwritableError, lockDataDir, type LockFs } from './data-dir-lock';
import { createBridgeServer, type BridgeServer } from './server';

/**
 * What `npm run web` does before it listens, as a function tests can call: take the data folder's lock,
 * compose the services and build the server. A folder that cannot be written (no permission, read-only
 * disk, disk full) does not stop the start: the plan opens read-only with the same plain message the app
 * gives, and no lock is needed because nothing is written. Another live server on the folder still
 * stops it (DataDirLockedError is thrown for the caller to print).
 */

export interface BridgeStartOptions {
  dataDir: string;
  port: number;
  rendererDir: string;
  version: string;
  clock?: Clock;
  platform?: Platform;
  /** Test seams: the lock's file system, the storage layer's. */
  lockFs?: LockFs;
  storage?: AppDependencies['storage'];
  pid?: number;
  /** Test seams of the sync folder: the watcher (null: periodic checks only) and this computer's name. */
  syncWatch?: WatchFolder | null;
  hostName?: string;
}

export interface StartedBridge {
  services: Services;
  bridge: BridgeServer;
  /** Why the plan is read-only because of the folder (also the plan's first notice), or null. */
  unwritableReason: string | null;
  releaseLock(): void;
  /** The line to print once a signal's flush answered `saved`: what really happened to the plan. */
  stopMessage(signal: string, saved: boolean): string;
}

export function startBridge(options: BridgeStartOptions): StartedBridge {
  let releaseLock = () => {};
  let unwritableReason: string | null = null;
  try {
    releaseLock = lockDataDir(options.dataDir, options.pid, options.lockFs);
  } catch (error) {
    if (!(error instanceof DataDirUnwritableError)) throw error;
    unwritableReason = error.message;
  }
  const { services, handlers, reminderScheduler } = composeApp({
    dataDir: options.dataDir,
    clock: options.clock ?? systemClock,
    platform: options.platform ?? bridgePlatform,
    version: options.version,
    unwritableReason,
    storage: options.storage,
    // A folder that cannot be written keeps its settings in memory too: nothing there is touched.
    settings: unwritableReason === null ? confSettingsOpener(options.dataDir) : undefined,
    loginItem: null,
    sync: { watch: options.syncWatch === undefined ? chokidarWatch : (options.syncWatch ?? undefined), hostName: options.hostName },
  });
  const bridge = createBridgeServer({ port: options.port, token: randomBytes(24).toString('hex'), rendererDir: options.rendererDir, handlers });
  forwardPlanEvents(services.plan, (event, payload) => bridge.broadcast({ event, payload }));
  // No updater here (a check only says updates come with the desktop app), but the wiring is the app's.
  services.updates.subscribe((state) => bridge.broadcast({ event: 'updateStatus', payload: state }));
  // The browser has no pop-ups from main: the in-app list is the only channel (notifier null).
  forwardReminderEvents(services.reminders, (event, payload) => bridge.broadcast({ event, payload }));
  reminderScheduler.start();
  forwardSyncEvents(services.sync, (event, payload) => bridge.broadcast({ event, payload }));
  // Before the first page asks for the plan: merge what arrived in the sync folder while we were stopped.
  services.sync.start();
  return {
    services,
    bridge,
    unwritableReason,
    releaseLock,
    stopMessage: (signal, saved) => stopMessage(signal, saved, services),
  };
}

function stopMessage(signal: string, saved: boolean, services: Services): string {
  const snapshot = services.plan.snapshot();
  if (!saved) {
    const why = snapshot.save.message ?? 'the last save failed';
    return `Received ${signal}. Your latest changes could not be saved: ${why} Stopping now, so those changes are lost.`;
  }
  if (snapshot.readOnly) return `Received ${signal}. The plan was open read-only, so there was nothing to save. Stopping.`;
  return `Received ${signal}. Every change is saved. Stopping.`;
}
