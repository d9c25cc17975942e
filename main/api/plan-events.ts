import type { EventName } from '../../shared/ipc/channels';
import type { EventPayload } from '../../shared/ipc/contract';
import type { PlanService } from '../services/plan-service';
import type { ReminderService } from '../services/reminders/reminder-service';
import type { SyncService } from '../services/sync/sync-service';

export type SendEvent = <K extends EventName>(event: K, payload: EventPayload<K>) => void;

/** Tell the page when the plan changes and how saving is going; the same wiring for both shells. */
export function forwardPlanEvents(plan: PlanService, send: SendEvent): () => void {
  return plan.subscribe({
    changed: (snapshot) => send('planChanged', { revision: snapshot.revision }),
    saveStatus: (status) => send('saveStatus', status),
  });
}

/** Tell the page when its reminders list changes, and when a notification asks to open an item. */
export function forwardReminderEvents(reminders: ReminderService, send: SendEvent): () => void {
  return reminders.subscribe({
    changed: () => send('remindersChanged', {}),
    open: (target) => send('openReminder', { target }),
  });
}

/** Tell the page when the sync state changes, with what arrived from the other computers to show once. */
export function forwardSyncEvents(sync: SyncService, send: SendEvent): () => void {
  return sync.subscribe((news) => send('syncChanged', news));
}
