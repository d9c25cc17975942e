import { join } from 'node:path';
import { errnoOf, type StorageFs } from '../../storage/fs-port';
import { parseDocument } from '../../storage/plan-codec';
import { moveToQuarantine } from '../../storage/quarantine';

/**
 * One small settings file beside the plan (`<name>.json` in the data folder): the port the services use,
 * with electron-store behind it in the app and conf (the engine electron-store is built on: same file,
 * same format, atomic writes) in the browser bridge and the tests.
 */
export interface SettingsStore {
  /** The whole file as stored (unchecked: the caller validates). */
  read(): unknown;
  /** Replace the whole file; throws when the disk refuses (the caller keeps the value in memory). */
  write(value: Record<string, unknown>): void;
}

/** Opens `<name>.json` in the data folder. Only called once the file is known to be readable JSON or absent. */
export type SettingsStoreOpener = (name: string) => SettingsStore;

export interface OpenedSettings {
  store: SettingsStore;
  /** Plain words when the file could not be read and was moved aside; null when all was well. */
  problem: string | null;
}

/**
 * Before the store sees the file: one that is not a JSON object is moved to `quarantine/` (never deleted;
 * electron-store's own answer would be to empty it) and the settings start from their defaults. A file
 * that cannot be read at all is left alone, and the store runs in memory so it is never overwritten.
 */
export function openSettingsFile(fs: StorageFs, dataDir: string, name: string, open: SettingsStoreOpener, now: Date): OpenedSettings {
  const path = join(dataDir, `${name}.json`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return { store: open(name), problem: null };
    return { store: memoryStore({}), problem: `${describe(name)} could not be read (${errnoOf(error) ?? 'error'}); the defaults are used until PMO Pathway restarts.` };
  }
  const parsed = parseDocument(bytes);
  const isObject = !('reason' in parsed) && typeof parsed.doc === 'object' && parsed.doc !== null && !Array.isArray(parsed.doc);
  if (isObject) return { store: open(name), problem: null };
  const reason = 'reason' in parsed ? parsed.reason : 'it holds no settings';
  try {
    const moved = moveToQuarantine(fs, dataDir, path, name, now);
    return { store: open(name), problem: `${describe(name)} could not be read (${reason}), so the defaults are back. The old file was moved to ${moved}.` };
  } catch (error) {
    return { store: memoryStore({}), problem: `${describe(name)} could not be read (${reason}) nor moved aside (${errnoOf(error) ?? 'error'}); the defaults are used until PMO Pathway restarts.` };
  }
}

/** A store that lives only in memory: for a file that must not be touched, and for tests of the services. */
export function memoryStore(initial: Record<string, unknown>): SettingsStore {
  let value = initial;
  return { read: () => value, write: (next) => void (value = next) };
}

function describe(name: string): string {
  return name === 'app-settings' ? 'Your app settings' : `The file ${name}.json`;
}
