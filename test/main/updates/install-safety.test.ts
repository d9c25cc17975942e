import fs from 'node:fs';
import path from 'node:path';
import { PlanNotProtectedError, protectPlanBeforeUpdate } from '../../../main/services/updates/plan-safety';
import { createEmptyPlan } from '../../../shared/model';
import { PLAN_FILE_NAME, putMilestone, removeTempDirs, switchableFs } from '../../support/temp-plan';
import { releaseFeed, serveRelease } from './support/loopback-feed';
import { closeFeeds, composeWithFeed, statusReached, type UpdatesRig } from './support/setup';

vi.mock('electron', () => import('../../support/electron-mock'));

// Plan safety first: "Restart and install" saves every pending edit and backs the plan up before
// electron-updater's quitAndInstall runs; if either fails, nothing is installed and the person is told.

afterEach(async () => {
  await closeFeeds();
  removeTempDirs();
});

const backupsIn = (dataDir: string) => (fs.existsSync(path.join(dataDir, 'backups')) ? fs.readdirSync(path.join(dataDir, 'backups')).sort() : []);

/** A rig with 0.2.0 downloaded and an edit that is not on disk yet (the writer's debounce has not run). */
async function downloadedWithPendingEdit(options: Parameters<typeof composeWithFeed>[1] = {}): Promise<UpdatesRig> {
  const rig = await composeWithFeed(serveRelease(releaseFeed('0.2.0'), '0.2.0'), options);
  rig.handlers.applyChange(putMilestone('m-update', 'Book the P3O exam'));
  expect(fs.existsSync(path.join(rig.dataDir, PLAN_FILE_NAME)) && fs.readFileSync(path.join(rig.dataDir, PLAN_FILE_NAME), 'utf8').includes('Book the P3O exam')).toBe(false);
  await rig.handlers.checkForUpdates();
  await rig.handlers.downloadUpdate();
  await statusReached(rig.updates, 'downloaded');
  return rig;
}

describe('Restart and install', () => {
  it('saves the pending edit and backs the plan up, and only then hands over to the installer', async () => {
    const atInstall: { plan: string; backups: string[] }[] = [];
    let dataDir = '';
    const rig = await downloadedWithPendingEdit({
      beforeInstall: () => atInstall.push({ plan: fs.readFileSync(path.join(dataDir, PLAN_FILE_NAME), 'utf8'), backups: backupsIn(dataDir) }),
    });
    dataDir = rig.dataDir;

    const state = await rig.handlers.installUpdate();
    expect(state.status).toMatchObject({ kind: 'installing', message: 'Your plan is saved and backed up. Restarting to install version 0.2.0…' });
    // electron-updater's own quitAndInstall reached the installer step exactly once…
    expect(rig.app.updater!.installs).toHaveLength(1);
    // …by which time the edit was in plan.json and a before-update backup held it.
    expect(atInstall).toHaveLength(1);
    expect(atInstall[0]!.plan).toContain('Book the P3O exam');
    const backup = atInstall[0]!.backups.find((name) => name.endsWith('-before-update.json'));
    expect(backup).toBeDefined();
    expect(fs.readFileSync(path.join(rig.dataDir, 'backups', backup!), 'utf8')).toContain('Book the P3O exam');
    expect(rig.services.transfer.listBackups().find((info) => info.reason === 'before-update')).toMatchObject({ counts: { milestones: 1 } });
  });

  it('refuses to install when the backup cannot be written, and says why', async () => {
    const disk = switchableFs();
    const rig = await downloadedWithPendingEdit({ storage: { fs: disk.fs } });
    disk.fail('open', 'ENOSPC', (p) => p.includes(`${path.sep}backups${path.sep}`));

    const state = await rig.handlers.installUpdate();
    expect(state.status).toEqual({
      kind: 'downloaded',
      offer: expect.objectContaining({ version: '0.2.0' }),
      message: 'Version 0.2.0 is downloaded. Restart PMO Pathway to install it.',
      problem: 'Your plan could not be backed up first (the disk is full), so the update was not installed. Your plan is as it was.',
    });
    expect(rig.app.updater!.installs).toHaveLength(0);
    expect(backupsIn(rig.dataDir).filter((name) => name.endsWith('-before-update.json'))).toEqual([]);

    // Space freed: the same button works.
    disk.heal();
    await expect(rig.handlers.installUpdate()).resolves.toMatchObject({ status: { kind: 'installing' } });
    expect(rig.app.updater!.installs).toHaveLength(1);
  });

  it('refuses to install when the latest edit cannot be saved, and gives the save’s reason', async () => {
    const disk = switchableFs();
    const rig = await downloadedWithPendingEdit({ storage: { fs: disk.fs } });
    disk.fail('open', 'ENOSPC', (p) => !p.includes(`${path.sep}backups${path.sep}`));

    const state = await rig.handlers.installUpdate();
    expect(state.status.kind).toBe('downloaded');
    if (state.status.kind !== 'downloaded') throw new Error('unreachable');
    expect(state.status.problem).toMatch(/^Your latest changes could not be saved, so the update was not installed\. .*disk is full/i);
    expect(rig.app.updater!.installs).toHaveLength(0);
    expect(backupsIn(rig.dataDir).filter((name) => name.endsWith('-before-update.json'))).toEqual([]);
  });

  it('an installer that fails to start leaves the update downloaded, with a plain message', async () => {
    const rig = await downloadedWithPendingEdit({
      beforeInstall: () => {
        throw Object.assign(new Error('spawn EACCES /tmp/installer'), { code: 'EACCES' });
      },
    });
    await rig.handlers.installUpdate();
    const state = await statusReached(rig.updates, 'downloaded');
    expect(state.status).toMatchObject({ kind: 'downloaded', problem: 'The update could not be installed: something went wrong on the way. Try again later.' });
  });

  it('a second click while it restarts backs up nothing more and starts no second installer', async () => {
    const rig = await downloadedWithPendingEdit();
    const [first, second] = await Promise.all([rig.handlers.installUpdate(), rig.handlers.installUpdate()]);
    expect(first.status.kind).toBe('installing');
    expect(second.status.kind).toBe('installing');
    expect(rig.app.updater!.installs).toHaveLength(1);
    expect(backupsIn(rig.dataDir).filter((name) => name.endsWith('-before-update.json'))).toHaveLength(1);
  });

  it('installing needs a downloaded update first', async () => {
    const rig = await composeWithFeed(serveRelease(releaseFeed('0.2.0'), '0.2.0'));
    await expect(rig.handlers.installUpdate()).rejects.toThrow('The new version is not downloaded yet, so there is nothing to install.');
    await rig.handlers.checkForUpdates();
    await expect(rig.handlers.installUpdate()).rejects.toThrow('not downloaded yet');
    expect(backupsIn(rig.dataDir).filter((name) => name.endsWith('-before-update.json'))).toEqual([]);
  });
});

describe('protectPlanBeforeUpdate', () => {
  const plan = createEmptyPlan('2026-03-02T09:30:00.000Z');
  const saved = { state: 'saved' as const, message: null };

  it('leaves a read-only plan alone: nothing was written to it, so there is nothing to save or back up', () => {
    const calls: string[] = [];
    const result = protectPlanBeforeUpdate(
      { current: plan, flush: () => (calls.push('flush'), true), snapshot: () => ({ readOnly: true, save: saved }) },
      { snapshotBefore: () => (calls.push('backup'), { id: 'x', createdAt: '', reason: 'before-update', counts: {} as never }) },
    );
    expect(result).toBeNull();
    expect(calls).toEqual([]);
  });

  it('flushes before it backs up, and names the cause of a failed backup in words', () => {
    const calls: string[] = [];
    const attempt = () =>
      protectPlanBeforeUpdate(
        { current: plan, flush: () => (calls.push('flush'), true), snapshot: () => ({ readOnly: false, save: saved }) },
        {
          snapshotBefore: (kind) => {
            calls.push(`backup:${kind}`);
            throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
          },
        },
      );
    expect(attempt).toThrow(PlanNotProtectedError);
    expect(attempt).toThrow('Your plan could not be backed up first (PMO Pathway is not allowed to write in its data folder), so the update was not installed.');
    expect(calls.slice(0, 2)).toEqual(['flush', 'backup:update']);
  });
});
