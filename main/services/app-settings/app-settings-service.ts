import { AppSettingsPatchSchema, AppSettingsSchema, readAppSettings, withPatch, type AppSettings, type AppSettingsPatch, type SyncSettings } from '../../../shared/app-settings/schema';
import { ApiError } from '../../../shared/ipc/errors';
import type { SettingsStore } from './settings-store';

/** What the shell can do about starting at log-in; absent in the browser bridge, which has no log-in. */
export interface LoginItemPort {
  /** Register (or remove) the app as something the OS starts, hidden, when the person logs in. */
  setOpenAtLogin(open: boolean): void;
}

export type AppSettingsListener = (settings: AppSettings) => void;

/**
 * This computer's app settings, read once and kept in memory; every change is checked, written through
 * the store and told to listeners (the reminder scheduler re-checks with the new timings). A write the
 * disk refuses keeps the change for this run and says so, rather than losing it silently.
 */
export class AppSettingsService {
  private settings: AppSettings;
  private readonly listeners = new Set<AppSettingsListener>();

  constructor(
    private readonly store: SettingsStore,
    private readonly loginItem: LoginItemPort | null = null,
  ) {
    this.settings = readAppSettings(store.read());
  }

  get(): AppSettings {
    return this.settings;
  }

  /** True when the shell can start the app at log-in (the desktop app; not the browser bridge). */
  get canOpenAtLogin(): boolean {
    return this.loginItem !== null;
  }

  update(patch: AppSettingsPatch): AppSettings {
    // The contract has parsed the patch already; parsing again keeps direct callers (tests, main) honest.
    const checked = AppSettingsPatchSchema.safeParse(patch);
    if (!checked.success) throw new ApiError('validation', checked.error.issues[0]?.message ?? 'That setting cannot be used.');
    if (checked.data.openAtLogin !== undefined && !this.loginItem) {
      throw new ApiError('invalid-argument', 'Opening at log-in is a setting of the desktop app; the browser version cannot start itself.');
    }
    const next = withPatch(this.settings, checked.data);
    if (checked.data.openAtLogin !== undefined && checked.data.openAtLogin !== this.settings.openAtLogin) {
      try {
        this.loginItem!.setOpenAtLogin(checked.data.openAtLogin);
      } catch (error) {
        throw new ApiError('io', `Your computer did not accept the change to opening at log-in: ${(error as Error).message}`);
      }
    }
    return this.keep(next);
  }

  /**
   * The sync folder settings, changed by the sync service only once it has checked the folder (they are
   * not in the page's patch). Throws ApiError('io') when the change could not be written.
   */
  updateSync(patch: Partial<SyncSettings>): AppSettings {
    return this.keep(AppSettingsSchema.parse({ ...this.settings, sync: { ...this.settings.sync, ...patch } }));
  }

  private keep(next: AppSettings): AppSettings {
    this.settings = next;
    let unsaved: string | null = null;
    try {
      this.store.write(next as unknown as Record<string, unknown>);
    } catch (error) {
      unsaved = (error as Error).message;
    }
    for (const listener of this.listeners) listener(next);
    if (unsaved !== null) throw new ApiError('io', `The setting is used until PMO Pathway closes, but it could not be saved: ${unsaved}`);
    return next;
  }

  subscribe(listener: AppSettingsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
