import { useCallback } from 'react';
import { useAppStore } from '../../store';
import type { DraftState } from './useDraft';

/**
 * Cancel / Escape on an editor. With nothing typed it just closes; with unsaved changes it closes and
 * throws them away at once, like a delete, with Undo in the message (Undo brings the draft back, offered
 * with Resume on its screen). No "are you sure?" in the way, and nothing lost by a stray Escape.
 */
export function useCloseEditor(work: Pick<DraftState<object>, 'dirty' | 'discard' | 'asDraft'>, onClose: () => void): () => void {
  return useCallback(() => {
    if (work.dirty) {
      const draft = work.asDraft();
      work.discard();
      const { keepDraft, notify } = useAppStore.getState();
      notify({ level: 'info', message: 'Closed without saving your changes.', action: { label: 'Undo', run: () => keepDraft(draft) } });
    }
    onClose();
  }, [work, onClose]);
}
