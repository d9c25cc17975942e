import type { AggregateRow, ListingsAggregate } from '../../../shared/listings';
import { GRADE_LABELS, GRADES } from '../../../shared/listings';
import { GradeBadge } from './GradeBadge';

const MAX_ROWS = 15;

/**
 * The person's priority list across every saved listing: what the roles they look at ask for most (bar
 * length: how many listings ask for it), coloured by where they stand (and said in words beside it).
 */
export function AggregateChart({ aggregate }: { aggregate: ListingsAggregate }) {
  const { rows, listingCount } = aggregate;
  if (listingCount === 0 || rows.length === 0) return null;
  const shown = rows.slice(0, MAX_ROWS);
  return (
    <section className="aggregate" aria-labelledby="aggregate-heading">
      <h2 id="aggregate-heading">What the roles you are looking at ask for most</h2>
      <p className="meta">
        Across your {listingCount} saved {listingCount === 1 ? 'listing' : 'listings'}: each bar is how many ask for it, coloured by where you stand.
        {rows.length > shown.length && ` The top ${shown.length} of ${rows.length} are shown.`}
      </p>
      <ol className="aggregate-bars">
        {shown.map((row) => (
          <AggregateBar key={row.key} row={row} listingCount={listingCount} />
        ))}
      </ol>
      <p className="aggregate-legend meta" aria-hidden="true">
        {GRADES.filter((g) => g !== 'unknown').map((grade) => (
          <span key={grade} className="legend-item">
            <span className={`legend-swatch grade-${grade}`} /> {GRADE_LABELS[grade]}
          </span>
        ))}
      </p>
    </section>
  );
}

function AggregateBar({ row, listingCount }: { row: AggregateRow; listingCount: number }) {
  const share = Math.max(4, Math.round((row.listings / listingCount) * 100));
  const essential = row.essentialIn > 0 ? `, essential in ${row.essentialIn}` : '';
  return (
    <li className="aggregate-row" title={row.reason}>
      <span className="aggregate-label">{row.label}</span>
      <span className="aggregate-track" aria-hidden="true">
        <span className={`aggregate-bar grade-${row.grade}`} style={{ width: `${share}%` }} />
      </span>
      <span className="aggregate-count">
        {row.listings} of {listingCount}
        <span className="visually-hidden">
          {' '}
          listings ask for it{essential}.
        </span>
      </span>
      <GradeBadge grade={row.grade} />
    </li>
  );
}
