import type { ExportResult } from '../../shared/cv/export/formats';
import type { PlanSnapshot } from '../../shared/ipc/contract';
import { MAX_IMPORT_BYTES, PLAN_FILE_EXTENSION, type BackupSummary, type ImportPreview } from '../../shared/ipc/plan-transfer';
import { ApiError } from '../../shared/ipc/errors';
import { countPlanItems, createPlanFile, localDate, parsePlanFile, type Plan } from '../../shared/model';
import type { Platform } from '../platform/platform';
import { toExportResult } from '../platform/save-result';
import { storageCause, StorageError, type DurablePlan } from '../storage';
import type { Clock } from './clock';
import type { PlanService } from './plan-service';

/**
 * Backups, restore, and whole-plan export and import. Every operation that replaces the plan first
 * backs up the one in use, and returns that backup's id, so it can always be undone from the Backups
 * screen. A bad import file is refused with a message and the plan (and its file) stay as they were.
 * A read-only plan refuses a restore or an import before anything happens: no backup is taken and
 * retention does not run, so a refused call leaves every file as it was.
 */
export class PlanTransferService {
  private pendingImport: { id: string; plan: Plan } | null = null;
  private importCounter = 0;

  constructor(
    private readonly plans: PlanService,
    private readonly storage: Pick<DurablePlan, 'backups' | 'snapshotBefore' | 'openNewestBackupInstead'>,
    private readonly platform: Pick<Platform, 'saveFile'>,
    private readonly clock: Clock,
    private readonly appVersion: string,
  ) {}

  listBackups(): BackupSummary[] {
    return this.storage.backups.list();
  }

  restoreBackup(id: string): { undoBackupId: string } {
    this.plans.assertWritable('nothing was restored');
    const read = this.storage.backups.read(id);
    if (read.kind === 'not-found') throw new ApiError('not-found', 'That backup no longer exists. Refresh the list and try again.');
    if (read.kind === 'unusable') throw new ApiError('validation', `That backup cannot be restored: ${read.reason}.`);
    // Retention after the before-restore backup must not remove the very backup being restored.
    return this.replaceWith(read.plan, 'restore', [read.info.id]);
  }

  /**
   * Open the newest readable backup instead of a plan a newer version wrote (offered by the load notice):
   * the newer file is moved aside unchanged, the plan becomes writable and is saved at once.
   */
  openNewestBackup(): PlanSnapshot {
    const outcome = this.storage.openNewestBackupInstead();
    switch (outcome.kind) {
      case 'opened':
        return this.plans.reopenWritable(outcome.plan, [{ level: 'info', message: outcome.message }]);
      case 'not-offered':
      case 'no-backup':
        throw new ApiError('not-found', outcome.message);
      case 'failed':
        throw new ApiError('io', outcome.message);
    }
  }

  async exportPlanFile(): Promise<ExportResult> {
    const plan = this.plans.current;
    const now = this.clock.now();
    const owner = plan.profile.name.trim() ? ` - ${plan.profile.name.trim().replace(/[\\/:*?"<>|]/g, '')}` : '';
    const suggestedName = `PMO Pathway plan${owner} - ${localDate(now)}${PLAN_FILE_EXTENSION}`;
    const result = await this.platform.saveFile({
      suggestedName,
      filters: [{ name: 'PMO Pathway plan', extensions: ['pmoplan.json', 'json'] }],
      bytes: new TextEncoder().encode(createPlanFile(plan, now.toISOString(), this.appVersion)),
      mimeType: 'application/json',
    });
    return toExportResult(result, suggestedName);
  }

  previewImport(request: { fileName: string; content: string }): ImportPreview {
    const name = request.fileName || 'That file';
    if (request.content.length > MAX_IMPORT_BYTES) {
      this.pendingImport = null;
      throw new ApiError('validation', `${name} was not imported: it is too large to be a PMO Pathway plan (over 50 MB). Your plan is unchanged.`);
    }
    const parsed = parsePlanFile(request.content);
    if (!parsed.ok) {
      this.pendingImport = null;
      throw new ApiError('validation', `${name} was not imported. ${parsed.message} Your plan is unchanged.`);
    }
    this.importCounter += 1;
    const id = `import-${this.importCounter}`;
    this.pendingImport = { id, plan: parsed.plan };
    const { plan } = parsed;
    return {
      importId: id,
      fileName: request.fileName,
      counts: countPlanItems(plan),
      profileName: plan.profile.name,
      targetRole: plan.profile.targetRole,
      exportedAt: parsed.exportedAt,
      migratedFromVersion: parsed.migratedFromVersion,
    };
  }

  confirmImport(importId: string): { undoBackupId: string } {
    this.plans.assertWritable('nothing was imported');
    const pending = this.pendingImport;
    if (!pending || pending.id !== importId) {
      throw new ApiError('not-found', 'That import is no longer waiting to be confirmed. Choose the file again.');
    }
    const result = this.replaceWith(pending.plan, 'import');
    // Cleared only once done: after a failed backup (disk full) the person can simply confirm again.
    this.pendingImport = null;
    return result;
  }

  private replaceWith(plan: Plan, kind: 'restore' | 'import', keep: readonly string[] = []): { undoBackupId: string } {
    // The backup comes first: if it cannot be written, nothing is replaced.
    let undo;
    try {
      undo = this.storage.snapshotBefore(kind, this.plans.current, keep);
    } catch (error) {
      const cause = error instanceof StorageError ? storageCause(error.code) : 'the backup could not be written';
      throw new ApiError('io', `Your current plan could not be backed up first (${cause}), so the ${kind} was not done. Nothing was changed.`);
    }
    this.plans.replace(plan);
    return { undoBackupId: undo.id };
  }
}
