import { currentRole } from '../../../shared/cv/export/work-history';
import { localDate } from '../../../shared/model';
import { useAppStore } from '../../store';
import { blankAchievement, type AchievementDraft } from './achievement-draft';

/**
 * Where a new achievement starts, in the full editor and the quick log alike: today's date and the role
 * the person is in now (from their work history), so it lands in the right place on the CV. Both can be
 * cleared. Read from the store when called, not subscribed: it is a starting point, not a binding.
 */
export function newAchievementDefaults(now: Date = new Date()): { date: string; roleId: string | null } {
  const roles = useAppStore.getState().snapshot?.plan.roles ?? [];
  return { date: localDate(now), roleId: currentRole(roles)?.id ?? null };
}

export function newAchievementDraft(id?: string): AchievementDraft {
  return blankAchievement(id, newAchievementDefaults());
}
