import type { StateCreator } from 'zustand';
import { draftKeyString, sameDraftKey, type Draft, type DraftKey } from '../../shared/drafts';
import { api, errorMessage } from '../lib/api';
import type { AppState } from './index';

/** How long typing must pause before a draft is sent to main (a keystroke never waits for the disk). */
export const DRAFT_SEND_DELAY_MS = 400;

/**
 * Unsaved editor work, kept by main beside the plan so it survives navigating away, a reload, closing
 * the app or a crash. The page holds the same list (what the "You have an unsaved …" offers read) and
 * sends each change once typing pauses; `flushDrafts` sends what is waiting at once (leaving a screen,
 * hiding or unloading the page).
 */
export interface DraftsSlice {
  drafts: Draft[];
  loadDrafts(): Promise<void>;
  /** Remember an editor's current work (replacing its previous draft). */
  keepDraft(draft: Draft): void;
  /** Forget an editor's work: saved into the plan, or discarded by the person. */
  discardDraft(key: DraftKey): Promise<void>;
  /** Send every waiting draft now. */
  flushDrafts(): Promise<void>;
  /** Forget drafts waiting to be sent, unsent (only when the whole store is reset, as tests do). */
  dropWaitingDrafts(): void;
}

interface Waiting {
  draft: Draft;
  timer: ReturnType<typeof setTimeout>;
}

export const createDraftsSlice: StateCreator<AppState, [], [], DraftsSlice> = (set, get) => {
  const waiting = new Map<string, Waiting>();
  // One message about a failing disk, not one per keystroke; cleared by the next draft that is kept.
  let failureShown = false;
  // Calls reach main one after another, so a discard can never overtake the save it follows.
  let tail: Promise<unknown> = Promise.resolve();
  const inOrder = (call: () => Promise<unknown>): Promise<void> => {
    const next = tail.then(call, call);
    tail = next.catch(() => undefined);
    return next.then(() => undefined);
  };

  function send(draft: Draft): Promise<void> {
    return inOrder(async () => {
      try {
        await api.saveDraft(draft);
        failureShown = false;
      } catch (error) {
        if (!failureShown) get().notify({ level: 'error', message: errorMessage(error) });
        failureShown = true;
      }
    });
  }

  function takeWaiting(key: string): Draft | null {
    const entry = waiting.get(key);
    if (!entry) return null;
    clearTimeout(entry.timer);
    waiting.delete(key);
    return entry.draft;
  }

  return {
    drafts: [],

    async loadDrafts() {
      try {
        const { drafts, notice } = await api.listDrafts();
        // Anything typed before the list arrived wins over what was kept last time.
        set((state) => ({ drafts: [...drafts.filter((d) => !state.drafts.some((mine) => sameDraftKey(mine, d))), ...state.drafts] }));
        if (notice) get().notify({ level: notice.level === 'info' ? 'info' : 'error', message: notice.message });
      } catch {
        // Not essential to start: editors still work, and the next draft kept will report a failing disk.
      }
    },

    keepDraft(draft) {
      const key = draftKeyString(draft);
      set((state) => ({ drafts: [...state.drafts.filter((d) => !sameDraftKey(d, draft)), draft] }));
      takeWaiting(key);
      waiting.set(key, { draft, timer: setTimeout(() => void send(takeWaiting(key) ?? draft), DRAFT_SEND_DELAY_MS) });
    },

    async discardDraft(key) {
      takeWaiting(draftKeyString(key));
      if (!get().drafts.some((d) => sameDraftKey(d, key))) return;
      set((state) => ({ drafts: state.drafts.filter((d) => !sameDraftKey(d, key)) }));
      await inOrder(() =>
        // On failure the draft stays on disk and is offered again next time: a nuisance, never a loss.
        api.discardDraft({ kind: key.kind, itemId: key.itemId }).catch(() => undefined),
      );
    },

    dropWaitingDrafts() {
      for (const key of [...waiting.keys()]) takeWaiting(key);
    },

    async flushDrafts() {
      const drafts = [...waiting.keys()].map(takeWaiting).filter((d): d is Draft => d !== null);
      await Promise.all(drafts.map(send));
      await tail;
    },
  };
};
