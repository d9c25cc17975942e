import type { DraftKind } from '../../../shared/drafts';
import type { ScreenId } from '../../store/navigation-slice';

/** Where each kind of draft is edited: "Resume" on the dashboard goes there, with the item to open. */
export const SCREEN_OF_DRAFT: Record<DraftKind, ScreenId> = {
  achievement: 'achievements',
  milestone: 'milestones',
  skill: 'skills',
  certification: 'certifications',
  'cpd-entry': 'certifications',
  profile: 'settings',
  role: 'settings',
  setup: 'dashboard',
  listing: 'listings',
  story: 'interview',
  question: 'interview',
};
