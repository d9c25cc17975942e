import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { BridgeProcess } from './support/bridge';

// Issue 6 through the real UI: the Backups screen restores a snapshot (and the restore can be undone),
// the whole plan goes out as a .pmoplan.json file and comes back in, and a bad file changes nothing.

async function addMilestone(page: Page, title: string) {
  await page.getByRole('button', { name: /^Milestones/ }).click();
  await page.getByLabel('Add a milestone').fill(title);
  await page.getByLabel('Add a milestone').press('Enter');
  await expect(page.getByRole('checkbox', { name: `Done: ${title}` })).toBeVisible();
  await expect(page.getByText('All changes saved')).toBeVisible();
}

test('restore a backup, undo it, save the plan as a file and import it again', async ({ page }, testInfo) => {
  const bridge = new BridgeProcess();
  await bridge.start();
  try {
    await page.goto(bridge.url);
    await page.getByRole('button', { name: 'Skip set-up' }).click();
    await addMilestone(page, 'Read the PMO practice guide');

    // A new session backs up the plan it starts with.
    await bridge.restart();
    await page.goto(bridge.url);
    await addMilestone(page, 'Shadow the PMO for a week');

    await page.getByRole('button', { name: /^Backups/ }).click();
    const backups = page.getByRole('list', { name: 'Backups' });
    await expect(backups.getByText('1 milestone')).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/backups.png', fullPage: true });
    await backups.getByRole('button', { name: /^Restore the backup/ }).first().click();
    await page.getByRole('group', { name: /Restore the backup/ }).getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(page.getByText(/Restored the backup from/)).toBeVisible();
    await expect(backups.getByText('Before a restore')).toBeVisible();

    await page.getByRole('button', { name: /^Milestones/ }).click();
    await expect(page.getByRole('checkbox', { name: 'Done: Read the PMO practice guide' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Done: Shadow the PMO for a week' })).toHaveCount(0);

    // Undo the restore from its message: the second milestone is back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('checkbox', { name: 'Done: Shadow the PMO for a week' })).toBeVisible();

    // Save the whole plan as a file.
    await page.getByRole('button', { name: /^Backups/ }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save a copy of my plan…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^PMO Pathway plan - \d{4}-\d{2}-\d{2}\.pmoplan\.json$/);
    const saved = testInfo.outputPath(file.suggestedFilename());
    await file.saveAs(saved);
    const envelope = JSON.parse(fs.readFileSync(saved, 'utf8'));
    expect(envelope.format).toBe('pmo-pathway-plan');
    expect(envelope.plan.milestones.map((m: { title: string }) => m.title).sort()).toEqual(['Read the PMO practice guide', 'Shadow the PMO for a week']);

    // A damaged file is refused and nothing changes.
    const planBefore = fs.readFileSync(path.join(bridge.dataDir, 'plan.json'));
    const bad = testInfo.outputPath('bad.pmoplan.json');
    fs.writeFileSync(bad, '{"format":"pmo-pathway-plan","formatVersion":1,"plan":{"__proto__":{"polluted":true}}}');
    await page.getByLabel('Import a plan file…').setInputFiles(bad);
    await expect(page.getByRole('alert')).toContainText('not imported');
    expect(fs.readFileSync(path.join(bridge.dataDir, 'plan.json')).equals(planBefore)).toBe(true);

    // Delete a milestone, then import the saved file: both milestones are back.
    await page.getByRole('button', { name: /^Milestones/ }).click();
    await page.getByRole('button', { name: 'Delete Shadow the PMO for a week' }).click();
    await expect(page.getByRole('checkbox', { name: 'Done: Shadow the PMO for a week' })).toHaveCount(0);
    await page.getByRole('button', { name: /^Backups/ }).click();
    await page.getByLabel('Import a plan file…').setInputFiles(saved);
    const preview = page.getByRole('region', { name: 'Import preview' });
    await expect(preview).toContainText('2 milestones');
    await preview.getByRole('button', { name: 'Replace my plan' }).click();
    await expect(page.getByText(/^Imported /)).toBeVisible();
    await page.getByRole('button', { name: /^Milestones/ }).click();
    await expect(page.getByRole('checkbox', { name: 'Done: Shadow the PMO for a week' })).toBeVisible();
  } finally {
    await bridge.stop();
  }
});
