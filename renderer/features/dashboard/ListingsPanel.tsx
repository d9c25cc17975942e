import { useMemo } from 'react';
import { aggregateListings, GRADE_LABELS } from '../../../shared/listings';
import { useToday } from '../../hooks/useToday';
import { newId } from '../../lib/ids';
import { useAppStore } from '../../store';
import { selectPlan } from '../../store/selectors';
import { useWarmAnalyses } from '../listings/useWarmAnalyses';

const SHOWN = 3;

/** The way into job listings from the dashboard: what the saved ones ask for that the plan lacks most. */
export function ListingsPanel() {
  const plan = useAppStore(selectPlan);
  const go = useAppStore((state) => state.go);
  const today = useToday();
  const warm = useWarmAnalyses(plan);
  const aggregate = useMemo(() => (plan && plan.listings.length > 0 && warm.ready ? aggregateListings(plan, today) : null), [plan, today, warm.ready]);
  const gaps = aggregate?.rows.filter((row) => row.grade === 'missing' || row.grade === 'planned').slice(0, SHOWN) ?? [];
  return (
    <section className="panel" aria-labelledby="listings-panel-heading">
      <h2 id="listings-panel-heading">Job listings</h2>
      {!aggregate ? (
        <p className="meta">
          {warm.total > 0 ? `Comparing your ${warm.total} saved listings with your plan…` : 'Paste a PMO job advert to see what it asks for against your plan, and where to focus.'}
        </p>
      ) : gaps.length === 0 ? (
        <p>Your plan covers what your {aggregate.listingCount} saved listings ask for most.</p>
      ) : (
        <>
          <p className="meta">
            What your {aggregate.listingCount} saved {aggregate.listingCount === 1 ? 'listing asks' : 'listings ask'} for that you have not covered yet:
          </p>
          <ul className="compact-list">
            {gaps.map((row) => (
              <li key={row.key}>
                <span>{row.label}</span>
                <span className="meta">
                  {row.listings} of {aggregate.listingCount} · {GRADE_LABELS[row.grade]}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="actions">
        {warm.total > 0 && (
          <button type="button" className="secondary" onClick={() => go('listings')}>
            Open job listings
          </button>
        )}
        <button type="button" className={aggregate ? 'secondary' : undefined} onClick={() => go('listings', newId())}>
          Add a job listing
        </button>
      </div>
    </section>
  );
}
