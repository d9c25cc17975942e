// Kill -9 stress driver: bundles worker.ts + check.ts with Vite (Node 20 cannot run TypeScript and
// there is no tsx here), then in each lane repeatedly spawns the worker on one data folder, SIGKILLs it
// at a random moment, and checks the folder: plan.json must parse, validate with PlanSchema and hold at
// least the last save the worker acknowledged. The next worker then loads the same folder through the
// real loader, which must find a clean file (no quarantine, no recovery).
//
// A kill -9 kills the process, not the machine: the OS page cache survives, so this proves the
// write/rename protocol and the recovery logic, not fsync ordering under power loss.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleNodeEntries } from '../lib/bundle-node.mjs';
import { prng } from '../lib/prng.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Bundle the worker and the check into self-contained ESM files (zod and the model inlined). */
export function bundleStress(outDir) {
  return bundleNodeEntries(ROOT, { worker: 'scripts/stress/worker.ts', check: 'scripts/stress/check.ts' }, outDir);
}

/** Run one worker until it is killed; resolves with its output lines once it is dead. */
function runOnce(workerPath, dataDir, killAfterMs, waitForReady) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [workerPath, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = [];
    let buffered = '';
    let stderr = '';
    let timer = null;
    const kill = () => child.kill('SIGKILL');
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (waitForReady && timer === null && line.startsWith('ready ')) timer = setTimeout(kill, killAfterMs);
      }
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    if (!waitForReady) timer = setTimeout(kill, killAfterMs);
    const safety = setTimeout(kill, 20_000); // a worker that never becomes ready must not hang the run
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(safety);
      resolve({ lines, stderr, code, signal });
    });
  });
}

/**
 * Run `kills` kill -9 cycles spread over `lanes` parallel data folders. Returns a tally; `failures`
 * lists every check that did not hold (empty when all is well).
 */
export async function runKillStress({ kills = 100, lanes = Math.min(2, availableParallelism()), maxDelayMs = 200, seed = Date.now() % 1e9, onProgress } = {}) {
  const started = Date.now();
  const root = mkdtempSync(join(tmpdir(), 'pmo-kill-stress-'));
  const random = prng(seed);
  const tally = { kills: 0, killsBeforeReady: 0, acks: 0, highestSave: 0, maxFileBytes: 0, strayTempFiles: 0, failures: [], seed, lanes, seconds: 0 };
  try {
    const bundle = await bundleStress(join(root, 'bundle'));
    const { checkDataDir } = await import(pathToFileURL(bundle.check).href);
    let next = 0;
    const lane = async (index) => {
      const dataDir = join(root, `lane-${index}`);
      mkdirSync(dataDir);
      let lastAck = -1;
      let expectedAtStart = null;
      while (next < kills) {
        const run = next++;
        // Most kills land while saving; some during start-up (loading, clean-up, the first save).
        const early = random() < 0.15;
        const delay = Math.floor(random() * (early ? 80 : maxDelayMs));
        const result = await runOnce(bundle.worker, dataDir, delay, !early);
        tally.kills += 1;
        if (early) tally.killsBeforeReady += 1;
        const fail = (problem) => tally.failures.push({ run, lane: index, problem, stderr: result.stderr.slice(0, 500) });
        if (result.signal !== 'SIGKILL') fail(`the worker ended by itself (code ${result.code})`);
        for (const line of result.lines) {
          const [kind, a, b, c] = line.split(' ');
          if (kind === 'ack') {
            lastAck = Math.max(lastAck, Number(a));
            tally.acks += 1;
          } else if (kind === 'ready') {
            // The loader must have found exactly what the previous check saw, with nothing to recover.
            if (expectedAtStart !== null && Number(a) !== expectedAtStart) fail(`the worker loaded save ${a}, the file held ${expectedAtStart}`);
            if (b !== 'file' && b !== 'new') fail(`the loader had to recover (source ${b})`);
            if (c !== '0') fail(`the loader reported ${c} notice(s)`);
          } else if (kind === 'error' || kind === 'crash') {
            fail(line);
          }
        }
        const check = checkDataDir(dataDir, lastAck);
        if (!check.ok) {
          fail(check.problem);
          expectedAtStart = null;
          continue;
        }
        expectedAtStart = check.seq;
        tally.highestSave = Math.max(tally.highestSave, check.seq);
        tally.maxFileBytes = Math.max(tally.maxFileBytes, check.bytes);
        tally.strayTempFiles += check.tempFiles;
        onProgress?.(tally);
      }
    };
    await Promise.all(Array.from({ length: lanes }, (_, i) => lane(i)));
  } finally {
    tally.seconds = Math.round((Date.now() - started) / 100) / 10;
    rmSync(root, { recursive: true, force: true });
  }
  return tally;
}

/**
 * One graceful shutdown: a worker with saves pending behind a long debounce gets SIGTERM; the
 * flush-on-exit handler must write the newest of them before the process ends.
 */
export async function runSigtermCheck() {
  const root = mkdtempSync(join(tmpdir(), 'pmo-sigterm-'));
  try {
    const bundle = await bundleStress(join(root, 'bundle'));
    const { checkDataDir } = await import(pathToFileURL(bundle.check).href);
    const dataDir = join(root, 'data');
    mkdirSync(dataDir);
    const result = await new Promise((resolve) => {
      const child = spawn(process.execPath, [bundle.worker, dataDir, 'sigterm'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let scheduled = null;
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const match = /scheduled (\d+)/.exec(out);
        if (match && scheduled === null) {
          scheduled = Number(match[1]);
          child.kill('SIGTERM');
        }
      });
      const safety = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.on('close', (code, signal) => {
        clearTimeout(safety);
        resolve({ code, signal, scheduled, lines: out.trim().split('\n') });
      });
    });
    const acked = result.lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4)));
    return { ...result, acked, check: checkDataDir(dataDir, result.scheduled ?? 0) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
