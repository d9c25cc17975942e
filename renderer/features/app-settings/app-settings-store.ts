import { create } from 'zustand';
import type { AppSettingsPatch } from '../../../shared/app-settings/schema';
import type { AppSettingsState } from '../../../shared/ipc/app-settings';
import { api, errorMessage } from '../../lib/api';

/**
 * This computer's app settings as main last answered (main owns them; this is a cache). A change is sent
 * at once; a refusal comes back as words for the field, and the stored settings stay as they were.
 */
interface AppSettingsStore {
  state: AppSettingsState | null;
  /** Why the last change was refused, by the part of the settings it was for. */
  problems: Partial<Record<string, string>>;
  load(): Promise<void>;
  /** Send a change; `part` names where its problem is shown (a reminder kind, 'openAtLogin' …). */
  update(part: string, patch: AppSettingsPatch): Promise<boolean>;
}

export const useAppSettingsStore = create<AppSettingsStore>((set) => ({
  state: null,
  problems: {},

  async load() {
    try {
      set({ state: await api.getAppSettings() });
    } catch (error) {
      set({ problems: { load: errorMessage(error) } });
    }
  },

  async update(part, patch) {
    try {
      const state = await api.updateAppSettings(patch);
      set((current) => ({ state, problems: { ...current.problems, [part]: undefined } }));
      return true;
    } catch (error) {
      set((current) => ({ problems: { ...current.problems, [part]: errorMessage(error) } }));
      // A change main kept but could not save (a full disk) is in force: show what main now holds.
      void api.getAppSettings().then((state) => set({ state }), () => undefined);
      return false;
    }
  },
}));
