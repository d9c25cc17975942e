import { useCallback, useEffect, useRef, useState } from 'react';
import { draftKeyString, sameDraftKey, type Draft, type DraftFields, type DraftKind } from '../../../shared/drafts';

/** The fields an editor of kind K keeps as its draft. */
type FieldsOf<K extends DraftKind> = DraftFields<K> & object;
import { useAppStore } from '../../store';
import { markEditorClean, markEditorDirty } from './open-editors';

export interface UseDraftOptions<K extends DraftKind, F extends object = FieldsOf<K>> {
  kind: K;
  /** The item edited (for a new one, the id the editor made for it); null for profile and set-up. */
  itemId: string | null;
  isNew: boolean;
  /** The fields when the editor opened: the stored item, or a blank new one. */
  initial: F;
  /** What "You have an unsaved …" calls it, from the fields as typed. */
  label(fields: F): string;
  /** The editor's own save, run when the person closes the window and chooses Save. */
  save(): Promise<boolean>;
}

export interface DraftState<F extends object> {
  /** What the person has typed (for editors that rebase, over `base`). */
  fields: F;
  setFields(update: (current: F) => F): void;
  /** What the edits started from: the item when its draft began (which may be older than the item now). */
  base: F;
  /** When the work shown was kept, if the editor opened on a draft from earlier; else null. */
  restoredFrom: string | null;
  dirty: boolean;
  /** Throw the typing away: back to the stored item, and the draft is forgotten. */
  discard(): void;
  /** The edits are now in the plan: forget the draft (and, for a form that stays open, start again from `next`). */
  saved(next?: F): void;
  /** The work as a draft record, e.g. to bring it back after a discard. */
  asDraft(): Draft;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * An editor's working copy, kept beside the plan as the person types (see the drafts slice), so it is
 * offered back after navigating away, switching item, a reload, closing the app or a crash. Opening an
 * editor whose draft exists resumes it. A draft equal to where it started is not a draft: it is forgotten.
 */
export function useDraft<K extends DraftKind, F extends object = FieldsOf<K>>(options: UseDraftOptions<K, F>): DraftState<F> {
  const key = { kind: options.kind, itemId: options.itemId };
  const keyString = draftKeyString(key);
  const [start] = useState(() => {
    const stored = useAppStore.getState().drafts.find((d) => sameDraftKey(d, key));
    return stored
      ? { fields: stored.fields as unknown as F, base: (stored.base as unknown as F | null) ?? options.initial, restoredFrom: stored.savedAt as string | null }
      : { fields: options.initial, base: options.initial, restoredFrom: null as string | null };
  });
  const [fields, setFieldsState] = useState<F>(() => start.fields);
  const [base, setBase] = useState<F>(() => start.base);
  const [restoredFrom, setRestoredFrom] = useState<string | null>(start.restoredFrom);
  const keepDraft = useAppStore((state) => state.keepDraft);
  const discardDraft = useAppStore((state) => state.discardDraft);
  const latest = useRef(options);
  latest.current = options;
  const kept = useRef<F | null>(start.restoredFrom ? start.fields : null);
  const dirty = !same(fields, base);

  useEffect(() => {
    if (!dirty) {
      if (kept.current !== null) void discardDraft(key);
      kept.current = null;
      return;
    }
    if (kept.current !== null && same(kept.current, fields)) return;
    kept.current = fields;
    keepDraft(toDraft(latest.current, fields, base));
    // `key` is rebuilt each render from keyString's parts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fields, base, dirty, keyString, keepDraft, discardDraft]);

  useEffect(() => {
    if (!dirty) return markEditorClean(keyString);
    markEditorDirty(keyString, { label: latest.current.label(fields), save: () => latest.current.save() });
    return () => markEditorClean(keyString);
  }, [dirty, fields, keyString]);

  // Leaving the screen or switching item: what is waiting goes to main now, not after the pause.
  useEffect(() => () => void useAppStore.getState().flushDrafts(), []);

  const setFields = useCallback((update: (current: F) => F) => setFieldsState(update), []);
  const discard = useCallback(() => {
    kept.current = null;
    setFieldsState(() => latest.current.initial);
    setBase(() => latest.current.initial);
    setRestoredFrom(null);
    void discardDraft({ kind: latest.current.kind, itemId: latest.current.itemId });
  }, [discardDraft]);
  const saved = useCallback((next?: F) => {
    kept.current = null;
    setRestoredFrom(null);
    if (next !== undefined) {
      setFieldsState(() => next);
      setBase(() => next);
    }
    markEditorClean(keyString);
    void discardDraft({ kind: latest.current.kind, itemId: latest.current.itemId });
  }, [discardDraft, keyString]);

  const asDraft = useCallback(() => toDraft(latest.current, fields, base), [fields, base]);
  return { fields, setFields, base, restoredFrom, dirty, discard, saved, asDraft };
}

function toDraft<F extends object>(options: UseDraftOptions<DraftKind, F>, fields: F, base: F): Draft {
  const { kind, itemId, isNew, label } = options;
  return { kind, itemId, isNew, label: label(fields).slice(0, 200), savedAt: new Date().toISOString(), fields, base: isNew ? null : base } as unknown as Draft;
}
