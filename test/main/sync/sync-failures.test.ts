import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncFolderFs } from '../../../main/services/sync/sync-folder';
import { removeTempDirs, switchableFs } from '../../support/temp-plan';
import { addAchievement, openComputer, quarantined, syncFolder, titles } from '../../support/sync-computers';

afterEach(() => removeTempDirs());

describe('the sync folder when things go wrong', () => {
  it('a full disk in the sync folder is said in words; the plan is safe here and the file is written once there is room', async () => {
    const folder = syncFolder();
    const faults = switchableFs();
    const work = await openComputer('Work laptop', { syncFs: faults.fs as unknown as SyncFolderFs });
    work.app.services.plan.apply(addAchievement('a1', 'Ran the PMO intake review'));
    const { device } = await work.app.services.sync.useFolder({ folder });
    faults.fail('open', 'ENOSPC', (p) => p.startsWith(folder));
    work.app.services.plan.apply(addAchievement('a2', 'Written while the disk was full'));
    const full = work.app.services.sync.check();
    expect(full.problem).toMatch(/could not be written to .*safe on this computer/);
    expect(titles(work)).toContain('Written while the disk was full');
    faults.heal();
    expect(work.app.services.sync.check().problem).toBeNull();
    expect(fs.readFileSync(path.join(folder, `plan.${device.id}.json`), 'utf8')).toContain('Written while the disk was full');
  });

  it('a file from a newer PMO Pathway is passed over with words, and our own file is still written', async () => {
    const folder = syncFolder();
    const work = await openComputer('Work laptop');
    const state = await work.app.services.sync.useFolder({ folder });
    const own = JSON.parse(fs.readFileSync(path.join(folder, `plan.${state.device.id}.json`), 'utf8'));
    const newer = { ...own, device: { ...own.device, id: 'bbbbbbbbbbbbbbbb', name: 'Home PC' }, plan: { ...own.plan, schemaVersion: 99 } };
    fs.writeFileSync(path.join(folder, 'plan.bbbbbbbbbbbbbbbb.json'), JSON.stringify(newer));
    work.app.services.plan.apply(addAchievement('a1', 'Still written'));
    const after = work.app.services.sync.check();
    expect(after.skipped).toEqual([{ file: 'plan.bbbbbbbbbbbbbbbb.json', words: expect.stringContaining('Home PC uses a newer PMO Pathway') }]);
    expect(fs.readFileSync(path.join(folder, `plan.${state.device.id}.json`), 'utf8')).toContain('Still written');
    // Left exactly as it was, for the newer app.
    expect(JSON.parse(fs.readFileSync(path.join(folder, 'plan.bbbbbbbbbbbbbbbb.json'), 'utf8')).plan.schemaVersion).toBe(99);
  });

  it('a damaged sync-state.json is moved to quarantine, said, and the folder is merged again with nothing lost', async () => {
    const folder = syncFolder();
    const work = await openComputer('Work laptop');
    work.app.services.plan.apply(addAchievement('a1', 'Ran the PMO intake review'));
    await work.app.services.sync.useFolder({ folder });
    work.app.services.plan.apply({ type: 'item.delete', collection: 'achievements', id: 'a1' });
    work.app.services.sync.check();
    work.app.close();
    fs.writeFileSync(path.join(work.dataDir, 'sync-state.json'), '{"version":1,"base":');
    const again = await openComputer('Work laptop', { dataDir: work.dataDir, clock: work.clock });
    expect(again.app.services.sync.state().problem).toMatch(/damaged/);
    again.app.services.sync.start();
    expect(quarantined(again).some((name) => name.startsWith('sync-state'))).toBe(true);
    // The deletion is remembered by our own file in the folder: the achievement does not come back.
    expect(titles(again)).toEqual([]);
  });

  it('choosing a folder when no backup can be taken first is refused with why, and nothing changes', async () => {
    const folder = syncFolder();
    const work = await openComputer('Work laptop');
    work.app.services.plan.apply(addAchievement('a1', 'Ran the PMO intake review'));
    const backups = path.join(work.dataDir, 'backups');
    fs.rmSync(backups, { recursive: true, force: true });
    fs.writeFileSync(backups, 'not a folder');
    await expect(work.app.services.sync.useFolder({ folder })).rejects.toThrow(/could not back up your plan first .* nothing was changed/);
    expect(work.app.services.sync.state().folder).toBeNull();
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(titles(work)).toEqual(['Ran the PMO intake review']);
  });
});

describe('two installations with one device id', () => {
  it('an app folder copied to a second computer: the first to notice takes a new id, and both keep every item', async () => {
    const folder = syncFolder();
    const work = await openComputer('Work laptop');
    work.app.services.plan.apply(addAchievement('a1', 'Ran the PMO intake review'));
    const { device } = await work.app.services.sync.useFolder({ folder });
    work.app.close();
    const copyDir = syncFolder();
    fs.cpSync(work.dataDir, copyDir, { recursive: true });
    const laptop = await openComputer('Work laptop', { dataDir: work.dataDir, clock: work.clock });
    laptop.app.services.sync.start();
    const copy = await openComputer('New PC', { dataDir: copyDir, clock: work.clock });
    copy.app.services.sync.start();
    copy.clock.advance(60_000);
    copy.app.services.plan.apply(addAchievement('a2', 'Logged on the copy'));
    copy.app.services.sync.check();

    const noticed = laptop.app.services.sync.check();
    expect(noticed.problem).toMatch(/New PC was writing this computer's file/);
    expect(noticed.device.id).not.toBe(device.id);
    expect(fs.existsSync(path.join(folder, `plan.${noticed.device.id}.json`))).toBe(true);
    expect(titles(laptop)).toEqual(['Logged on the copy', 'Ran the PMO intake review']);
    copy.app.services.sync.check();
    expect(copy.app.services.sync.state().computers).toEqual(['Work laptop']);
  });
});
