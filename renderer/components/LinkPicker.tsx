import { useId, useState } from 'react';

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
      <div className="link-options">
        {shown.map((option) => (
          <label key={option.id} className="check">
            <input type="checkbox" checked={chosen.has(option.id)} onChange={() => toggle(option.id)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
