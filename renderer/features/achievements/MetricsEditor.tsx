import { useEffect, useRef } from 'react';
import { LIMITS } from '../../../shared/model';
import { TextField } from '../../components/fields';
import { blankMetric, type MetricDraft, type Problems } from './achievement-draft';

interface MetricsEditorProps {
  metrics: MetricDraft[];
  problems: Problems;
  onChange(metrics: MetricDraft[]): void;
}

/**
 * Numbers that prove an achievement: value, unit and what it measures, e.g. 40 · % · fewer late reports.
 * Focus moves to the new row's value when one is added, and back to the Add button when one is removed,
 * so keyboard users never lose their place.
 */
export function MetricsEditor({ metrics, problems, onChange }: MetricsEditorProps) {
  const list = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusNewRow = useRef(false);
  const full = metrics.length >= LIMITS.metricsPerAchievement;

  useEffect(() => {
    if (!focusNewRow.current) return;
    focusNewRow.current = false;
    list.current?.querySelector<HTMLInputElement>('.metric-row:last-child input')?.focus();
  }, [metrics.length]);

  const update = (index: number, patch: Partial<MetricDraft>) => onChange(metrics.map((m, i) => (i === index ? { ...m, ...patch } : m)));

  function add() {
    // Focused once React has rendered the new row (the effect above).
    focusNewRow.current = true;
    onChange([...metrics, blankMetric()]);
  }

  function remove(index: number) {
    onChange(metrics.filter((_, i) => i !== index));
    addButton.current?.focus();
  }

  return (
    <fieldset className="metrics-editor">
      <legend>
        Metrics <span className="meta">({metrics.length} of {LIMITS.metricsPerAchievement})</span>
      </legend>
      {metrics.length === 0 && <p className="meta">Add a number that shows the scale or the result: a percentage, an amount of money, a count.</p>}
      <div ref={list}>
        {metrics.map((metric, index) => {
          // Problems go under the whole row: the narrow value and unit cells cannot hold a sentence.
          const problemFor = (part: 'value' | 'unit' | 'measures') => problems[`metrics.${index}.${part}`];
          const problemId = `${metric.key}-problem`;
          const described = (part: 'value' | 'unit' | 'measures') => (problemFor(part) ? { 'aria-invalid': true, 'aria-describedby': problemId } : {});
          const rowProblems = (['value', 'unit', 'measures'] as const).map(problemFor).filter(Boolean);
          return (
            <div key={metric.key} className="metric-row" role="group" aria-label={`Metric ${index + 1}`}>
              <TextField label="Value" inputMode="decimal" value={metric.value} placeholder="40" {...described('value')} onChange={(e) => update(index, { value: e.target.value })} />
              <TextField label="Unit" value={metric.unit} placeholder="%, £" {...described('unit')} onChange={(e) => update(index, { unit: e.target.value })} />
              <TextField label="What it measures" value={metric.measures} placeholder="fewer late reports" {...described('measures')} onChange={(e) => update(index, { measures: e.target.value })} />
              <button type="button" className="quiet small" aria-label={`Remove metric ${index + 1}`} onClick={() => remove(index)}>
                Remove
              </button>
              {rowProblems.length > 0 && (
                <p id={problemId} className="field-problem metric-problem" role="alert">
                  {rowProblems.join(' ')}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {problems.metrics && <p className="field-problem" role="alert">{problems.metrics}</p>}
      <button ref={addButton} type="button" className="secondary small" disabled={full} onClick={add}>
        Add a metric
      </button>
      {full && <p className="meta">That is the most one achievement can hold.</p>}
    </fieldset>
  );
}
