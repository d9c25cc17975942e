import fs from 'node:fs';
import path from 'node:path';
import { serializePlan } from '../../main/storage';
import { createEmptyPlan } from '../../shared/model';
import { PLAN_FILE_NAME, composeIn, makeTempDir, putMilestone, readJson, removeTempDirs } from '../support/temp-plan';

/**
 * PlanService over a plan.json that is a symbolic link, composed as the app composes it: edits reach the
 * link's target and the link survives; a link whose target is missing is never written over.
 */

afterEach(() => removeTempDirs());

describe('PlanService: plan.json as a symbolic link', () => {
  it('an edit is saved to the file the link points to, and plan.json is still the link', () => {
    const dir = makeTempDir();
    const syncFolder = makeTempDir('pmo-sync-');
    const target = path.join(syncFolder, 'my plan.json');
    fs.writeFileSync(target, serializePlan(createEmptyPlan('2025-01-01T00:00:00.000Z')));
    fs.symlinkSync(target, path.join(dir, PLAN_FILE_NAME));
    const { plan } = composeIn(dir).services;

    const saved = plan.apply(putMilestone('m1', 'Saved through the link')).plan;
    expect(plan.flush()).toBe(true);

    expect(fs.lstatSync(path.join(dir, PLAN_FILE_NAME)).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(path.join(dir, PLAN_FILE_NAME))).toBe(target);
    expect(readJson(target)).toEqual(saved);
    expect(fs.readdirSync(syncFolder)).toEqual(['my plan.json']);
  });

  it('a link to a drive that is not there: read-only, every edit refused, the link left exactly as it was', () => {
    const dir = makeTempDir();
    const target = path.join(makeTempDir('pmo-drive-'), 'unmounted', 'plan.json');
    fs.symlinkSync(target, path.join(dir, PLAN_FILE_NAME));
    const { plan } = composeIn(dir).services;

    const snapshot = plan.snapshot();
    expect(snapshot.readOnly).toBe(true);
    expect(snapshot.notices[0]).toMatchObject({ level: 'error', message: expect.stringContaining(`is a link to ${target}, which is not there`) });
    expect(() => plan.apply(putMilestone('m1', 'Not written over the link'))).toThrow(expect.objectContaining({ code: 'read-only' }));
    expect(plan.flush()).toBe(true);
    expect(fs.readlinkSync(path.join(dir, PLAN_FILE_NAME))).toBe(target);
    expect(fs.existsSync(target)).toBe(false);
  });
});
