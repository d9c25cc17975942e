import { useEffect, useState } from 'react';
import type { InterviewCoverage } from '../../../shared/insights/interview-coverage';
import type { Plan } from '../../../shared/model';
import { useAppStore } from '../../store';
import { selectPlan } from '../../store/selectors';

const SHOWN = 3;

/**
 * The way into interview prep from the dashboard: how many stories are ready and the first gaps, in
 * words. The coverage code (and the question bank it reads) loads after the dashboard is on screen, so
 * it adds nothing to the start.
 */
export function InterviewPanel() {
  const plan = useAppStore(selectPlan);
  const go = useAppStore((state) => state.go);
  const coverage = useCoverage(plan);
  return (
    <section className="panel" aria-labelledby="interview-panel-heading">
      <h2 id="interview-panel-heading">Interview prep</h2>
      {!coverage ? (
        <p className="meta">Turn your achievements into interview answers, and practise them against the clock.</p>
      ) : coverage.preparedStories === 0 ? (
        <p className="meta">No story is ready yet. Start with a question from the bank and answer it with one of your achievements.</p>
      ) : (
        <p>
          {coverage.preparedStories === 1 ? '1 prepared story covers' : `${coverage.preparedStories} prepared stories cover`} {coverage.themes.filter((t) => t.stories > 0).length} of {coverage.themes.length}{' '}
          interview themes.
        </p>
      )}
      {coverage && coverage.gaps.length > 0 && coverage.preparedStories > 0 && (
        <ul className="compact-list">
          {coverage.gaps.slice(0, SHOWN).map((gap) => (
            <li key={gap.theme}>{gap.message}</li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" className={coverage?.preparedStories ? 'secondary' : undefined} onClick={() => go('interview')}>
          Open interview prep
        </button>
      </div>
    </section>
  );
}

function useCoverage(plan: Plan | null): InterviewCoverage | null {
  const [coverage, setCoverage] = useState<InterviewCoverage | null>(null);
  useEffect(() => {
    if (!plan) return;
    let live = true;
    void import('../../../shared/insights/interview-coverage').then(({ interviewCoverage }) => live && setCoverage(interviewCoverage(plan)));
    return () => {
      live = false;
    };
  }, [plan]);
  return coverage;
}
