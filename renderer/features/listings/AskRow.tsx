import type { GapAction, GradedAsk } from '../../../shared/listings';
import { GradeBadge } from './GradeBadge';
import { markId } from './HighlightedText';

const WEIGHT_WORDS = { required: 'Essential', general: 'Mentioned', desirable: 'Desirable' } as const;

interface AskRowProps {
  graded: GradedAsk;
  actions: readonly GapAction[];
  /** What was added for this ask from this listing already, in words. */
  added: readonly string[];
  disabled: boolean;
  onAct(action: GapAction): void;
}

/** One thing the listing asks for: how much it weighs, its grade and why, and the one-step fixes. */
export function AskRow({ graded, actions, added, disabled, onAct }: AskRowProps) {
  const { ask, grade, reason } = graded;
  const show = () => {
    const mark = document.getElementById(markId(ask.key, 0));
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark?.focus({ preventScroll: true });
  };
  return (
    <li className={`ask ask-${grade}`}>
      <div className="ask-head">
        <span className="ask-label">{ask.label}</span>
        <span className={`weight weight-${ask.weight}`}>{WEIGHT_WORDS[ask.weight]}</span>
        <GradeBadge grade={grade} />
      </div>
      <p className="ask-reason">{reason}</p>
      {added.length > 0 && <p className="meta">Added from this listing: {added.join('; ')}.</p>}
      <div className="ask-actions">
        <button type="button" className="link-button show-in-text" onClick={show}>
          Show in the listing{ask.mentions.length > 1 ? ` (${ask.mentions.length} places)` : ''}
          <span className="visually-hidden">: {ask.label}</span>
        </button>
        {actions.map((action) => (
          <button key={action.kind} type="button" className="small secondary" disabled={disabled} onClick={() => onAct(action)}>
            {action.label}
          </button>
        ))}
      </div>
    </li>
  );
}
