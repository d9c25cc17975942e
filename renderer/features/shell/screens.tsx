import { useEffect, useState, type ComponentType } from 'react';
import type { AppCommand } from '../../../shared/commands';
import type { ScreenId } from '../../store/navigation-slice';

/** Code loaded on first use (a screen, the first-run set-up), shown through useLazyView. */
export interface LazyView {
  /** Load the code (once; again after a failure); resolves when `loaded` is set. */
  load(): Promise<unknown>;
  /** The component once its code is loaded, else null. */
  readonly loaded: ComponentType | null;
}

export function lazyView(importer: () => Promise<{ default: ComponentType }>): LazyView {
  let loaded: ComponentType | null = null;
  let loading: Promise<unknown> | null = null;
  return {
    load: () =>
      (loading ??= importer().then(
        (module) => (loaded = module.default),
        (error: unknown) => {
          loading = null; // a later visit tries again
          throw error;
        },
      )),
    get loaded() {
      return loaded;
    },
  };
}

/**
 * The component of `view`, or null while its code loads (nothing is loaded for a null view); `failed`
 * when it could not load. Not React.lazy + Suspense: a view that suspends shows Suspense's fallback, and
 * React then holds the loaded view back until 300 ms after that fallback appeared (FALLBACK_THROTTLE_MS).
 * That delay was most of the time to show the plan at start-up (`npm run bench`), and a visible lag on
 * each first visit of a screen. App calls this from its first render, so the first screen's code loads
 * while the plan does.
 */
export function useLazyView(view: LazyView | null): { View: ComponentType | null; failed: boolean } {
  const [, setLoads] = useState(0);
  const [failedView, setFailedView] = useState<LazyView | null>(null);
  const View = view?.loaded ?? null;
  useEffect(() => {
    if (!view || View) return;
    let live = true;
    view.load().then(
      () => live && setLoads((n) => n + 1),
      () => live && setFailedView(view),
    );
    return () => {
      live = false;
    };
  }, [view, View]);
  return { View, failed: view !== null && failedView === view };
}

export interface ScreenEntry extends LazyView {
  id: ScreenId;
  label: string;
  /** The command (and so the shortcut) that opens it. */
  command: AppCommand;
}

function screen(id: ScreenId, label: string, command: AppCommand, importer: () => Promise<{ default: ComponentType }>): ScreenEntry {
  const view = lazyView(importer);
  return {
    id,
    label,
    command,
    load: view.load,
    get loaded() {
      return view.loaded;
    },
  };
}

/**
 * Every screen of the app, in sidebar order. Each loads on first visit, which keeps start-up light;
 * a screen file's default export is its component.
 */
export const SCREENS: readonly ScreenEntry[] = [
  screen('dashboard', 'Dashboard', 'go-dashboard', () => import('../dashboard/DashboardScreen')),
  screen('milestones', 'Milestones', 'go-milestones', () => import('../milestones/MilestonesScreen')),
  screen('skills', 'Skills', 'go-skills', () => import('../skills/SkillsScreen')),
  screen('certifications', 'Certifications', 'go-certifications', () => import('../certifications/CertificationsScreen')),
  screen('achievements', 'Achievements', 'go-achievements', () => import('../achievements/AchievementsScreen')),
  screen('listings', 'Job listings', 'go-listings', () => import('../listings/ListingsScreen')),
  screen('interview', 'Interviews', 'go-interview', () => import('../interview/InterviewScreen')),
  screen('export', 'Export', 'go-export', () => import('../export/ExportScreen')),
  screen('backups', 'Backups', 'go-backups', () => import('../backups/BackupsScreen')),
  screen('cv-import', 'Import a CV', 'go-cv-import', () => import('../cv-import/CvImportScreen')),
  screen('settings', 'Settings', 'go-settings', () => import('../settings/SettingsScreen')),
];

export function findScreen(id: ScreenId): ScreenEntry {
  return SCREENS.find((screen) => screen.id === id) ?? SCREENS[0]!;
}
