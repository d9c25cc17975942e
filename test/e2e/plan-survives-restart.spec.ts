import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { BridgeProcess } from './support/bridge';

// Issue 2's promise: a person opens the URL `npm run web` prints, adds a milestone, the server restarts,
// and the milestone is still there — through the real UI, the real services and a real plan file.
test('a milestone added in the UI survives a reload and a server restart', async ({ page }) => {
  const bridge = new BridgeProcess();
  await bridge.start();
  try {
    await page.goto(bridge.url);
    await page.getByRole('button', { name: 'Skip set-up' }).click();
    await page.getByRole('button', { name: /^Milestones/ }).click();
    await expect(page.getByText('No milestones yet')).toBeVisible();

    await page.getByLabel('Add a milestone').fill('Shadow the PMO for a week');
    await page.getByLabel('Add a milestone').press('Enter');
    const milestone = page.getByRole('checkbox', { name: 'Done: Shadow the PMO for a week' });
    await expect(milestone).toBeVisible();
    await expect(page.getByLabel('Add a milestone')).toHaveValue('');
    await milestone.check();
    await expect(page.getByText(/^Done \d/)).toBeVisible();
    await expect(page.getByText('All changes saved')).toBeVisible();

    await page.reload();
    await page.getByRole('button', { name: /^Milestones/ }).click();
    await expect(page.getByRole('checkbox', { name: 'Done: Shadow the PMO for a week' })).toBeChecked();

    await bridge.restart();
    await page.goto(bridge.url);
    await page.getByRole('button', { name: /^Milestones/ }).click();
    await expect(page.getByRole('checkbox', { name: 'Done: Shadow the PMO for a week' })).toBeChecked();
    await page.screenshot({ path: 'test-results/screens/foundation-plan.png', fullPage: true });

    const stored = JSON.parse(fs.readFileSync(`${bridge.dataDir}/plan.json`, 'utf8'));
    expect(stored.milestones.map((m: { title: string }) => m.title)).toEqual(['Shadow the PMO for a week']);
  } finally {
    await bridge.stop();
  }
});

test('an edit the plan cannot accept is explained and what was typed stays', async ({ page }) => {
  const bridge = new BridgeProcess();
  await bridge.start();
  try {
    await page.goto(bridge.url);
    await page.getByRole('button', { name: 'Skip set-up' }).click();
    await page.getByRole('button', { name: /^Milestones/ }).click();
    const tooLong = 'x'.repeat(201);
    await page.getByLabel('Add a milestone').fill(tooLong);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('Keep the milestone title under 200 characters');
    await expect(page.getByLabel('Add a milestone')).toHaveValue(tooLong);
    await expect(page.getByText('No milestones yet')).toBeVisible();
  } finally {
    await bridge.stop();
  }
});

test('a second server on the same data folder refuses to start, so one plan file never has two writers', async () => {
  const first = new BridgeProcess();
  await first.start();
  try {
    const second = new BridgeProcess(first.dataDir);
    await expect(second.start()).rejects.toThrow(/Another PMO Pathway server \(process \d+\) is already using/);
  } finally {
    await first.stop();
  }
  // Stopped cleanly, the folder is free again.
  const again = new BridgeProcess(first.dataDir);
  await again.start();
  await again.stop();
});
