import { formatDate } from '../../lib/format';
import { QuickLogAchievement } from '../achievements/QuickLogAchievement';
import { useAppStore } from '../../store';

const SHOWN = 5;

/** The latest achievements, newest first (by their date, else when they were logged). */
export function RecentAchievements() {
  const achievements = useAppStore((state) => state.snapshot?.plan.achievements ?? []);
  const go = useAppStore((state) => state.go);
  const recent = [...achievements].sort((a, b) => (b.date ?? b.createdAt).localeCompare(a.date ?? a.createdAt)).slice(0, SHOWN);
  return (
    <section className="panel" aria-labelledby="recent-achievements-heading">
      <h2 id="recent-achievements-heading">Recent achievements</h2>
      {recent.length === 0 ? (
        <p className="meta">Nothing logged yet. Achievements are what you will talk about at interview: log one below as soon as it happens.</p>
      ) : (
        <ul className="compact-list">
          {recent.map((achievement) => (
            <li key={achievement.id}>
              <button type="button" className="link-button" onClick={() => go('achievements', achievement.id)}>
                {achievement.title}
              </button>
              <span className="meta">{achievement.date ? formatDate(achievement.date) : ''}</span>
            </li>
          ))}
        </ul>
      )}
      <QuickLogAchievement />
    </section>
  );
}
