import { Fragment, useId, useState } from 'react';
import type { Phrase, ReadinessDestination, ReadinessExplanation } from '../../shared/insights';

/**
 * Renders the readiness wording built in shared/insights (the dashboard and the Skills screen show the
 * same words): the "How is this worked out?" disclosure, and a message whose phrases lead somewhere.
 */

/**
 * A button with aria-expanded rather than <details>: Enter and Space toggle it, it is named by its visible
 * text plus the figure it explains (several sit side by side), and the closed explanation is not rendered.
 */
export function HowWorkedOut({ explanation, subject }: { explanation: ReadinessExplanation; subject: string }) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  return (
    <div className="how-worked-out">
      <button type="button" className="disclosure" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((value) => !value)}>
        <span className="disclosure-mark" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        How is this worked out?{' '}
        <span className="visually-hidden">({subject})</span>
      </button>
      <div id={bodyId} className="how-worked-out-body" hidden={!open}>
        {open && (
          <>
            {explanation.intro && <p>{explanation.intro}</p>}
            <ul>
              {explanation.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
            <p className="how-worked-out-result">{explanation.result}</p>
            {explanation.notes.map((note) => (
              <p key={note} className="meta">
                {note}
              </p>
            ))}
          </>
        )}
      </div>
    </div>
  );
}

/** A message in which the phrases that lead somewhere are buttons taking the person there. */
export function Phrases({ phrases, onGo }: { phrases: readonly Phrase[]; onGo: (destination: ReadinessDestination) => void }) {
  return (
    <>
      {phrases.map((phrase, i) =>
        typeof phrase === 'string' ? (
          <Fragment key={i}>{phrase}</Fragment>
        ) : (
          <button key={i} type="button" className="inline-link" onClick={() => onGo(phrase.goTo)}>
            {phrase.text}
          </button>
        ),
      )}
    </>
  );
}
