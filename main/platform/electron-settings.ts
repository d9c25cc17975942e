import type { SettingsStoreOpener } from '../services/app-settings/settings-store';

/**
 * electron-store behind the settings port: the files live in userData, the same folder as the plan.
 * Imported on demand, in the chunk window state already loads, so main's start-up bundle stays small.
 * `clearInvalidConfig` only ever meets a file openSettingsFile has already moved aside when damaged.
 */
export async function electronSettingsOpener(): Promise<SettingsStoreOpener> {
  const { default: ElectronStore } = await import('electron-store');
  return (name) => {
    const store = new ElectronStore<Record<string, unknown>>({ name, clearInvalidConfig: true, watch: false });
    return { read: () => store.store, write: (value) => void (store.store = value) };
  };
}
