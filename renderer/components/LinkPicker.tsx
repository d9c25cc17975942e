import { useId, useState, type CSSProperties, type ReactNode } from 'react';

interface LinkPickerProps {
  legend: string;
  options: readonly { id: string; label: string }[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  emptyText: string;
}

/** Choose linked items with checkboxes; a filter box appears when the list is long. */
export function LinkPicker({ legend, options, selected, onChange, emptyText }: LinkPickerProps) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const needle = filter.trim().toLocaleLowerCase('en-GB');
  const shown = needle ? options.filter((o) => o.label.toLocaleLowerCase('en-GB').includes(needle)) : options;
  const chosen = new Set(selected);

  function toggle(id: string) {
    onChange(chosen.has(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  }

  return (
    <fieldset className="link-picker">
      <legend>
        {legend} {selected.length > 0 && <span className="meta">({selected.length} linked)</span>}
      </legend>
      {options.length === 0 && <p className="meta">{emptyText}</p>}
      {options.length > 8 && (
        <>
          <label htmlFor={filterId} className="visually-hidden">
            Filter {legend.toLowerCase()}
          </label>
          <input id={filterId} type="search" placeholder={`Filter ${legend.toLowerCase()}`} value={filter} onChange={(e) => setFilter(e.target.value)} />
        </>
      )}
      {shown.length > WINDOW_FROM ? (
        <WindowedOptions count={shown.length}>
          {(index, style) => {
            const option = shown[index]!;
            return (
              <label key={option.id} className="check" title={option.label} style={style}>
                <input type="checkbox" checked={chosen.has(option.id)} onChange={() => toggle(option.id)} />
                <span style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{option.label}</span>
              </label>
            );
          }}
        </WindowedOptions>
      ) : (
        <div className="link-options">
          {shown.map((option) => (
            <label key={option.id} className="check">
              <input type="checkbox" checked={chosen.has(option.id)} onChange={() => toggle(option.id)} />
              {option.label}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}

/**
 * Long option lists are windowed: only the options in view are in the DOM, one line each. Rendering every
 * option of a big plan (hundreds of achievements) made opening an editor a long task of 50-80 ms
 * (`npm run bench`); the box shows about six at a time anyway, and the filter finds the rest.
 */
const WINDOW_FROM = 60;
const ROW_HEIGHT = 28;
const VIEWPORT_HEIGHT = 160; // .link-options' max-height (10rem)
const OVERSCAN = 6;

function WindowedOptions({ count, children }: { count: number; children: (index: number, style: CSSProperties) => ReactNode }) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.min(count, Math.floor(scrollTop / ROW_HEIGHT)) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + VIEWPORT_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  const rows: ReactNode[] = [];
  for (let index = first; index < last; index++) {
    rows.push(children(index, { position: 'absolute', top: index * ROW_HEIGHT, left: 0, right: 0, height: ROW_HEIGHT }));
  }
  return (
    <div className="link-options" style={{ display: 'block', height: VIEWPORT_HEIGHT }} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      <div style={{ position: 'relative', height: count * ROW_HEIGHT }}>{rows}</div>
    </div>
  );
}
