// Types for kill-stress.mjs (plain JS so `node scripts/stress/run.mjs` needs no TypeScript tooling).

export interface KillStressFailure {
  run: number;
  lane: number;
  problem: string;
  stderr: string;
}

export interface KillStressTally {
  kills: number;
  killsBeforeReady: number;
  /** Saves the workers acknowledged (after rename + folder fsync), over all runs. */
  acks: number;
  highestSave: number;
  maxFileBytes: number;
  /** Temp files found after kills (a kill between open and rename); the next start removes them. */
  strayTempFiles: number;
  failures: KillStressFailure[];
  seed: number;
  lanes: number;
  seconds: number;
}

export interface KillStressOptions {
  kills?: number;
  /** Parallel data folders, each with its own worker (default: min(2, cores)). */
  lanes?: number;
  /** Longest wait after the worker is ready before SIGKILL (default 200 ms). */
  maxDelayMs?: number;
  seed?: number;
  onProgress?: (tally: KillStressTally) => void;
}

export function bundleStress(outDir: string): Promise<{ worker: string; check: string }>;
export function runKillStress(options?: KillStressOptions): Promise<KillStressTally>;

export interface SigtermCheckResult {
  code: number | null;
  signal: string | null;
  /** The newest save the worker had scheduled (still pending) when it got SIGTERM. */
  scheduled: number | null;
  /** Saves acknowledged, i.e. written by the flush on SIGTERM. */
  acked: number[];
  lines: string[];
  check: { ok: true; seq: number; bytes: number; backups: number; tempFiles: number } | { ok: false; problem: string };
}
export function runSigtermCheck(): Promise<SigtermCheckResult>;
