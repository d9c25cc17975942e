import Conf from 'conf';
import type { SettingsStoreOpener } from '../services/app-settings/settings-store';

/**
 * conf behind the settings port, for the browser bridge and the tests: the engine electron-store wraps,
 * so the files (`<name>.json` in the data folder) are the very ones the desktop app reads.
 */
export function confSettingsOpener(dataDir: string): SettingsStoreOpener {
  return (name) => {
    const store = new Conf<Record<string, unknown>>({ cwd: dataDir, configName: name, clearInvalidConfig: true, watch: false });
    return { read: () => store.store, write: (value) => void (store.store = value) };
  };
}
