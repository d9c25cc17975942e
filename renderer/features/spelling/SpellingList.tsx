import { SpellingCheck } from './SpellingCheck';

/** The spelling line on its own, for a field that has no checklist (a story, the profile summary). */
export function SpellingList({ text, label }: { text: string; label: string }) {
  if (text.trim() === '') return null;
  return (
    <ul className="bullet-checks spelling-list" aria-label={label}>
      <SpellingCheck text={text} />
    </ul>
  );
}
