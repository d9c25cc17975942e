/**
 * Kill -9 stress worker: opens the data folder through the real storage layer (recovery included),
 * then saves a growing plan in a loop until it is killed. After each ACKNOWLEDGED save (the writer's
 * onSaved, i.e. after rename + folder fsync) it prints `ack <seq>`; the driver then checks that the
 * file on disk holds at least that save. Bundled to plain ESM by kill-stress.mjs (Node 20 has no tsx).
 *
 * Usage: node worker.mjs <dataDir> [sigterm]
 * With `sigterm` it schedules a few saves behind a one-minute debounce and waits: only the
 * flush-on-SIGTERM handler can put them on disk, which is what the driver then checks.
 */
import { writeSync } from 'node:fs';
import { MilestoneSchema, type Plan } from '../../shared/model';
import { openDurablePlan } from '../../main/storage/durable-plan';
import { flushOnExit } from '../../main/storage/exit-flush';
import { seqOf } from './check';

/** Milestones kept in the plan: enough for ~100 KB files, well under the schema's limit. */
const MAX_MILESTONES = 300;

function say(line: string): void {
  // Synchronous, so an `ack` line is in the pipe before the next save starts.
  writeSync(1, `${line}\n`);
}

function grow(plan: Plan, seq: number): Plan {
  const at = new Date().toISOString();
  const milestones = [...plan.milestones, MilestoneSchema.parse({ id: `m${seq}`, title: `Milestone ${seq}`, createdAt: at, updatedAt: at })];
  return {
    ...plan,
    // Lengths vary from save to save, so a torn or mixed file could not pass for a whole one.
    profile: { ...plan.profile, currentRole: `save ${seq}`, name: 'x'.repeat(Math.floor(Math.random() * 200)) },
    milestones: milestones.slice(-MAX_MILESTONES),
    updatedAt: at,
  };
}

async function main(): Promise<void> {
  const [dataDir, mode] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: worker.mjs <dataDir> [sigterm]');
  const sigterm = mode === 'sigterm';
  const storage = openDurablePlan({
    dataDir,
    debounceMs: sigterm ? 60_000 : 1,
    backupIntervalMs: 30, // many backups, so kills also land in the middle of snapshots and pruning
    onError: (error) => say(`error ${error.code} ${error.message}`),
    onSaved: (saved) => say(`ack ${seqOf(saved)}`),
  });
  let plan = storage.loaded.plan;
  let seq = seqOf(plan);
  say(`ready ${seq} ${storage.loaded.source} ${storage.loaded.notices.length}`);
  if (sigterm) {
    flushOnExit(storage.writer);
    for (let i = 0; i < 5; i++) storage.writer.schedule((plan = grow(plan, ++seq)));
    say(`scheduled ${seq}`);
    setInterval(() => {}, 60_000); // stay alive until the signal comes
    return;
  }
  for (;;) {
    seq += 1;
    plan = grow(plan, seq);
    storage.writer.schedule(plan);
    // Half the saves go through flush() (the quit path), half through the debounce timer.
    if (seq % 2 === 0) storage.writer.flush();
    else await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

main().catch((error: unknown) => {
  say(`crash ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
