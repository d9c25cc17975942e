import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { EVENT_CHANNELS, EVENT_NAMES, METHOD_CHANNELS, METHOD_NAMES } from '../../../shared/ipc/channels';
import { EVENTS, METHODS, PlanSnapshotSchema } from '../../../shared/ipc/contract';
import { createEmptyPlan } from '../../../shared/model';

const ROOT = path.resolve(__dirname, '../../..');
const CHANNELS_FILE = path.join(ROOT, 'shared/ipc/channels.ts');

const sorted = (values: Iterable<string>) => [...values].sort();

describe('the IPC contract', () => {
  it('pairs every method channel with argument and result schemas, and nothing else', () => {
    expect(sorted(Object.keys(METHODS))).toEqual(sorted(Object.keys(METHOD_CHANNELS)));
    expect(sorted(METHOD_NAMES)).toEqual(sorted(Object.keys(METHOD_CHANNELS)));
    for (const name of METHOD_NAMES) {
      expect(METHODS[name].args, name).toBeInstanceOf(z.ZodType);
      expect(METHODS[name].result, name).toBeInstanceOf(z.ZodType);
    }
  });

  it('gives every event a payload schema, and has no schema without a channel', () => {
    expect(sorted(Object.keys(EVENTS))).toEqual(sorted(Object.keys(EVENT_CHANNELS)));
    expect(sorted(EVENT_NAMES)).toEqual(sorted(Object.keys(EVENT_CHANNELS)));
    for (const name of EVENT_NAMES) expect(EVENTS[name].payload, name).toBeInstanceOf(z.ZodType);
  });

  it('uses each channel string once across methods and events', () => {
    const channels = [...Object.values(METHOD_CHANNELS), ...Object.values(EVENT_CHANNELS)];
    expect(channels.length).toBeGreaterThan(0);
    expect(new Set(channels).size).toBe(channels.length);
    // namespace:action, lower-case words joined by single hyphens (e.g. 'plan-file:preview-import').
    for (const channel of channels) expect(channel).toMatch(/^[a-z]+(?:-[a-z]+)*:[a-z]+(?:-[a-z]+)*$/);
  });

  it('takes arguments as fixed tuples: no rest element, extra arguments refused', () => {
    for (const name of METHOD_NAMES) {
      const args = METHODS[name].args;
      expect(args, name).toBeInstanceOf(z.ZodTuple);
      expect(args.def.rest, name).toBeNull();
      const arity = args.def.items.length;
      const tooMany = Array.from({ length: arity + 1 }, () => 'x');
      expect(args.safeParse(tooMany).success, `${name} with ${arity + 1} args`).toBe(false);
      expect(args.safeParse({}).success, `${name} with an object`).toBe(false);
    }
  });

  it('describes the snapshot main really returns and the event it really sends', () => {
    const snapshot = { revision: 0, plan: createEmptyPlan('2026-01-01T00:00:00.000Z'), readOnly: false, notices: [], save: { state: 'saved', message: null } };
    expect(METHODS.getPlan.result.safeParse(snapshot).success).toBe(true);
    const { save: _save, ...withoutSave } = snapshot;
    expect(METHODS.getPlan.result.safeParse(withoutSave).success).toBe(false); // the header needs the save status
    expect(EVENTS.saveStatus.payload.safeParse({ state: 'failed', message: 'The disk is full.' }).success).toBe(true);
    expect(EVENTS.saveStatus.payload.safeParse({ state: 'lost', message: null }).success).toBe(false);
    expect(METHODS.applyChange.result).toBe(PlanSnapshotSchema);
    expect(EVENTS.planChanged.payload.safeParse({ revision: 3 }).success).toBe(true);
    expect(EVENTS.planChanged.payload.safeParse({ revision: -1 }).success).toBe(false);
    expect(METHODS.openExternal.args.safeParse(['x'.repeat(2049)]).success).toBe(false);
  });
});

/** Every .ts/.tsx/.mts file under the source folders, except the channel map itself. */
function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|mts|cts)$/.test(entry.name) && full !== CHANNELS_FILE) files.push(full);
    }
  };
  for (const folder of ['main', 'renderer', 'shared']) walk(path.join(ROOT, folder));
  return files;
}

describe('no channel string is written twice', () => {
  const files = sourceFiles();

  it('scans the real source tree', () => {
    const relative = files.map((file) => path.relative(ROOT, file));
    expect(relative).toEqual(expect.arrayContaining(['main/preload.ts', 'main/ipc/handle.ts', 'shared/ipc/contract.ts', 'renderer/lib/api.ts']));
    expect(relative).not.toContain('shared/ipc/channels.ts');
  });

  it('the channel map itself holds every channel string', () => {
    const text = fs.readFileSync(CHANNELS_FILE, 'utf8');
    for (const channel of [...Object.values(METHOD_CHANNELS), ...Object.values(EVENT_CHANNELS)]) expect(text).toContain(`'${channel}'`);
  });

  it.each([...Object.values(METHOD_CHANNELS), ...Object.values(EVENT_CHANNELS)])('"%s" appears only in channels.ts', (channel) => {
    const offenders = files.filter((file) => fs.readFileSync(file, 'utf8').includes(channel)).map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
