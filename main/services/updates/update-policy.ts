import type { AppSettings } from '../../../shared/app-settings/schema';
import { ApiError } from '../../../shared/ipc/errors';
import type { UpdateOffer, UpdateState, UpdateStatus } from '../../../shared/ipc/updates';
import { releaseNotesText } from '../../../shared/updates/release-notes';
import type { Clock } from '../clock';
import { PlanNotProtectedError } from './plan-safety';
import { describeUpdateError, updateFailureMessage } from './update-errors';

/**
 * When PMO Pathway asks for updates, and what it does with the answer (issue 17). Opt-in: nothing is
 * checked until the person says yes to automatic checks (`updates.checkAutomatically`, null until asked)
 * or asks themselves (Help → Check for Updates…, Settings). The updater is loaded only then, so with the
 * setting off not even its module is loaded, and no request leaves the computer. An offer is only shown:
 * downloading waits for the person, and installing waits for them again, after the plan is saved and
 * backed up. Failures become a status with plain words, never a dialog; a check is bounded in time.
 */

/** The slice of electron-updater's AppUpdater this uses (its adapter: main/platform/electron-updater.ts). */
export interface UpdaterPort {
  /** Resolves once the feed was read; null when the updater is inactive for this copy of the app. */
  checkForUpdates(): Promise<UpdateCheck | null>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(): void;
  on(event: 'update-available' | 'update-not-available' | 'update-downloaded', listener: (info: UpdateInfoLike) => void): void;
  on(event: 'download-progress', listener: (progress: ProgressLike) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
}

/** What electron-updater's feeds say about a version (its UpdateInfo, loosely: feeds are untrusted). */
export interface UpdateInfoLike {
  version: string;
  releaseName?: string | null;
  releaseNotes?: unknown;
  releaseDate?: string;
}
export interface UpdateCheck {
  isUpdateAvailable: boolean;
  updateInfo: UpdateInfoLike;
}
export interface ProgressLike {
  percent: number;
  transferred: number;
  total: number;
}

/** Where updates can come from: the packaged app's updater, or a sentence saying why there is none. */
export type UpdaterSource = { kind: 'available'; load: () => Promise<UpdaterPort> } | { kind: 'unsupported'; message: string };

/** One-shot timers, injected so a test can end a check that "took too long" without waiting. */
export interface TimerPort {
  start(ms: number, run: () => void): () => void;
}
export const realTimers: TimerPort = {
  start(ms, run) {
    const timer = setTimeout(run, ms);
    // A pending check must never keep the process alive.
    timer.unref?.();
    return () => clearTimeout(timer);
  },
};

export interface UpdatePolicyDeps {
  source: UpdaterSource;
  currentVersion: string;
  settings: { get(): AppSettings; subscribe(listener: (settings: AppSettings) => void): () => void };
  /**
   * Save what is pending and back the plan up; throws PlanNotProtectedError (plain words) when it cannot.
   * `backedUp` is false only for a read-only plan, which nothing was written to and so needs no copy.
   */
  protectPlan(): { backedUp: boolean };
  clock: Clock;
  timers?: TimerPort;
  /** How long a check may take before it is given up (default 30 s). */
  checkTimeoutMs?: number;
}

export const DEFAULT_CHECK_TIMEOUT_MS = 30_000;

class CheckTookTooLong extends Error {}

export type UpdateListener = (state: UpdateState) => void;

export class UpdatePolicy {
  private status: UpdateStatus;
  private updater: Promise<UpdaterPort> | null = null;
  private checking: Promise<UpdateState> | null = null;
  /** False as soon as the person asks: a check they asked for is never reported quietly. */
  private checkIsAutomatic = false;
  private readonly listeners = new Set<UpdateListener>();
  private stopWatchingSettings: (() => void) | null = null;

  constructor(private readonly deps: UpdatePolicyDeps) {
    this.status =
      deps.source.kind === 'unsupported' ? { kind: 'unsupported', message: deps.source.message } : { kind: 'idle', message: 'Not checked for updates yet.' };
  }

  state(): UpdateState {
    return { currentVersion: this.deps.currentVersion, canUpdate: this.deps.source.kind === 'available', status: this.status };
  }

  subscribe(listener: UpdateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * At start: one automatic check if the person said yes, and one when they say yes later in this run.
   * With the setting off or unanswered this does nothing at all.
   */
  start(): void {
    if (this.stopWatchingSettings || this.deps.source.kind === 'unsupported') return;
    this.stopWatchingSettings = this.deps.settings.subscribe((settings) => {
      if (settings.updates.checkAutomatically === true && this.status.kind === 'idle') void this.check({ automatic: true });
    });
    if (this.deps.settings.get().updates.checkAutomatically === true) void this.check({ automatic: true });
  }

  stop(): void {
    this.stopWatchingSettings?.();
    this.stopWatchingSettings = null;
  }

  /** Ask the feed now. Answers with the state once the check is done; never rejects for a failed check. */
  check({ automatic = false }: { automatic?: boolean } = {}): Promise<UpdateState> {
    if (!automatic) this.checkIsAutomatic = false;
    if (this.deps.source.kind === 'unsupported') return Promise.resolve(this.state());
    if (this.checking) return this.checking;
    // A version already on its way or downloaded is the answer; asking again would only lose it.
    if (this.status.kind === 'downloading' || this.status.kind === 'downloaded' || this.status.kind === 'installing') return Promise.resolve(this.state());
    this.checkIsAutomatic = automatic;
    this.checking = this.runCheck();
    return this.checking;
  }

  /** Start downloading the version offered; progress and the end are told to listeners. */
  async download(): Promise<UpdateState> {
    const status = this.status;
    if (status.kind === 'downloading' || status.kind === 'downloaded') return this.state();
    if (status.kind !== 'available') throw new ApiError('validation', 'There is no new version to download yet. Check for updates first.');
    const offer = status.offer;
    this.setStatus(downloading(offer, 0, 0, 0));
    let updater: UpdaterPort;
    try {
      updater = await this.loadUpdater();
    } catch (error) {
      this.setStatus(available(offer, this.deps.currentVersion, describeUpdateError(error, 'download')));
      return this.state();
    }
    updater.downloadUpdate().then(
      () => this.setStatus(downloaded(offer, null)),
      (error: unknown) => this.setStatus(available(offer, this.deps.currentVersion, describeUpdateError(error, 'download'))),
    );
    return this.state();
  }

  /**
   * Restart and install: the plan is saved and backed up first, and if that fails nothing is installed
   * (the status says why). Otherwise electron-updater quits the app and runs the installer.
   */
  async install(): Promise<UpdateState> {
    const downloadedAlready = this.status.kind === 'downloaded' || this.status.kind === 'installing';
    // Awaited first: from here to quitAndInstall nothing waits, so a second click cannot back up twice.
    const updater = downloadedAlready ? await this.loadUpdater() : null;
    const status = this.status;
    if (status.kind === 'installing') return this.state();
    if (status.kind !== 'downloaded' || !updater) throw new ApiError('validation', 'The new version is not downloaded yet, so there is nothing to install.');
    const offer = status.offer;
    let backedUp: boolean;
    try {
      ({ backedUp } = this.deps.protectPlan());
    } catch (error) {
      const why = error instanceof PlanNotProtectedError ? error.message : 'Your plan could not be backed up first, so the update was not installed. Your plan is as it was.';
      this.setStatus(downloaded(offer, why));
      return this.state();
    }
    const safe = backedUp ? 'Your plan is saved and backed up.' : 'Your plan is open read-only, so it was left exactly as it is.';
    this.setStatus({ kind: 'installing', offer, message: `${safe} Restarting to install version ${offer.version}…` });
    try {
      updater.quitAndInstall();
    } catch (error) {
      this.setStatus(downloaded(offer, describeUpdateError(error, 'install')));
    }
    return this.state();
  }

  private async runCheck(): Promise<UpdateState> {
    this.setStatus({ kind: 'checking', message: 'Checking for updates…', automatic: this.checkIsAutomatic });
    const outcome = await this.bounded(this.loadUpdater().then((updater) => updater.checkForUpdates())).then(
      (result) => this.answerOf(result),
      (error: unknown) => this.failureOf(error instanceof CheckTookTooLong ? updateFailureMessage('timeout', 'check') : describeUpdateError(error, 'check')),
    );
    // Done before listeners hear the answer, so a check asked for from a listener is a new one.
    this.checking = null;
    this.setStatus(outcome);
    return this.state();
  }

  private answerOf(result: UpdateCheck | null): UpdateStatus {
    if (!result) return this.failureOf('Could not check for updates: this copy of PMO Pathway cannot update itself. New versions are on the Releases page.');
    if (result.isUpdateAvailable) return available(offerOf(result.updateInfo), this.deps.currentVersion);
    return { kind: 'up-to-date', message: `You have the latest version, ${this.deps.currentVersion}.`, checkedAt: this.now() };
  }

  private failureOf(message: string): UpdateStatus {
    return { kind: 'check-failed', message, checkedAt: this.now(), automatic: this.checkIsAutomatic };
  }

  /** The updater, loaded (and its events wired) on first use only. */
  private loadUpdater(): Promise<UpdaterPort> {
    const source = this.deps.source;
    if (source.kind !== 'available') return Promise.reject(new Error('There is no updater in this copy of PMO Pathway.'));
    this.updater ??= source.load().then(
      (updater) => this.wire(updater),
      (error: unknown) => {
        this.updater = null; // the next check tries again
        throw error;
      },
    );
    return this.updater;
  }

  private wire(updater: UpdaterPort): UpdaterPort {
    updater.on('download-progress', (progress) => {
      const status = this.status;
      if (status.kind !== 'downloading') return;
      this.setStatus(downloading(status.offer, progress.percent, progress.transferred, progress.total));
    });
    // Checks and downloads report failures through their promises; only an install fails by event alone.
    updater.on('error', (error) => {
      const status = this.status;
      if (status.kind === 'installing') this.setStatus(downloaded(status.offer, describeUpdateError(error, 'install')));
    });
    return updater;
  }

  private bounded<T>(work: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const cancel = (this.deps.timers ?? realTimers).start(this.deps.checkTimeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS, () => reject(new CheckTookTooLong()));
      work.then(
        (value) => (cancel(), resolve(value)),
        (error: unknown) => (cancel(), reject(error)),
      );
    });
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }

  private setStatus(status: UpdateStatus): void {
    this.status = status;
    const state = this.state();
    for (const listener of this.listeners) listener(state);
  }
}

function available(offer: UpdateOffer, currentVersion: string, problem: string | null = null): UpdateStatus {
  return { kind: 'available', offer, problem, message: `Version ${offer.version} is available. You have ${currentVersion}.` };
}

function downloading(offer: UpdateOffer, percent: number, transferred: number, total: number): UpdateStatus {
  const whole = Number.isFinite(percent) ? Math.min(100, Math.max(0, Math.round(percent))) : 0;
  const bytes = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);
  return { kind: 'downloading', offer, percent: whole, transferredBytes: bytes(transferred), totalBytes: bytes(total), message: `Downloading version ${offer.version}…` };
}

function downloaded(offer: UpdateOffer, problem: string | null): UpdateStatus {
  return { kind: 'downloaded', offer, problem, message: `Version ${offer.version} is downloaded. Restart PMO Pathway to install it.` };
}

/** The feed's words, cut to what the contract carries; notes as plain text. */
function offerOf(info: UpdateInfoLike): UpdateOffer {
  const text = (value: unknown, max: number) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : null);
  return {
    version: text(info.version, 100) ?? 'unknown',
    releaseName: text(info.releaseName, 300),
    releaseDate: text(info.releaseDate, 100),
    notes: releaseNotesText(info.releaseNotes),
  };
}
