import type { SyncSettings } from '../../../shared/app-settings/schema';
import type { SyncState } from '../../../shared/ipc/sync';
import type { Plan } from '../../../shared/model';
import { lostItemMadeAt, lostItemTitle, restoreChange } from '../../../shared/sync/conflict-view';
import type { StoredConflict } from './sync-local-state';
import type { SyncPassResult } from './sync-pass';

export interface SyncStateInputs {
  settings: SyncSettings;
  hostName: string;
  canPickFolder: boolean;
  lastCheckedAt: string | null;
  problem: string | null;
  last: SyncPassResult | null;
  conflicts: readonly StoredConflict[];
  plan: Plan;
}

/** What the page is told: the settings, the last pass's findings, and each lost version with its restore. */
export function syncStateView(inputs: SyncStateInputs): SyncState {
  const { settings, last } = inputs;
  return {
    folder: settings.folder,
    device: { id: settings.deviceId, name: inputs.hostName },
    canPickFolder: inputs.canPickFolder,
    lastCheckedAt: settings.folder === null ? null : inputs.lastCheckedAt,
    problem: inputs.problem,
    skipped: settings.folder === null || last === null ? [] : last.skipped.map(({ name, words }) => ({ file: name, words })),
    computers: last === null ? [] : [...new Set(last.computers.values())].sort(),
    conflicts: inputs.conflicts.map((conflict) => ({
      key: conflict.key,
      collection: conflict.collection,
      title: lostItemTitle(conflict, inputs.plan),
      kind: conflict.item === null ? 'deletion' : 'edit',
      deviceName: conflict.deviceName,
      madeAt: lostItemMadeAt(conflict),
      restore: restoreChange(conflict, inputs.plan),
    })),
  };
}
