import * as fs from 'node:fs';
import path from 'node:path';
import { AchievementFieldsSchema, SkillFieldsSchema, type Plan } from '../../../shared/model';
import { makeTempDir } from '../temp-plan';
import { SimComputer } from './sim-computer';
import type { SimScenario } from './sim-scenario';
import { SimulatedSyncService, type ServiceTally } from './sim-service';

/**
 * Runs one scenario and checks what issue 18 promises once the simulated sync has settled: every
 * computer shows the same plan, and every acknowledged edit is in it, unless an edit made on top of it
 * replaced it, or a concurrent later edit won (then the replaced version is in a backup). Nothing in
 * the final plan was never written by anyone.
 */

export interface ScenarioOutcome {
  problems: string[];
  tally: ServiceTally & { edits: number; acknowledged: number; kills: number; passes: number; lostKept: number; settleRounds: number };
}

type Collection = 'achievements' | 'skills';
const NAMES = ['Work laptop', 'Home PC', 'Old desktop'];
const START = Date.UTC(2026, 11, 2, 9, 0, 0);

interface Version {
  tag: string;
  key: string;
  acked: boolean;
  /** For a deletion: the version it removed (what that computer showed). */
  removed: string | null;
}

export async function runScenario(scenario: SimScenario): Promise<ScenarioOutcome> {
  let now = START;
  const folders = Array.from({ length: scenario.computers }, () => makeTempDir('pmo-sim-folder-'));
  const service = new SimulatedSyncService(folders);
  const computers = folders.map((_, i) => new SimComputer(i, NAMES[i]!, makeTempDir('pmo-sim-data-'), { now: () => new Date(now + scenario.skews[i]!) }));
  const versions = new Map<string, Version>();
  const superseded = new Set<string>();
  const tally = { edits: 0, acknowledged: 0, kills: 0, passes: 0, lostKept: 0, settleRounds: 0 };
  let counter = 0;

  const up = async (c: SimComputer) => {
    if (!c.up) c.start(null);
    return c.app!;
  };
  for (const c of computers) {
    c.start(folders[c.index]!);
    await Promise.resolve();
    service.scan(c.index);
  }

  for (const step of scenario.steps) {
    switch (step.kind) {
      case 'wait':
        now += step.ms;
        break;
      case 'kill':
        if (computers[step.computer]!.up) tally.kills += 1;
        computers[step.computer]!.kill();
        break;
      case 'sync': {
        const app = await up(computers[step.computer]!);
        app.services.sync.check();
        tally.passes += 1;
        service.scan(step.computer);
        break;
      }
      case 'rename-person': {
        const app = await up(computers[step.computer]!);
        app.services.plan.apply({ type: 'profile.update', patch: { name: `Person ${++counter}` } });
        break;
      }
      case 'edit': {
        const c = computers[step.computer]!;
        const app = await up(c);
        const plan = app.services.plan.current;
        const id = `${step.collection === 'skills' ? 's' : 'a'}${step.id}`;
        const key = `${step.collection}:${id}`;
        const held = currentTag(plan, step.collection, id);
        if (step.remove && held === null) break;
        const tag = step.remove ? `deleted-${++counter}` : `${c.name} ${++counter}`;
        app.services.plan.apply(
          step.remove
            ? { type: 'item.delete', collection: step.collection, id }
            : step.collection === 'skills'
              ? { type: 'skill.put', item: SkillFieldsSchema.parse({ id, name: tag, area: 'business' }) }
              : { type: 'achievement.put', item: AchievementFieldsSchema.parse({ id, title: tag }) },
        );
        tally.edits += 1;
        if (held !== null) superseded.add(held);
        // Acknowledged = the writer said it is on disk; unsaved edits may die with a kill.
        const acked = step.save && app.services.plan.flush();
        if (acked) tally.acknowledged += 1;
        versions.set(tag, { tag, key, acked, removed: step.remove ? held : null });
        break;
      }
      case 'deliver':
        service.deliver(step.pick, step.how);
        break;
      case 'stale':
        service.deliverStale(step.pick, step.to);
        break;
    }
  }

  // The service catches up, every computer is running again and checks, until nothing moves.
  for (const c of computers) await up(c);
  for (let round = 0; round < 30; round++) {
    tally.settleRounds = round + 1;
    now += 60_000;
    const delivered = service.settle();
    for (const c of computers) {
      c.app!.services.sync.check();
      service.scan(c.index);
    }
    if (delivered === 0 && service.queue.length === 0) break;
  }

  const problems: string[] = [];
  const plans = computers.map((c) => c.app!.services.plan.current);
  const shown = plans.map((p) => JSON.stringify(comparable(p)));
  for (let i = 1; i < shown.length; i++) if (shown[i] !== shown[0]) problems.push(`${computers[i]!.name} shows a different plan from ${computers[0]!.name}:\n  ${shown[0]}\n  ${shown[i]}`);
  const final = plans[0]!;
  const kept = keptVersions(computers);
  for (const version of versions.values()) {
    if (!version.acked) continue;
    const [collection, id] = version.key.split(':') as [Collection, string];
    const now = currentTag(final, collection, id);
    // A deletion removed the version that computer showed; a version made elsewhere meanwhile is not undone by it.
    const isDelete = version.removed !== null;
    if (isDelete ? now !== version.removed : now === version.tag) continue;
    if (superseded.has(version.tag)) continue;
    if (isDelete ? kept.deletions.has(version.key) : kept.tags.has(version.tag)) {
      tally.lostKept += 1;
      continue;
    }
    problems.push(`acknowledged ${isDelete ? 'deletion of' : 'edit'} ${version.key} "${version.tag}" is gone (final: ${now ?? 'absent'}) and kept nowhere`);
  }
  for (const collection of ['achievements', 'skills'] as const) {
    for (const item of final[collection] as { id: string }[]) {
      const tag = currentTag(final, collection, item.id)!;
      if (!versions.has(tag)) problems.push(`${collection}:${item.id} "${tag}" was never written by anyone`);
    }
  }
  for (const c of computers) c.app!.close();
  return { problems, tally: { ...service.tally, ...tally } };
}

function currentTag(plan: Plan, collection: Collection, id: string): string | null {
  const item = (plan[collection] as { id: string; title?: string; name?: string }[]).find((i) => i.id === id);
  return item ? (item.title ?? item.name ?? null) : null;
}

function comparable(plan: Plan) {
  return { profile: plan.profile, achievements: plan.achievements, skills: plan.skills };
}

/** Versions kept: an edit in some computer's backups; a deletion (a backup cannot hold one) on a computer's list of lost versions. */
function keptVersions(computers: readonly SimComputer[]): { tags: Set<string>; deletions: Set<string> } {
  const tags = new Set<string>();
  const deletions = new Set<string>();
  for (const c of computers) {
    const backups = path.join(c.dataDir, 'backups');
    for (const name of fs.existsSync(backups) ? fs.readdirSync(backups) : []) {
      const plan = JSON.parse(fs.readFileSync(path.join(backups, name), 'utf8')) as Plan;
      for (const a of plan.achievements ?? []) tags.add(a.title);
      for (const s of plan.skills ?? []) tags.add(s.name);
    }
    for (const conflict of c.app!.services.sync.state().conflicts) {
      if (conflict.kind === 'deletion') deletions.add(`${conflict.collection}:${conflictId(conflict.key)}`);
    }
  }
  return { tags, deletions };
}

function conflictId(key: string): string {
  return key.split(':')[1]!;
}
