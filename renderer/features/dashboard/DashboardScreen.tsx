import { useAppStore } from '../../store';
import { selectProfile } from '../../store/selectors';
import { formatDate } from '../../lib/format';
import { DraftOffers } from '../drafts/DraftOffers';
import { SCREEN_OF_DRAFT } from '../drafts/draft-screens';
import { UpdatesCard } from '../updates/UpdatesCard';
import { CertificationTimeline } from './CertificationTimeline';
import { InterviewPanel } from './InterviewPanel';
import { ListingsPanel } from './ListingsPanel';
import { MilestonesPanel } from './MilestonesPanel';
import { ReadinessPanel } from './ReadinessPanel';
import { RecentAchievements } from './RecentAchievements';
import { SkillsChart } from './SkillsChart';

/** Set-up resumes by itself when it runs again, so only the drafts of screens are offered here. */
const OFFERED_HERE = ['achievement', 'milestone', 'skill', 'certification', 'cpd-entry', 'profile', 'role', 'listing', 'story', 'question'] as const;

export default function DashboardScreen() {
  const profile = useAppStore(selectProfile);
  const go = useAppStore((state) => state.go);
  const target = profile?.targetRole || 'a PMO role';
  return (
    <section aria-labelledby="dashboard-heading" className="screen">
      <header className="screen-header">
        <div>
          <h1 id="dashboard-heading">{profile?.name ? `${profile.name}’s path` : 'Your path'} to {target}</h1>
          {profile?.targetDate && <p className="meta">Target date: {formatDate(profile.targetDate)}</p>}
        </div>
      </header>
      <UpdatesCard />
      <DraftOffers kinds={OFFERED_HERE} onResume={(draft) => go(SCREEN_OF_DRAFT[draft.kind], draft.itemId)} />
      <div className="dashboard-grid">
        <ReadinessPanel />
        <MilestonesPanel />
        <SkillsChart />
        <CertificationTimeline />
        <RecentAchievements />
        <ListingsPanel />
        <InterviewPanel />
      </div>
    </section>
  );
}
