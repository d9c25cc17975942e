import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { AppCommand } from '../../../shared/commands';
import type { ScreenId } from '../../store/navigation-slice';

export interface ScreenEntry {
  id: ScreenId;
  label: string;
  /** The command (and so the shortcut) that opens it. */
  command: AppCommand;
  component: LazyExoticComponent<ComponentType>;
}

/**
 * Every screen of the app, in sidebar order. Each loads on first visit, which keeps start-up light;
 * a screen file's default export is its component.
 */
export const SCREENS: readonly ScreenEntry[] = [
  { id: 'dashboard', label: 'Dashboard', command: 'go-dashboard', component: lazy(() => import('../dashboard/DashboardScreen')) },
  { id: 'milestones', label: 'Milestones', command: 'go-milestones', component: lazy(() => import('../milestones/MilestonesScreen')) },
  { id: 'skills', label: 'Skills', command: 'go-skills', component: lazy(() => import('../skills/SkillsScreen')) },
  { id: 'certifications', label: 'Certifications', command: 'go-certifications', component: lazy(() => import('../certifications/CertificationsScreen')) },
  { id: 'achievements', label: 'Achievements', command: 'go-achievements', component: lazy(() => import('../achievements/AchievementsScreen')) },
  { id: 'export', label: 'Export', command: 'go-export', component: lazy(() => import('../export/ExportScreen')) },
  { id: 'backups', label: 'Backups', command: 'go-backups', component: lazy(() => import('../backups/BackupsScreen')) },
  { id: 'settings', label: 'Settings', command: 'go-settings', component: lazy(() => import('../settings/SettingsScreen')) },
];

export function findScreen(id: ScreenId): ScreenEntry {
  return SCREENS.find((screen) => screen.id === id) ?? SCREENS[0]!;
}
