import { useAppStore } from '../../store';
import { selectProfile } from '../../store/selectors';
import { formatDate } from '../../lib/format';
import { CertificationTimeline } from './CertificationTimeline';
import { MilestonesPanel } from './MilestonesPanel';
import { ReadinessPanel } from './ReadinessPanel';
import { RecentAchievements } from './RecentAchievements';
import { SkillsChart } from './SkillsChart';

export default function DashboardScreen() {
  const profile = useAppStore(selectProfile);
  const target = profile?.targetRole || 'a PMO role';
  return (
    <section aria-labelledby="dashboard-heading" className="screen">
      <header className="screen-header">
        <div>
          <h1 id="dashboard-heading">{profile?.name ? `${profile.name}’s path` : 'Your path'} to {target}</h1>
          {profile?.targetDate && <p className="meta">Target date: {formatDate(profile.targetDate)}</p>}
        </div>
      </header>
      <div className="dashboard-grid">
        <ReadinessPanel />
        <MilestonesPanel />
        <SkillsChart />
        <CertificationTimeline />
        <RecentAchievements />
      </div>
    </section>
  );
}
