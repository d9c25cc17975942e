import { PROFILE_FIELDS, type FoundProfile } from '../../../shared/cv-import/findings';
import type { CvFile, CvFileRead } from '../../../shared/ipc/cv-import';
import type { PlanSnapshot } from '../../../shared/ipc/contract';
import { ApiError } from '../../../shared/ipc/errors';
import type { Plan, PlanChange } from '../../../shared/model';
import { storageCause, StorageError, type DurablePlan } from '../../storage';
import type { PlanService } from '../plan-service';

/**
 * Importing a CV, in main (issue 15): reading the file the person picked (nothing in the plan changes),
 * then applying what they confirmed on the review screen as one change, after a backup of the plan as it
 * was. The page builds that change from the findings (shared/cv-import/to-change.ts) so it can be undone
 * like any edit; main checks it only adds, so this method cannot be used to overwrite or delete.
 */
export class CvImportService {
  constructor(
    private readonly plans: PlanService,
    private readonly storage: Pick<DurablePlan, 'snapshotBefore'>,
  ) {}

  async read(file: CvFile): Promise<CvFileRead> {
    // The zip, CSV and Word readers load on the first import, not at every start of main.
    const { readCvFile } = await import('./read-cv-file');
    return readCvFile({ fileName: file.fileName, bytes: Buffer.from(file.base64, 'base64') });
  }

  apply(change: PlanChange): PlanSnapshot {
    this.plans.assertWritable('nothing was imported');
    const problem = notOnlyAdditions(change, this.plans.current);
    if (problem) throw new ApiError('validation', `${problem} Nothing was imported.`);
    // The backup comes first: if it cannot be written (a full disk), nothing is imported.
    try {
      this.storage.snapshotBefore('cv-import', this.plans.current);
    } catch (error) {
      const cause = error instanceof StorageError ? storageCause(error.code) : 'the backup could not be written';
      throw new ApiError('io', `Your plan could not be backed up first (${cause}), so nothing was imported. Nothing was changed.`);
    }
    return this.plans.apply(change);
  }
}

const IMPORTED_KINDS = new Set(['role.put', 'achievement.put', 'certification.put', 'skill.put', 'profile.update']);
const COLLECTION_OF = { 'role.put': 'roles', 'achievement.put': 'achievements', 'certification.put': 'certifications', 'skill.put': 'skills' } as const;

/** Why the change is more than an import's additions (a new item, or blank profile fields filled), or null. */
function notOnlyAdditions(change: PlanChange, plan: Plan): string | null {
  if (change.type !== 'batch') return 'An import is one batch of additions; this was a single change.';
  for (const part of change.changes) {
    if (!IMPORTED_KINDS.has(part.type)) return `An import only adds roles, achievements, certifications, skills and profile details; it cannot make a “${part.type}” change.`;
    if (part.type === 'profile.update') {
      for (const [field, value] of Object.entries(part.patch)) {
        if (value === undefined) continue;
        if (!(PROFILE_FIELDS as readonly string[]).includes(field)) return `An import only fills your name, current role and contact details; it cannot set “${field}”.`;
        if (String(plan.profile[field as keyof FoundProfile]).trim() !== '') return `An import only fills profile details that are blank; “${field}” already has a value.`;
      }
      continue;
    }
    const collection = COLLECTION_OF[part.type as keyof typeof COLLECTION_OF];
    const id = (part as { item: { id: string } }).item.id;
    if (plan[collection].some((item) => item.id === id)) return 'An import only adds new items; this change would overwrite one already in your plan.';
  }
  return null;
}
