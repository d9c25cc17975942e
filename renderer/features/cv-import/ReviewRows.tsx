import type { ReactNode } from 'react';
import { useProgressiveCount } from '../../hooks/useProgressiveCount';
import { withTicked, type Review, type ReviewGroup } from '../../../shared/cv-import/review';

/** What every group of the review is given: the review, how to change it, and the rows the plan would refuse. */
export interface ReviewGroupProps {
  review: Review;
  onChange(review: Review): void;
  problems: ReadonlyMap<string, string>;
}

interface ReviewRowsProps<T extends { key: string }> extends ReviewGroupProps {
  group: ReviewGroup;
  title: string;
  items: readonly T[];
  /** The row's name, read with its checkbox ("Import: Project Manager, Northwind Health"). */
  nameOf(item: T): string;
  /** The row's editable fields (shown while it is ticked). */
  fields(item: T): ReactNode;
  /** Rows under one heading of their own (an achievement's role), else all in one list. */
  sections?: { heading: string; keys: ReadonlySet<string> }[];
}

/**
 * One group of what a CV holds: a heading with its count and "tick all / none", then a row per item with
 * a checkbox, its editable fields and what the plan would refuse in them. An item the plan already has
 * says so and cannot be ticked, so it is never added twice.
 */
export function ReviewRows<T extends { key: string }>({ group, title, items, review, onChange, nameOf, fields, problems, sections }: ReviewRowsProps<T>) {
  // Starts again for each file read (startReview makes a new `existing`), not on an edit or a tick.
  const shown = useProgressiveCount(items.length, review.existing);
  if (items.length === 0) return null;
  const drawn = shown === items.length ? items : items.slice(0, shown);
  const known = review.existing[group];
  const offered = items.filter((item) => !known.has(item.key)).map((item) => item.key);
  const ticked = offered.filter((key) => review.selection.keys.has(key)).length;
  const headingId = `review-${group}`;

  const row = (item: T) => {
    const already = known.has(item.key);
    const on = !already && review.selection.keys.has(item.key);
    const problem = on ? problems.get(item.key) : undefined;
    return (
      <li key={item.key} className={`review-row${already ? ' already' : ''}${on ? '' : ' off'}`}>
        <label className="review-tick">
          <input type="checkbox" checked={on} disabled={already} onChange={(e) => onChange(withTicked(review, [item.key], e.target.checked))} />
          <span className="visually-hidden">Import: </span>
          <span className="review-name">{nameOf(item)}</span>
        </label>
        {already ? <span className="chip">Already in your plan</span> : on && <div className="review-fields">{fields(item)}</div>}
        {problem && (
          <p className="field-problem" role="alert">
            {problem}
          </p>
        )}
      </li>
    );
  };

  return (
    <section className="review-group" aria-labelledby={headingId}>
      <div className="review-group-head">
        <h3 id={headingId}>
          {title} <span className="meta">{offered.length === items.length ? `${ticked} of ${items.length} ticked` : `${ticked} of ${offered.length} new ticked, ${items.length - offered.length} already in your plan`}</span>
        </h3>
        {offered.length > 1 && (
          <span className="review-group-actions">
            <button type="button" className="link-button" onClick={() => onChange(withTicked(review, offered, true))} aria-label={`Tick all ${title.toLowerCase()}`}>
              Tick all
            </button>
            <button type="button" className="link-button" onClick={() => onChange(withTicked(review, offered, false))} aria-label={`Untick all ${title.toLowerCase()}`}>
              Untick all
            </button>
          </span>
        )}
      </div>
      {sections ? (
        sections.map((section) => {
          const inSection = drawn.filter((item) => section.keys.has(item.key));
          return inSection.length === 0 ? null : (
            <div key={section.heading} className="review-section">
              <h4>{section.heading}</h4>
              <ul className="review-list">{inSection.map(row)}</ul>
            </div>
          );
        })
      ) : (
        <ul className="review-list">{drawn.map(row)}</ul>
      )}
    </section>
  );
}
