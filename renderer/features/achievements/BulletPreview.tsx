import { useMemo } from 'react';
import { composeCvBullet, type CvBulletSource } from '../../../shared/cv';
import { SpellingCheck } from '../spelling/SpellingCheck';
import { useSpelling } from '../spelling/useSpelling';
import { bulletChecks, checksSummary, spellingCheck } from './bullet-checks';
import { composerInput, type AchievementDraft, type PromptStyle } from './achievement-draft';
import '../../components/checklist.css';

const SOURCE_TEXT: Record<CvBulletSource, string> = {
  'hand-written': 'Your own wording (clear the CV bullet field to build it from the prompts).',
  xyz: 'Built from your X-Y-Z answers, plus any metric they do not already state.',
  star: 'One sentence built from the action and result of your STAR answers, plus any metric they do not already state.',
  title: 'Only the title so far: answer the prompts to build a stronger bullet.',
};

/**
 * The CV bullet as it will be exported, recomposed on every keystroke by the shared composer, with its
 * quality checks written out as met / not met (words and symbols, not colour alone).
 */
export function BulletPreview({ draft, style }: { draft: AchievementDraft; style: PromptStyle }) {
  const bullet = useMemo(() => composeCvBullet(composerInput(draft)), [draft]);
  const misspellings = useSpelling(bullet.text);
  const checks = useMemo(() => bulletChecks(bullet.text), [bullet.text]);
  // Spelling joins the checklist once its dictionary has loaded (the first check of a session loads it).
  const spelling = bullet.text !== '' && misspellings !== null ? misspellings : null;
  // Always what the checklist shows: it changes only when a check flips, not on every keystroke, so it
  // needs no delay to keep a screen reader quiet (a delayed copy said "0 of 6" while 6 were met).
  const announcement = checksSummary(spelling === null ? checks : [...checks, spellingCheck(spelling)]);
  // The composer prefers X-Y-Z over STAR; say so when the STAR prompts are shown but not used.
  const starHidden = style === 'star' && bullet.source === 'xyz';

  return (
    <section className="bullet-preview" aria-labelledby="bullet-preview-heading">
      <h3 id="bullet-preview-heading">CV bullet preview</h3>
      <p className="bullet-text" data-testid="bullet-preview">
        {bullet.text || <span className="meta">Type a title to start.</span>}
      </p>
      <p className="meta">{SOURCE_TEXT[bullet.source]}</p>
      {starHidden && <p className="meta">Your X-Y-Z answers are used while they are filled in; clear them to use STAR.</p>}
      <ul className="bullet-checks" aria-label="Bullet checklist">
        {checks.map((check) => (
          <li key={check.id} className={check.met ? 'met' : 'not-met'}>
            <span className="check-mark" aria-hidden="true">
              {check.met ? '✓' : '✗'}
            </span>
            <span>
              <span className="check-label">{check.label}</span>
              {check.detail && <span className="meta"> · {check.detail}</span>}
              <span className="check-state">{check.met ? ' — met' : ' — not met'}</span>
              {!check.met && check.advice && <span className="check-advice">{check.advice}</span>}
            </span>
          </li>
        ))}
        {spelling !== null && <SpellingCheck misspellings={spelling} />}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
