import { isAbsolute, resolve } from 'node:path';
import { DeviceNameSchema, type SyncSettings } from '../../../shared/app-settings/schema';
import type { SyncFolderRequest, SyncState } from '../../../shared/ipc/sync';
import { ApiError } from '../../../shared/ipc/errors';
import type { Plan } from '../../../shared/model';
import { deviceIdFromBytes } from '../../../shared/sync/folder-files';
import { sameValue } from '../../../shared/sync/same-value';
import type { AppSettingsService } from '../app-settings/app-settings-service';
import type { Clock } from '../clock';
import type { PlanService } from '../plan-service';
import { errnoOf } from '../../storage/fs-port';
import { SyncFolder, type SyncFolderFs } from './sync-folder';
import { readLocalState, writeLocalState, type SyncLocalState } from './sync-local-state';
import { folderProblem, runSyncPass, type DeviceIdentity, type SyncPassResult } from './sync-pass';
import { SyncSchedule, type SyncTimers, type WatchFolder } from './sync-schedule';
import { syncStateView } from './sync-state-view';

/**
 * Keeping the plan in a folder a sync service replicates (issue 18, docs/sync.md). The plan itself
 * stays in the app's own folder, saved and backed up as always; the sync folder gets this computer's
 * device file, and every pass merges the other computers' files in. This class owns the when (start,
 * local edits, the watcher, the periodic check) and the person's choices; one pass is sync-pass.ts.
 */

export interface SyncServiceDeps {
  plan: PlanService;
  settings: AppSettingsService;
  dataDir: string;
  fs: SyncFolderFs;
  clock: Clock;
  appVersion: string;
  /** The computer's own name (os.hostname()), used until the person names it. */
  hostName: string;
  randomBytes(count: number): Uint8Array;
  /** Shows the folder picker; absent where there is none (the browser bridge). */
  chooseFolder?: (title: string) => Promise<string | null>;
  backupNow(plan: Plan, reason: 'before-merge' | 'before-sync-folder'): void;
  timers?: SyncTimers;
  /** Starts watching a folder for changes (chokidar in the app); absent: the periodic check only. */
  watch?: WatchFolder;
}

/** What a pass brought: the words for what arrived (or null), and how many versions newly lost a conflict. */
export type SyncListener = (news: { merged: string | null; conflicts: number }) => void;

export class SyncService {
  private local: SyncLocalState;
  private last: SyncPassResult | null = null;
  private lastCheckedAt: string | null = null;
  private problem: string | null;
  private folder: SyncFolder | null = null;
  private inPass = false;
  private readonly listeners = new Set<SyncListener>();
  private readonly schedule: SyncSchedule;

  constructor(private readonly deps: SyncServiceDeps) {
    const read = readLocalState(deps.fs, deps.dataDir, deps.clock.now());
    this.local = read.state;
    this.problem = read.problem;
    this.schedule = new SyncSchedule(() => this.pass(), deps.timers, deps.watch);
    deps.plan.subscribe({ changed: () => this.folder !== null && !this.inPass && this.schedule.soon('local') });
  }

  /** At start, before the first screen: merge what arrived while the app was closed, then keep watching. */
  start(): void {
    const folder = this.deps.settings.get().sync.folder;
    if (folder === null) return;
    this.folder = new SyncFolder(folder, this.deps.fs);
    this.pass();
    this.schedule.watch(folder);
  }

  /** Quit, shutdown, a signal: write our file now if an edit is still waiting for its pass. */
  flush(): void {
    if (this.schedule.pending) this.pass();
  }

  /** Stop the timers and the watcher, writing nothing (call flush first to write a waiting edit). */
  close(): void {
    this.schedule.stop();
  }

  subscribe(listener: SyncListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  state(): SyncState {
    return syncStateView({
      settings: this.deps.settings.get().sync,
      hostName: this.deviceName(),
      canPickFolder: this.deps.chooseFolder !== undefined,
      lastCheckedAt: this.lastCheckedAt,
      problem: this.problem,
      last: this.last,
      conflicts: this.local.conflicts,
      plan: this.deps.plan.current,
    });
  }

  /** One pass now, answering with the state the page shows; never throws (what went wrong is its problem). */
  check(): SyncState {
    this.pass();
    return this.state();
  }

  /**
   * One pass, telling the listeners what it brought. The timers and the watcher call this, not check():
   * nobody reads the page's state then, and building it (a restore per listed conflict) is not free.
   */
  private pass(): void {
    if (this.folder === null || this.inPass) return;
    if (this.deps.plan.snapshot().readOnly) {
      this.problem = 'Your plan is open read-only, so it is not merged with the folder until that is resolved.';
      this.notify(null);
      return;
    }
    this.inPass = true;
    try {
      let result = runSyncPass(this.passDeps(this.folder), this.identity(), this.local, this.deps.clock.now());
      let renewed: string | null = null;
      if (result.idTakenBy !== undefined) {
        // One writer per file is the whole design: the one who notices takes a new id, keeping every item.
        this.deps.settings.updateSync({ deviceId: deviceIdFromBytes(this.deps.randomBytes(10)) });
        renewed = `${result.idTakenBy} was writing this computer's file in the folder (an app folder copied from one computer to another, most likely). This computer now has a file of its own; nothing was lost.`;
        result = runSyncPass(this.passDeps(this.folder), this.identity(), this.local, this.deps.clock.now());
      }
      this.local = result.local;
      this.last = result;
      this.problem = result.problem ?? renewed;
      this.lastCheckedAt = this.deps.clock.now().toISOString();
      this.notify(result.merged, result.newConflicts);
    } catch (error) {
      console.error('[pmo-pathway] sync pass failed', error);
      this.problem = `The folder could not be merged this time (${(error as Error).message}). Your plan is safe on this computer; PMO Pathway tries again at the next check.`;
      this.notify(null);
    } finally {
      this.inPass = false;
      this.schedule.periodic();
    }
  }

  /**
   * Keep the plan in a folder: back up, merge with what is there (a second computer joining), write our
   * file and read it back; only when that holds does the setting change. Refused with why otherwise.
   */
  async useFolder(request: SyncFolderRequest): Promise<SyncState> {
    this.deps.plan.assertWritable('the plan was not moved to the folder');
    const picked = request.folder ?? (this.deps.chooseFolder ? await this.deps.chooseFolder('Choose the folder to keep your plan in') : null);
    if (picked === null) return this.state();
    const path = this.checkedFolder(picked);
    const id = this.deviceId();
    try {
      this.deps.backupNow(this.deps.plan.current, 'before-sync-folder');
    } catch (error) {
      throw new ApiError('io', `PMO Pathway could not back up your plan first (${errnoOf(error) ?? 'error'}), so nothing was changed. Free some space, then try again.`);
    }
    const folder = new SyncFolder(path, this.deps.fs);
    this.inPass = true;
    let result: SyncPassResult;
    try {
      result = runSyncPass(this.passDeps(folder), this.identity(), this.local, this.deps.clock.now());
    } finally {
      this.inPass = false;
    }
    const back = folder.readOwnBack(id);
    if (result.problem !== null || !back.ok || !sameValue(back.file.plan, this.deps.plan.current)) {
      throw new ApiError('io', `Your plan could not be kept in ${path}: ${result.problem ?? (back.ok ? 'what was written did not read back the same' : back.words)} It stays in the app's own folder.`);
    }
    this.local = result.local;
    this.last = result;
    this.lastCheckedAt = this.deps.clock.now().toISOString();
    this.deps.settings.updateSync({ folder: path });
    this.folder = folder;
    this.problem = null;
    this.schedule.watch(path);
    this.schedule.periodic();
    this.notify(result.merged, result.newConflicts);
    return this.state();
  }

  /** Keep the plan only here again. Our file is written one last time and left for the other computers. */
  stop(): SyncState {
    if (this.folder === null) return this.state();
    this.pass();
    this.schedule.stop();
    this.folder = null;
    this.last = null;
    this.problem = null;
    this.deps.settings.updateSync({ folder: null });
    this.notify(null);
    return this.state();
  }

  rename(name: string): SyncState {
    const checked = DeviceNameSchema.safeParse(name);
    if (!checked.success) throw new ApiError('validation', checked.error.issues[0]?.message ?? 'That name cannot be used.');
    this.deps.settings.updateSync({ deviceName: checked.data });
    return this.check();
  }

  dismiss(keys: readonly string[]): SyncState {
    const gone = new Set(keys);
    this.local = { ...this.local, conflicts: this.local.conflicts.filter((c) => !gone.has(c.key)) };
    try {
      writeLocalState(this.deps.fs, this.deps.dataDir, this.local);
    } catch (error) {
      throw new ApiError('io', `The list could not be saved (${errnoOf(error) ?? 'error'}); it may come back after a restart.`);
    }
    this.notify(null);
    return this.state();
  }

  private passDeps(folder: SyncFolder) {
    return {
      folder,
      plan: this.deps.plan,
      dataDir: this.deps.dataDir,
      backupBeforeMerge: (plan: Plan) => this.deps.backupNow(plan, 'before-merge'),
      saveLocalState: (state: SyncLocalState) => writeLocalState(this.deps.fs, this.deps.dataDir, state),
    };
  }

  private identity(): DeviceIdentity {
    return { id: this.deviceId(), name: this.deviceName(), appVersion: this.deps.appVersion };
  }

  private deviceName(): string {
    const sync: SyncSettings = this.deps.settings.get().sync;
    return sync.deviceName ?? (DeviceNameSchema.safeParse(this.deps.hostName.slice(0, 60)).data ?? 'This computer');
  }

  /** Made once per installation; saved before it is ever used in a file name. */
  private deviceId(): string {
    const known = this.deps.settings.get().sync.deviceId;
    if (known !== null) return known;
    const id = deviceIdFromBytes(this.deps.randomBytes(10));
    this.deps.settings.updateSync({ deviceId: id });
    return id;
  }

  private checkedFolder(picked: string): string {
    if (!isAbsolute(picked)) throw new ApiError('validation', 'Give the whole path of the folder, for example /home/alex/Dropbox/PMO Pathway.');
    const path = resolve(picked);
    if (path === resolve(this.deps.dataDir)) throw new ApiError('validation', "That is the app's own folder; choose the folder your sync service copies.");
    let isDirectory = false;
    try {
      isDirectory = this.deps.fs.statSync(path).isDirectory();
    } catch (error) {
      throw new ApiError('validation', folderProblem(path, errnoOf(error)).split('. ')[0] + '.');
    }
    if (!isDirectory) throw new ApiError('validation', `${path} is a file, not a folder.`);
    return path;
  }

  private notify(merged: string | null, conflicts = 0): void {
    for (const listener of this.listeners) listener({ merged, conflicts });
  }
}
