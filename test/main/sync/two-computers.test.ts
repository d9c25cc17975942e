import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../../support/temp-plan';
import { addAchievement, filesIn, openComputer, quarantined, syncFolder, titles } from '../../support/sync-computers';

afterEach(() => removeTempDirs());

describe('one plan on two computers, through one sync folder', () => {
  it('a second computer choosing the same folder finds the plan; edits travel both ways with a notice of what arrived', async () => {
    const folder = syncFolder();
    const work = await openComputer('Work laptop');
    const home = await openComputer('Home PC');
    work.app.services.plan.apply(addAchievement('a1', 'Ran the PMO intake review'));
    const joined = await work.app.services.sync.useFolder({ folder });
    expect(joined.folder).toBe(folder);
    expect(filesIn(folder)).toEqual([`plan.${joined.device.id}.json`]);

    const merged: (string | null)[] = [];
    home.app.services.sync.subscribe((news) => merged.push(news.merged));
    const second = await home.app.services.sync.useFolder({ folder });
    expect(titles(home)).toEqual(['Ran the PMO intake review']);
    expect(second.computers).toEqual(['Work laptop']);
    expect(merged).toContain('Merged 1 change from Work laptop');

    home.clock.advance(60_000);
    home.app.services.plan.apply(addAchievement('a2', 'Shadowed the portfolio board'));
    home.app.services.sync.check();
    work.clock.advance(120_000);
    work.app.services.sync.check();
    expect(titles(work)).toEqual(['Ran the PMO intake review', 'Shadowed the portfolio board']);
  });

  it('a deletion on one computer is not undone by the other, and survives both restarting', async () => {
    const folder = syncFolder();
    const work = await openComputer('Work laptop');
    const home = await openComputer('Home PC');
    work.app.services.plan.apply(addAchievement('a1', 'Ran the PMO intake review'));
    work.app.services.plan.apply(addAchievement('a2', 'Built the RAID log'));
    await work.app.services.sync.useFolder({ folder });
    await home.app.services.sync.useFolder({ folder });
    home.clock.advance(60_000);
    home.app.services.plan.apply({ type: 'item.delete', collection: 'achievements', id: 'a1' });
    home.app.services.sync.check();
    work.clock.advance(120_000);
    work.app.services.sync.check();
    expect(titles(work)).toEqual(['Built the RAID log']);

    // Both restart: the work laptop's plan.json still had a1 an instant ago; nothing brings it back.
    work.app.services.plan.flush();
    home.app.services.plan.flush();
    const workAgain = await openComputer('Work laptop', { dataDir: work.dataDir, clock: work.clock });
    workAgain.app.services.sync.start();
    expect(titles(workAgain)).toEqual(['Built the RAID log']);
  });

  it('two computers editing one item at once: the later edit wins, the other is listed with a restore that is an ordinary change', async () => {
    const folder = syncFolder();
    const work = await openComputer('Work laptop');
    const home = await openComputer('Home PC');
    work.app.services.plan.apply(addAchievement('a1', 'Draft title'));
    await work.app.services.sync.useFolder({ folder });
    await home.app.services.sync.useFolder({ folder });
    work.clock.advance(10_000);
    work.app.services.plan.apply(addAchievement('a1', 'Work title'));
    home.clock.advance(20_000);
    home.app.services.plan.apply(addAchievement('a1', 'Home title'));
    work.app.services.sync.check();
    home.app.services.sync.check();
    work.app.services.sync.check();
    expect(titles(work)).toEqual(['Home title']);
    expect(titles(home)).toEqual(['Home title']);

    const [conflict] = work.app.services.sync.state().conflicts;
    expect(conflict).toMatchObject({ title: 'Achievement: Work title', deviceName: 'Work laptop', kind: 'edit' });
    // The version that lost is also in a backup taken before the merge.
    const backups = work.app.services.transfer.listBackups().map((b) => b.reason);
    expect(backups).toContain('before-merge');
    work.app.services.plan.apply(conflict!.restore!);
    expect(titles(work)).toEqual(['Work title']);
    work.app.services.sync.check();
    home.app.services.sync.check();
    expect(titles(home)).toEqual(['Work title']);
  });

  it('a conflict copy a sync service left is merged in and moved to quarantine, never deleted', async () => {
    const folder = syncFolder();
    const work = await openComputer('Work laptop');
    work.app.services.plan.apply(addAchievement('a1', 'Ran the PMO intake review'));
    const state = await work.app.services.sync.useFolder({ folder });
    const own = path.join(folder, `plan.${state.device.id}.json`);
    // An older copy of our file with an item the current one lacks, as Dropbox names it.
    const doc = JSON.parse(fs.readFileSync(own, 'utf8'));
    doc.plan.achievements.push({ ...doc.plan.achievements[0], id: 'a9', title: 'Only in the copy' });
    const copy = path.join(folder, `plan.${state.device.id} (Home PC's conflicted copy 2026-12-02).json`);
    fs.writeFileSync(copy, JSON.stringify(doc));
    work.app.services.sync.check();
    expect(titles(work)).toEqual(['Only in the copy', 'Ran the PMO intake review']);
    expect(fs.existsSync(copy)).toBe(false);
    expect(quarantined(work).some((name) => name.includes('conflicted_copy'))).toBe(true);
  });

  it('a truncated file, an empty placeholder and a missing folder are told in words and never empty the plan', async () => {
    const folder = syncFolder();
    const work = await openComputer('Work laptop');
    work.app.services.plan.apply(addAchievement('a1', 'Ran the PMO intake review'));
    await work.app.services.sync.useFolder({ folder });
    fs.writeFileSync(path.join(folder, 'plan.bbbbbbbbbbbbbbbb.json'), '{"format":"pmo-pathway-device","vers');
    fs.writeFileSync(path.join(folder, 'plan.cccccccccccccccc.json'), '');
    const state = work.app.services.sync.check();
    expect(state.skipped.map((s) => s.file).sort()).toEqual(['plan.bbbbbbbbbbbbbbbb.json', 'plan.cccccccccccccccc.json']);
    expect(state.skipped[0]!.words).toMatch(/not complete yet|empty/);
    expect(titles(work)).toEqual(['Ran the PMO intake review']);

    fs.rmSync(folder, { recursive: true });
    const gone = work.app.services.sync.check();
    expect(gone.problem).toMatch(/is not there/);
    expect(titles(work)).toEqual(['Ran the PMO intake review']);
    work.app.services.plan.apply(addAchievement('a2', 'Logged while the folder was away'));
    fs.mkdirSync(folder);
    expect(work.app.services.sync.check().problem).toBeNull();
    expect(fs.readFileSync(path.join(folder, `plan.${gone.device.id}.json`), 'utf8')).toContain('Logged while the folder was away');
  });

  it('refuses a folder that cannot be used, with why, and changes nothing', async () => {
    const work = await openComputer('Work laptop');
    await expect(work.app.services.sync.useFolder({ folder: 'Dropbox/PMO' })).rejects.toMatchObject({ code: 'validation' });
    await expect(work.app.services.sync.useFolder({ folder: path.join(syncFolder(), 'missing') })).rejects.toThrow(/is not there/);
    expect(work.app.services.sync.state().folder).toBeNull();
  });

  it('"Use the app\'s own folder again" leaves our file for the other computers and stops merging', async () => {
    const folder = syncFolder();
    const work = await openComputer('Work laptop');
    const home = await openComputer('Home PC');
    work.app.services.plan.apply(addAchievement('a1', 'Ran the PMO intake review'));
    await work.app.services.sync.useFolder({ folder });
    await home.app.services.sync.useFolder({ folder });
    const stopped = home.app.services.sync.stop();
    expect(stopped.folder).toBeNull();
    expect(filesIn(folder)).toHaveLength(2);
    work.clock.advance(60_000);
    work.app.services.plan.apply(addAchievement('a2', 'After home stopped'));
    work.app.services.sync.check();
    expect(home.app.services.sync.check().folder).toBeNull();
    expect(titles(home)).toEqual(['Ran the PMO intake review']);
  });
});
