import { useMemo, useState } from 'react';
import type { InterviewQuestion } from '../../../shared/interview/question-bank';
import { INTERVIEW_THEME_LABELS } from '../../../shared/model';

interface QuestionChecklistProps {
  questions: readonly InterviewQuestion[];
  chosen: readonly string[];
  onChange(ids: string[]): void;
  /** The accessible name of the group. */
  label: string;
}

/** Tick the questions a story answers (or a set is made of), with a filter for the long bank. */
export function QuestionChecklist({ questions, chosen, onChange, label }: QuestionChecklistProps) {
  const [filter, setFilter] = useState('');
  const chosenSet = new Set(chosen);
  const shown = useMemo(() => {
    const words = filter.trim().toLowerCase();
    if (words === '') return questions;
    return questions.filter((q) => q.text.toLowerCase().includes(words) || q.themes.some((t) => INTERVIEW_THEME_LABELS[t].label.toLowerCase().includes(words)));
  }, [questions, filter]);
  // Chosen ones first, so what the story answers is always in view.
  const ordered = [...shown.filter((q) => chosenSet.has(q.id)), ...shown.filter((q) => !chosenSet.has(q.id))];
  const toggle = (id: string) => onChange(chosenSet.has(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  return (
    <fieldset className="question-checklist">
      <legend>{label} ({chosen.length} chosen)</legend>
      <input type="search" aria-label={`Filter: ${label.toLowerCase()}`} placeholder="Filter by words or theme" value={filter} onChange={(e) => setFilter(e.target.value)} />
      <ul>
        {ordered.map((q) => (
          <li key={q.id}>
            <label className="check">
              <input type="checkbox" checked={chosenSet.has(q.id)} onChange={() => toggle(q.id)} />
              <span>
                {q.text}
                <span className="muted"> · {q.themes.map((t) => INTERVIEW_THEME_LABELS[t].label).join(', ') || 'no theme'}</span>
              </span>
            </label>
          </li>
        ))}
        {ordered.length === 0 && <li className="muted">No question matches “{filter}”.</li>}
      </ul>
    </fieldset>
  );
}
