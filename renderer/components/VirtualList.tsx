import { useEffect, useRef, useState, type ReactNode } from 'react';

interface VirtualListProps<T> {
  items: readonly T[];
  /** Every row has this height in pixels (rows are single-line by design). */
  rowHeight: number;
  /** Height of the scrolling viewport in pixels. */
  height: number;
  renderRow: (item: T, index: number) => ReactNode;
  getKey: (item: T) => string;
  /** Below this many items every row is rendered (simpler for assistive tech and find-in-page). */
  threshold?: number;
  label: string;
}

/**
 * A windowed list: only the rows in view (plus a margin) are in the DOM, so a plan with thousands of
 * items scrolls smoothly. Small lists render whole.
 */
export function VirtualList<T>({ items, rowHeight, height, renderRow, getKey, threshold = 150, label }: VirtualListProps<T>) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const virtual = items.length > threshold;

  useEffect(() => {
    if (!virtual) setScrollTop(0);
  }, [virtual]);

  if (!virtual) {
    return (
      <ul className="item-list" aria-label={label}>
        {items.map((item, index) => (
          <li key={getKey(item)} style={{ minHeight: rowHeight }}>
            {renderRow(item, index)}
          </li>
        ))}
      </ul>
    );
  }

  const overscan = 8;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return (
    <div ref={viewport} className="virtual-viewport" style={{ height }} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      <ul className="item-list" aria-label={label} aria-rowcount={items.length} style={{ height: items.length * rowHeight, position: 'relative' }}>
        {items.slice(first, last).map((item, offset) => {
          const index = first + offset;
          return (
            <li key={getKey(item)} aria-rowindex={index + 1} style={{ position: 'absolute', top: index * rowHeight, left: 0, right: 0, height: rowHeight }}>
              {renderRow(item, index)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
