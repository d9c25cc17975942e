import * as fs from 'node:fs';
import path from 'node:path';

/**
 * A simulated sync service (Dropbox, OneDrive, Syncthing …) between the computers' local sync folders.
 * It notices what a computer changed in its folder (`scan`) and queues copies to the other folders;
 * the scenario then decides what it does with them, as real services do: deliver late and out of order,
 * twice, half a file first, an older version over a newer one, a conflict copy beside the file.
 * `settle` is the service catching up at last: every folder gets the latest version of every file.
 */

export interface Delivery {
  to: number;
  name: string;
  /** null: the file was removed at its source (a conflict copy moved to quarantine). */
  bytes: Buffer | null;
}

export interface ServiceTally {
  deliveries: number;
  partials: number;
  duplicates: number;
  conflictCopies: number;
  staleVersions: number;
}

export class SimulatedSyncService {
  readonly queue: Delivery[] = [];
  /** What each folder held at the last look: name → bytes (deliveries update it too, so they are not echoed). */
  private readonly known: Map<string, Buffer>[];
  /** Every version of every file the computers wrote, oldest first: what a stale delivery picks from. */
  private readonly history = new Map<string, Buffer[]>();
  /** The newest version of each file (null: removed), which `settle` makes every folder hold. */
  private readonly latest = new Map<string, Buffer | null>();
  readonly tally: ServiceTally = { deliveries: 0, partials: 0, duplicates: 0, conflictCopies: 0, staleVersions: 0 };
  private copies = 0;

  constructor(readonly folders: readonly string[]) {
    this.known = folders.map(() => new Map());
  }

  /** After a computer acted: what changed in its folder is queued for every other folder. */
  scan(from: number): void {
    const now = this.read(from);
    const before = this.known[from]!;
    for (const [name, bytes] of now) {
      if (before.get(name)?.equals(bytes)) continue;
      this.record(name, bytes);
      this.enqueue(from, name, bytes);
    }
    for (const name of before.keys()) {
      if (now.has(name)) continue;
      this.latest.set(name, null);
      this.enqueue(from, name, null);
    }
    this.known[from] = now;
  }

  /** Deliver the queued copy at `pick` (any position: services reorder). */
  deliver(pick: number, how: 'whole' | 'duplicate' | 'partial' | 'conflict-copy' = 'whole'): void {
    if (this.queue.length === 0) return;
    const index = pick % this.queue.length;
    const delivery = this.queue[index]!;
    if (how === 'whole') this.queue.splice(index, 1);
    if (delivery.bytes === null) {
      if (how === 'whole') this.remove(delivery.to, delivery.name);
      return;
    }
    if (how === 'partial') {
      this.tally.partials += 1;
      this.put(delivery.to, delivery.name, delivery.bytes.subarray(0, Math.max(1, Math.floor(delivery.bytes.length / 2))));
    } else if (how === 'conflict-copy') {
      this.tally.conflictCopies += 1;
      this.copies += 1;
      const base = delivery.name.replace(/\.json$/, '');
      const styles = [` (Home PC's conflicted copy 2026-12-0${(this.copies % 9) + 1})`, `.sync-conflict-20261202-1015${String(this.copies % 60).padStart(2, '0')}-ABCDEFG`, ` (${this.copies})`];
      this.put(delivery.to, `${base}${styles[this.copies % styles.length]}.json`, delivery.bytes);
    } else {
      if (how === 'duplicate') this.tally.duplicates += 1;
      this.tally.deliveries += 1;
      this.put(delivery.to, delivery.name, delivery.bytes);
    }
  }

  /** An older version of some file written over the one a folder holds: the classic sync failure. */
  deliverStale(pick: number, to: number): void {
    const names = [...this.history.keys()].filter((name) => this.history.get(name)!.length > 1).sort();
    if (names.length === 0) return;
    const versions = this.history.get(names[pick % names.length]!)!;
    this.tally.staleVersions += 1;
    this.put(to % this.folders.length, names[pick % names.length]!, versions[pick % (versions.length - 1)]!);
  }

  /** The service catches up: the queue is dropped and every folder gets the newest version of every file. */
  settle(): number {
    this.queue.length = 0;
    let changed = 0;
    for (let to = 0; to < this.folders.length; to++) {
      const here = this.read(to);
      for (const [name, bytes] of this.latest) {
        if (bytes === null) {
          if (here.has(name)) {
            this.remove(to, name);
            changed += 1;
          }
        } else if (!here.get(name)?.equals(bytes)) {
          this.put(to, name, bytes);
          changed += 1;
        }
      }
    }
    return changed;
  }

  private enqueue(from: number, name: string, bytes: Buffer | null): void {
    for (let to = 0; to < this.folders.length; to++) if (to !== from) this.queue.push({ to, name, bytes });
  }

  private record(name: string, bytes: Buffer): void {
    this.latest.set(name, bytes);
    const versions = this.history.get(name) ?? [];
    versions.push(bytes);
    if (versions.length > 8) versions.shift();
    this.history.set(name, versions);
  }

  private put(to: number, name: string, bytes: Buffer): void {
    fs.writeFileSync(path.join(this.folders[to]!, name), bytes);
    this.known[to]!.set(name, bytes);
  }

  private remove(to: number, name: string): void {
    fs.rmSync(path.join(this.folders[to]!, name), { force: true });
    this.known[to]!.delete(name);
  }

  private read(folder: number): Map<string, Buffer> {
    const files = new Map<string, Buffer>();
    const dir = this.folders[folder]!;
    if (!fs.existsSync(dir)) return files;
    for (const name of fs.readdirSync(dir)) {
      // Our durable writer's temp files are never synced (real services skip them too, or lose the race).
      if (name.includes('.tmp-')) continue;
      files.set(name, fs.readFileSync(path.join(dir, name)));
    }
    return files;
  }
}
