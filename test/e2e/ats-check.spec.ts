import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { documentBullets, buildCvDocument, DEFAULT_EXPORT_OPTIONS } from '../../shared/cv/export';
import { localDate } from '../../shared/model';
import { cvFixturePlan } from '../support/cv-fixture';
import { BridgeProcess } from './support/bridge';

// Issue 16's self-check through the real UI, services and files: the Word file checked from the Export
// screen, then a PDF export checked by itself afterwards, each read back in main.

function seededPlan() {
  const plan = cvFixturePlan();
  return { ...plan, profile: { ...plan.profile, onboardedAt: '2026-11-01T09:00:00.000Z' } };
}

test('see what an ATS reads: every achievement read back in order, from the Word file and the exported PDF', async ({ page }) => {
  const bridge = new BridgeProcess();
  fs.writeFileSync(path.join(bridge.dataDir, 'plan.json'), JSON.stringify(seededPlan(), null, 2));
  await bridge.start();
  try {
    const bullets = documentBullets(buildCvDocument(seededPlan(), DEFAULT_EXPORT_OPTIONS, localDate(new Date()))).length;
    await page.goto(bridge.url);
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: /^Export/ }).click();
    const panel = page.getByRole('region', { name: 'What an ATS reads' });
    await panel.getByRole('button', { name: 'Check the Word file' }).click();
    await expect(panel.locator('[data-check="bullets"]')).toContainText(`${bullets} of ${bullets} achievements read back in order.`);
    await expect(panel.getByRole('heading', { level: 3 }).first()).toContainText('every check passed');
    await expect(panel.getByRole('region', { name: 'The whole document' })).toContainText('alex.morgan@example.com');

    // Exporting the PDF checks what was saved, page by page.
    await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Export as' }).getByRole('button', { name: 'PDF', exact: true }).click()]);
    await expect(panel.getByRole('heading', { level: 3 }).first()).toContainText('.pdf: every check passed');
    await expect(panel.locator('[data-check="split"]')).toContainText('No achievement is split across two pages.');
    await expect(panel.locator('[data-check="pages"]')).toContainText('within the usual length');
    await page.locator('#main').evaluate((main) => main.scrollTo(0, 0));
    await page.screenshot({ path: 'test-results/screens/ats-check.png', fullPage: true });
  } finally {
    await bridge.stop();
  }
});

test('a misspelling in a bullet is caught as it is typed, with what was meant, and a name can join the dictionary', async ({ page }) => {
  const bridge = new BridgeProcess();
  fs.writeFileSync(path.join(bridge.dataDir, 'plan.json'), JSON.stringify(seededPlan(), null, 2));
  await bridge.start();
  try {
    await page.goto(bridge.url);
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: /^Achievements/ }).click();
    await page.getByRole('button', { name: 'New achievement' }).first().click();
    await page.getByLabel('Title').fill('Recieved the Northwind award for portfolio reporting');
    const spelling = page.locator('[data-check="spelling"]');
    await expect(spelling).toContainText('“Recieved” may be misspelt: did you mean “Received”');
    await expect(spelling).toContainText('“Northwind” may be misspelt');
    await spelling.getByRole('button', { name: 'Add “Northwind” to my dictionary' }).click();
    await expect(spelling).not.toContainText('Northwind');
    await expect.poll(() => JSON.parse(fs.readFileSync(path.join(bridge.dataDir, 'plan.json'), 'utf8')).preferences.userWords).toEqual(['Northwind']);
  } finally {
    await bridge.stop();
  }
});
