import { storyHints } from '../../../shared/interview/story-hints';
import { WRITTEN_WORDS, describeDuration, spokenVersion, writtenVersion } from '../../../shared/interview/story-text';
import { SpellingList } from '../spelling/SpellingList';
import type { StoryDraft } from './story-view';

/**
 * The story's two versions measured as the person types: spoken (words and time at ~130 words a
 * minute, aiming at about 2 minutes) and written (250-500 words), and the hints, like a CV bullet's.
 */
export function StoryLengths({ draft }: { draft: StoryDraft }) {
  const spoken = spokenVersion(draft);
  const written = writtenVersion(draft);
  const hints = storyHints(draft);
  return (
    <aside className="story-lengths" aria-label="How long this story is">
      <dl>
        <dt>Spoken (situation to result)</dt>
        <dd>
          {spoken.words} words · {spoken.words === 0 ? 'nothing to say yet' : describeDuration(spoken.seconds)} <span className="muted">(aim for about 2 min)</span>
        </dd>
        <dt>Written (with the reflection)</dt>
        <dd>
          {written.words} words <span className="muted">(application forms: {WRITTEN_WORDS.min}–{WRITTEN_WORDS.max})</span>
        </dd>
      </dl>
      {hints.length > 0 ? (
        <ul className="hints" aria-label="Hints for this story">
          {hints.map((hint) => (
            <li key={hint.code} data-hint={hint.code}>
              {hint.message}
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint-ok">Reads well: a result, a number, and what you did yourself.</p>
      )}
      <SpellingList text={[draft.title, ...written.parts.map((part) => part.text)].join('\n')} label="Spelling in this story" />
    </aside>
  );
}
