/**
 * The plan's safety layer (issue 6, "Never lose the plan"). PlanService needs only openDurablePlan;
 * the rest is exported for the IPC layer (backups list / restore) and for tests.
 */
export { openDurablePlan, type DurablePlan, type DurablePlanOptions, type OpenedInstead } from './durable-plan';
export { BackupStore, type BackupInfo, type BackupRead } from './backups';
export { durableWriteFileSync, type DurableWriteOptions } from './durable-write';
export { flushOnExit } from './exit-flush';
export { loadPlanFile, planFilePath, PLAN_FILE_NAME, type LoadedPlan, type LoadSource } from './plan-file';
export { createPlanWriter, type PlanWriter, type PlanWriterOptions } from './plan-writer';
export { MAX_PLAN_BYTES, serializePlan } from './plan-codec';
export { StorageError, READ_ONLY, INVALID_PLAN, storageCause, unwritableFolderMessage } from './storage-error';
export { realFs, type StorageFs } from './fs-port';
