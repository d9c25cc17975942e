import { useMemo } from 'react';
import { TREND_WORDS, storyProgress } from '../../../shared/interview/practice-progress';
import { PRACTICE_SET_KIND_LABELS, type Plan } from '../../../shared/model';
import { formatDate } from '../../lib/format';

/** Which stories are getting better, and the last practice runs. */
export function PracticeHistory({ plan }: { plan: Plan }) {
  const progress = useMemo(() => storyProgress(plan), [plan]);
  const storyTitles = new Map(plan.stories.map((s) => [s.id, s.title]));
  const recent = [...plan.practiceSessions].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, 10);
  if (plan.practiceSessions.length === 0) return <p className="muted">No practice yet: your ratings will show here, story by story.</p>;
  return (
    <div className="practice-history">
      <h3>How your stories are doing</h3>
      <ul>
        {[...progress.values()].map((p) => (
          <li key={p.storyId} data-trend={p.trend}>
            <strong>{storyTitles.get(p.storyId) ?? 'A deleted story'}</strong>: {TREND_WORDS[p.trend]} (ratings {p.ratings.join(' → ')})
          </li>
        ))}
        {progress.size === 0 && <li className="muted">No story was revealed in practice yet.</li>}
      </ul>
      <h3>Recent practice</h3>
      <ul>
        {recent.map((s) => (
          <li key={s.id}>
            {formatDate(s.createdAt.slice(0, 10))} · {PRACTICE_SET_KIND_LABELS[s.set]} · {s.answers.length} of {s.questionIds.length} answered
            {s.answers.some((a) => a.note) && ` · to improve: ${s.answers.filter((a) => a.note).map((a) => a.note).join('; ')}`}
          </li>
        ))}
      </ul>
      <p className="muted">The last {plan.practiceSessions.length === 500 ? '500' : plan.practiceSessions.length} runs are kept.</p>
    </div>
  );
}
