import type { Plan } from '../../../shared/model';
import type { PlanSnapshot } from '../../../shared/ipc/contract';
import { errnoOf } from '../../storage/fs-port';
import { storageCause, StorageError, type BackupInfo, type DurablePlan } from '../../storage';

/** Why the plan could not be made safe before an install, in plain words; the install does not go ahead. */
export class PlanNotProtectedError extends Error {
  override readonly name = 'PlanNotProtectedError';
}

/** What the plan service offers that this needs. */
export interface PlanToProtect {
  readonly current: Plan;
  flush(): boolean;
  snapshot(): Pick<PlanSnapshot, 'readOnly' | 'save'>;
}

/**
 * Plan safety before installing an update (issue 17): every pending edit is written now, then a copy of
 * the plan goes to backups/ (`…-before-update.json`), so a new version that misbehaves can be undone from
 * the Backups screen. Either failing throws PlanNotProtectedError and nothing is installed. A read-only
 * plan is left alone: PMO Pathway has written nothing to it, so the file on disk is exactly as it was.
 */
export function protectPlanBeforeUpdate(plan: PlanToProtect, storage: Pick<DurablePlan, 'snapshotBefore'>): BackupInfo | null {
  if (plan.snapshot().readOnly) return null;
  if (!plan.flush()) {
    const why = plan.snapshot().save.message ?? 'The disk did not accept them.';
    throw new PlanNotProtectedError(`Your latest changes could not be saved, so the update was not installed. ${why}`);
  }
  try {
    return storage.snapshotBefore('update', plan.current);
  } catch (error) {
    const code = error instanceof StorageError ? error.code : errnoOf(error);
    const cause = code ? storageCause(code) : 'the backup could not be written';
    throw new PlanNotProtectedError(`Your plan could not be backed up first (${cause}), so the update was not installed. Your plan is as it was.`);
  }
}
