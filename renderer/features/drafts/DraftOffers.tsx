import { useShallow } from 'zustand/react/shallow';
import { draftKeyString, sameDraftKey, type Draft, type DraftKey, type DraftKind } from '../../../shared/drafts';
import { useAppStore } from '../../store';
import { draftOfferText, keptAt } from './draft-words';
import './drafts.css';

interface DraftOffersProps {
  kinds: readonly DraftKind[];
  /** The drafts of the editors open now, which need no offer. */
  open?: readonly DraftKey[];
  onResume(draft: Draft): void;
}

/**
 * "You have an unsaved achievement: Resume · Discard" for each draft of these kinds that no editor shows
 * right now. Discard offers Undo, like a delete: a draft is the person's work too.
 */
export function DraftOffers({ kinds, open = [], onResume }: DraftOffersProps) {
  const drafts = useAppStore(useShallow((state) => state.drafts.filter((d) => kinds.includes(d.kind) && !open.some((key) => sameDraftKey(d, key)))));
  const discardDraft = useAppStore((state) => state.discardDraft);
  const keepDraft = useAppStore((state) => state.keepDraft);
  const notify = useAppStore((state) => state.notify);
  if (drafts.length === 0) return null;

  const discard = (draft: Draft) => {
    void discardDraft(draft);
    notify({ level: 'info', message: 'Discarded your unsaved changes.', action: { label: 'Undo', run: () => keepDraft(draft) } });
  };

  return (
    <ul className="draft-offers" aria-label="Unsaved changes">
      {drafts.map((draft) => {
        const text = draftOfferText(draft);
        return (
          <li key={draftKeyString(draft)} className="draft-offer">
            <span>
              {text} <span className="meta">(kept {keptAt(draft.savedAt)})</span>
            </span>
            <span className="draft-offer-actions">
              <button type="button" className="small" onClick={() => onResume(draft)} aria-label={`Resume: ${text}`}>
                Resume
              </button>
              <button type="button" className="secondary small" onClick={() => discard(draft)} aria-label={`Discard: ${text}`}>
                Discard
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
