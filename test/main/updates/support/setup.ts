import path from 'node:path';
import { composeApp, type AppDependencies, type ComposedApp } from '../../../../main/compose';
import type { TimerPort, UpdatePolicy } from '../../../../main/services/updates/update-policy';
import type { UpdateState, UpdateStatusKind } from '../../../../shared/ipc/updates';
import { fixedClock, makeTempDir, manualTimers, recordingPlatform } from '../../../support/temp-plan';
import { CURRENT_VERSION, loopbackApp, startFeedServer, type FeedServer, type LoopbackApp, type Route } from './loopback-feed';

/** Timers that fire only when the test says so: a "slow" server is given up without waiting. */
export function manualCheckTimers(): TimerPort & { readonly pending: { ms: number }[]; fireAll(): void } {
  let queue: { ms: number; run: () => void; live: boolean }[] = [];
  return {
    start(ms, run) {
      const timer = { ms, run, live: true };
      queue.push(timer);
      return () => void (timer.live = false);
    },
    get pending() {
      return queue.filter((t) => t.live).map(({ ms }) => ({ ms }));
    },
    fireAll() {
      const due = queue.filter((t) => t.live);
      queue = [];
      for (const timer of due) timer.run();
    },
  };
}

export interface UpdatesRig extends ComposedApp {
  server: FeedServer;
  app: LoopbackApp;
  dataDir: string;
  updates: UpdatePolicy;
  timers: ReturnType<typeof manualCheckTimers>;
}

const open: FeedServer[] = [];

/**
 * The app as composeApp wires it (real plan files in a temp folder, app settings in memory unless
 * `settings` is given), with the real electron-updater pointed at a loopback feed behind `route`.
 */
export async function composeWithFeed(route: Route, options: { settings?: AppDependencies['settings']; dataDir?: string; storage?: AppDependencies['storage']; beforeInstall?: () => void } = {}): Promise<UpdatesRig> {
  const dir = makeTempDir('pmo-updates-');
  const server = await startFeedServer(route);
  open.push(server);
  const app = loopbackApp(dir, server.url, { beforeInstall: options.beforeInstall });
  const timers = manualCheckTimers();
  const dataDir = options.dataDir ?? path.join(dir, 'data');
  const composed = composeApp({
    dataDir,
    clock: fixedClock,
    platform: recordingPlatform(),
    version: CURRENT_VERSION,
    settings: options.settings,
    storage: { timers: manualTimers(), ...options.storage },
    updater: { kind: 'available', load: () => app.load() },
    updateTimers: timers,
    updateCheckTimeoutMs: 5_000,
  });
  return { ...composed, server, app, dataDir, updates: composed.services.updates, timers };
}

export async function closeFeeds(): Promise<void> {
  await Promise.all(open.splice(0).map((server) => server.close()));
}

/** Resolves with the state once the policy reaches `kind` (now or later): waits for state, never for time. */
export function statusReached(policy: UpdatePolicy, kind: UpdateStatusKind): Promise<UpdateState> {
  return new Promise((resolve) => {
    if (policy.state().status.kind === kind) return resolve(policy.state());
    const stop = policy.subscribe((state) => {
      if (state.status.kind !== kind) return;
      stop();
      resolve(state);
    });
  });
}
