import { composeApp, type ComposedApp } from '../../../main/compose';
import { confSettingsOpener } from '../../../main/bridge/conf-settings';
import type { Clock } from '../../../main/services/clock';
import { manualTimers, recordingPlatform } from '../temp-plan';
import { simFs, type SimFs } from './sim-fs';

/**
 * One simulated computer: the whole app as composeApp wires it, over its own data folder, with a clock
 * set off from true time by its own skew, and timers that fire only when the scenario says "sync".
 * `kill` is a crash: writes fail from that instant, so what was not saved is lost, and the app is
 * dropped; `start` opens it again from what is on its disk.
 */
export class SimComputer {
  app: ComposedApp | null = null;
  private readonly fs: SimFs = simFs();

  constructor(
    readonly index: number,
    readonly name: string,
    readonly dataDir: string,
    private readonly clock: Clock,
  ) {}

  get up(): boolean {
    return this.app !== null;
  }

  start(folder: string | null): void {
    this.fs.down = false;
    const app = composeApp({
      dataDir: this.dataDir,
      clock: this.clock,
      platform: recordingPlatform(),
      version: '1.0.0-sim',
      settings: confSettingsOpener(this.dataDir),
      storage: { timers: manualTimers(), fs: this.fs, backupIntervalMs: Number.MAX_SAFE_INTEGER },
      sync: { timers: manualTimers(), fs: this.fs, hostName: this.name, randomBytes: () => Uint8Array.from({ length: 10 }, (_, i) => (this.index * 53 + i * 29 + 7) % 256) },
    });
    this.app = app;
    if (folder !== null && app.services.sync.state().folder === null) void app.services.sync.useFolder({ folder });
    else app.services.sync.start();
  }

  kill(): void {
    if (!this.app) return;
    this.fs.down = true;
    // A crash runs no last pass: the sync timers just stop, and the writer finds its disk gone.
    this.app.services.sync.close();
    this.app.close();
    this.app = null;
  }
}
