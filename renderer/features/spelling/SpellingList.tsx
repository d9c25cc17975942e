import { SpellingCheck } from './SpellingCheck';
import { useSpelling } from './useSpelling';

/** The spelling line on its own, for a field that has no checklist (a story, the profile summary). */
export function SpellingList({ text, label }: { text: string; label: string }) {
  const misspellings = useSpelling(text);
  if (text.trim() === '' || misspellings === null) return null;
  return (
    <ul className="bullet-checks spelling-list" aria-label={label}>
      <SpellingCheck misspellings={misspellings} />
    </ul>
  );
}
