import { useRef, useState } from 'react';
import type { DraftKind } from '../../../shared/drafts';
import { useAppStore } from '../../store';
import { selectReadOnly } from '../../store/selectors';
import { useCloseEditor } from './useCloseEditor';
import { useDraft, type UseDraftOptions } from './useDraft';

/**
 * What an item editor sets up alike: its draft (kept beside the plan as the person types), the close
 * that offers the draft back, problems by field, the form (to focus the first problem), whether the
 * plan is read-only, and the save the window's close dialog runs (the editor assigns `saveRef.current`).
 */
export function useItemEditor<K extends DraftKind, F extends object>(options: Omit<UseDraftOptions<K, F>, 'save'> & { onClose(): void }) {
  const saveRef = useRef<() => Promise<boolean>>(async () => false);
  const { onClose, ...draftOptions } = options;
  const work = useDraft<K, F>({ ...draftOptions, save: () => saveRef.current() });
  const close = useCloseEditor(work, onClose);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const applyChange = useAppStore((state) => state.applyChange);
  const readOnly = useAppStore(selectReadOnly);
  const formRef = useRef<HTMLFormElement>(null);
  return { work, draft: work.fields, close, problems, setProblems, applyChange, readOnly, formRef, saveRef };
}
