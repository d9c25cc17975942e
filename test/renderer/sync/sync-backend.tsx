import { Toasts } from '../../../renderer/features/notifications/Toasts';
import { SyncPanel } from '../../../renderer/features/sync/SyncPanel';
import { useSyncEvents } from '../../../renderer/features/sync/useSyncEvents';
import { ApiError } from '../../../shared/ipc/errors';
import type { SyncConflict, SyncState } from '../../../shared/ipc/sync';
import { MilestoneFieldsSchema } from '../../../shared/model/plan';
import { FakePlanBackend } from '../../support/fake-plan-backend';
// Not a React hook (it only names the fake main for the mocked api), so imported under a plain name.
import { useFakeBackend as installFakeBackend } from '../../support/mock-api';

/** Shared by the sync renderer tests; the test file itself mocks renderer/lib/api (vi.mock is per file). */
export const FOLDER = '/Users/sam/Dropbox/PMO Pathway';

export const syncState = (overrides: Partial<SyncState> = {}): SyncState => ({
  folder: null,
  device: { id: 'd1', name: 'Work laptop' },
  canPickFolder: false,
  lastCheckedAt: null,
  problem: null,
  skipped: [],
  computers: [],
  conflicts: [],
  ...overrides,
});

/** A milestone edit made here that lost to Home PC's; its restore puts this version back. */
export const lostEdit = (overrides: Partial<SyncConflict> = {}): SyncConflict => ({
  key: 'milestones:m1:7',
  collection: 'milestones',
  title: 'Milestone: Pass the PMP exam',
  kind: 'edit',
  deviceName: 'Home PC',
  madeAt: '2026-03-01T18:30:00.000Z',
  restore: { type: 'milestone.put', item: MilestoneFieldsSchema.parse({ id: 'm1', title: 'Pass the PMP exam', notes: 'Booked for June' }) },
  ...overrides,
});

/** main's side of sync as a small model: each call is recorded, and a test may refuse the next one. */
export function syncBackend(start: SyncState) {
  const backend = installFakeBackend(new FakePlanBackend()) as FakePlanBackend & Record<string, unknown>;
  const calls: [string, ...unknown[]][] = [];
  let state = start;
  const refusals = new Map<string, ApiError>();
  const answer = (method: string, args: unknown[], next: () => SyncState) => {
    calls.push([method, ...args]);
    const refusal = refusals.get(method);
    refusals.delete(method);
    if (refusal) return Promise.reject(refusal);
    state = next();
    // Through JSON, as over IPC: the page never shares objects with "main".
    return Promise.resolve(JSON.parse(JSON.stringify(state)) as SyncState);
  };
  // Recorded with the sync calls, so a test can tell a restore was stored before it left the list.
  const storeChange = backend.applyChange.bind(backend);
  backend.applyChange = (input: unknown) => (calls.push(['applyChange', input]), storeChange(input));
  backend.getSyncState = () => answer('getSyncState', [], () => state);
  backend.useSyncFolder = (request: { folder: string | null }) => answer('useSyncFolder', [request], () => ({ ...state, folder: request.folder ?? FOLDER }));
  backend.stopSyncFolder = () => answer('stopSyncFolder', [], () => ({ ...state, folder: null }));
  backend.syncNow = () => answer('syncNow', [], () => ({ ...state, lastCheckedAt: new Date().toISOString() }));
  backend.renameDevice = (name: string) => answer('renameDevice', [name], () => ({ ...state, device: { ...state.device, name } }));
  backend.dismissSyncConflicts = (keys: string[]) => answer('dismissSyncConflicts', [keys], () => ({ ...state, conflicts: state.conflicts.filter((c) => !keys.includes(c.key)) }));
  return {
    backend,
    calls,
    refuseNext: (method: string, words: string) => void refusals.set(method, new ApiError('io', words)),
    setState: (next: SyncState) => void (state = next),
    called: (method: string) => calls.filter(([name]) => name === method),
  };
}

/** The panel with what App adds around it: the event subscription and the toasts. */
export function SettingsSync() {
  useSyncEvents();
  return (
    <>
      <SyncPanel />
      <Toasts />
    </>
  );
}
