import type { Misspelling } from '../../../shared/spelling/speller';
import { useAddToDictionary } from './useSpelling';
import '../../components/checklist.css';

/**
 * A spelling line for a checklist: met when every word is known, else each misspelt word with what it
 * may have meant and a button to add it to the person's dictionary (a name, a tool the dictionary lacks).
 */
export function SpellingCheck({ misspellings }: { misspellings: Misspelling[] }) {
  const addToDictionary = useAddToDictionary();
  const words = [...new Map(misspellings.map((m) => [m.word, m])).values()];
  const met = words.length === 0;
  return (
    <li className={met ? 'met' : 'not-met'} data-check="spelling">
      <span className="check-mark" aria-hidden="true">
        {met ? '✓' : '✗'}
      </span>
      <span>
        <span className="check-label">Spelling</span>
        <span className="check-state">{met ? ' — met' : ' — not met'}</span>
        {words.map((m) => (
          <span key={m.word} className="check-advice spelling-miss">
            “{m.word}” may be misspelt{m.suggestions.length > 0 ? `: did you mean ${m.suggestions.map((s) => `“${s}”`).join(', ')}?` : '.'}{' '}
            <button type="button" className="link-button" onClick={() => addToDictionary(m.word)}>
              Add “{m.word}” to my dictionary
            </button>
          </span>
        ))}
      </span>
    </li>
  );
}
