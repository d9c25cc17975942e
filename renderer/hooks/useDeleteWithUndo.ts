import { useCallback } from 'react';
import type { PlanCollection } from '../../shared/model';
import { useAppStore } from '../store';

/** Delete an item at once (no "are you sure?"), and offer Undo in the message that confirms it. */
export function useDeleteWithUndo(collection: PlanCollection, noun: string) {
  const applyChange = useAppStore((state) => state.applyChange);
  const notify = useAppStore((state) => state.notify);
  const undo = useAppStore((state) => state.undo);
  return useCallback(
    async (item: { id: string }, name: string) => {
      const deleted = await applyChange({ type: 'item.delete', collection, id: item.id }, { label: `Delete ${noun}` });
      if (deleted) notify({ level: 'info', message: `Deleted “${name}”.`, action: { label: 'Undo', run: () => void undo() }, subject: { collection, id: item.id } });
    },
    [applyChange, collection, noun, notify, undo],
  );
}
