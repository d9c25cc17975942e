import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { buildCvDocument, DEFAULT_EXPORT_OPTIONS, documentBullets, renderMarkdown, renderPlainText } from '../../shared/cv/export';
import { BRIDGE_TOKEN_HEADER, BRIDGE_TOKEN_META, bridgeCallPath } from '../../shared/ipc/bridge-protocol';
import { localDate, type PlanChangeInput } from '../../shared/model';
import { cvFixturePlan } from '../support/cv-fixture';
import { jsonResumeErrors } from '../support/json-resume-validator';
import { BridgeProcess } from './support/bridge';

// Issue 5 through the real UI: the fixture plan goes in through the bridge's own API, then every export
// button is pressed and each downloaded file is read back by an independent reader (mammoth for Word,
// pdftotext for PDF, the official JSON Resume schema), plus copy, by-hand order and the Ctrl+E shortcut.

const fixture = cvFixturePlan();
const strip = <T extends { createdAt: string; updatedAt: string }>({ createdAt: _c, updatedAt: _u, ...rest }: T) => rest;
const SEED: PlanChangeInput = {
  type: 'batch',
  changes: [
    { type: 'profile.update', patch: { name: fixture.profile.name, currentRole: fixture.profile.currentRole } },
    ...fixture.skills.map((item) => ({ type: 'skill.put' as const, item: strip(item) })),
    ...fixture.certifications.map((item) => ({ type: 'certification.put' as const, item: strip(item) })),
    ...fixture.achievements.map((item) => ({ type: 'achievement.put' as const, item: strip(item) })),
  ],
};

/** Calls the bridge API from inside the page, exactly as the app's own transport does. */
async function seed(page: Page): Promise<void> {
  const ok = await page.evaluate(
    async ({ change, meta, header, url }) => {
      const token = document.querySelector<HTMLMetaElement>(`meta[name="${meta}"]`)!.content;
      const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', [header]: token }, body: JSON.stringify({ args: [change] }) });
      return ((await response.json()) as { envelope: { ok: boolean } }).envelope.ok;
    },
    { change: SEED, meta: BRIDGE_TOKEN_META, header: BRIDGE_TOKEN_HEADER, url: bridgeCallPath('applyChange') },
  );
  expect(ok).toBe(true);
}

const today = localDate(new Date());
const expectedDocument = (options = DEFAULT_EXPORT_OPTIONS) => buildCvDocument(fixture, options, today);
const fileName = (extension: string) => `Achievements - Alex Morgan - ${today.slice(0, 7)}.${extension}`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-e2e-export-'));

async function exportVia(page: Page, button: string, extension: string): Promise<{ download: Download; file: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Export as' }).getByRole('button', { name: button, exact: true }).click()]);
  expect(download.suggestedFilename()).toBe(fileName(extension));
  const file = path.join(work, `${button.replace(/\s/g, '-')}.${extension}`);
  await download.saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(`Downloaded “${fileName(extension)}”.`);
  return { download, file };
}

test.describe('exporting the achievements list', () => {
  let bridge: BridgeProcess;
  test.beforeEach(async ({ page }) => {
    bridge = new BridgeProcess();
    await bridge.start();
    await page.goto(bridge.url);
    await page.getByRole('button', { name: 'Skip set-up' }).click();
    await seed(page);
    await page.reload();
    await page.getByRole('button', { name: /^Export/ }).click();
    await expect(page.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible();
  });
  test.afterEach(async () => bridge.stop());

  test('every format downloads and reads back correctly', async ({ page }) => {
    await expect(page.getByText('5 achievements will be exported')).toBeVisible();
    const preview = page.getByRole('article', { name: /Formatted preview, A4 page/ });
    for (const bullet of documentBullets(expectedDocument())) await expect(preview.getByText(bullet.text, { exact: true })).toBeVisible();

    const docx = await exportVia(page, 'DOCX', 'docx');
    await page.locator('.export-actions').screenshot({ path: 'test-results/screens/export-downloaded.png' });
    const { value: html } = await mammoth.convertToHtml({ path: docx.file });
    expect(html).toContain('<h1>Alex Morgan</h1>');
    expect(html).toContain('<h2>Experience</h2>');
    const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(items.slice(0, 5)).toEqual(documentBullets(expectedDocument()).map((b) => b.text));

    const pdf = await exportVia(page, 'PDF', 'pdf');
    const pdfText = execFileSync('pdftotext', ['-layout', pdf.file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    let from = 0;
    for (const expected of ['Alex Morgan', 'EXPERIENCE', ...documentBullets(expectedDocument()).map((b) => b.text), 'CERTIFICATIONS', 'SKILLS', 'Page 1 of 1']) {
      const at = pdfText.indexOf(expected, from);
      expect(at, expected).toBeGreaterThanOrEqual(from);
      from = at + expected.length;
    }

    const text = await exportVia(page, 'Plain text', 'txt');
    expect(fs.readFileSync(text.file, 'utf8')).toBe(renderPlainText(expectedDocument()));
    const markdown = await exportVia(page, 'Markdown', 'md');
    expect(fs.readFileSync(markdown.file, 'utf8')).toBe(renderMarkdown(expectedDocument()));

    const json = await exportVia(page, 'JSON Resume', 'json');
    const resume = JSON.parse(fs.readFileSync(json.file, 'utf8'));
    expect(jsonResumeErrors(resume)).toEqual([]);
    expect(resume.basics.name).toBe('Alex Morgan');
    expect(resume.work[0]).toMatchObject({ name: 'Northwind Health', position: 'Project Manager' });
    expect(resume.certificates[0]).toMatchObject({ credentialId: 'GR656-123', expiryDate: '2027-03-14' });
  });

  test('copies the plain text, arranges by hand with the keyboard, and Ctrl+E saves DOCX', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(bridge.url).origin });
    await page.getByRole('button', { name: 'Copy to clipboard' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied 5 bullets as plain text.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(renderPlainText(expectedDocument()));

    // Filters narrow the list, live.
    await page.getByLabel('Area').selectOption('organisational');
    await expect(page.getByText('2 achievements will be exported')).toBeVisible();
    await page.getByLabel('Area').selectOption('all');

    // By hand: the first bullet moves down with the keyboard and focus follows it.
    await page.getByLabel('Order').selectOption('manual');
    const moveDown = page.getByRole('button', { name: /^Move down: Cut late status reports/ });
    await moveDown.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: /^Move up: Cut late status reports/ })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Moved' })).toContainText('to position 2 of 2');
    await page.getByRole('button', { name: 'Move group down: Project Manager, Northwind Health' }).click();

    const bullets = page.getByRole('article', { name: /Formatted preview/ }).getByRole('listitem');
    await expect(bullets.nth(0)).toHaveText('Onboarded new project managers to the PMO toolkit.');
    await expect(bullets.nth(2)).toHaveText(/^Rebuilt the programme RAID log/);
    await expect(bullets.nth(3)).toHaveText(/^Cut late status reports/);

    // The shortcut exports the primary format (DOCX) with the by-hand order.
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+e')]);
    const file = path.join(work, 'shortcut.docx');
    await download.saveAs(file);
    const { value: html } = await mammoth.convertToHtml({ path: file });
    expect(html.indexOf('Onboarded new project')).toBeLessThan(html.indexOf('Rebuilt the programme RAID log'));
    expect(html.indexOf('Rebuilt the programme RAID log')).toBeLessThan(html.indexOf('Cut late status reports'));
  });

  test('when copying is refused, the plain text is shown selected, ready for Ctrl+C', async ({ page }) => {
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await page.getByRole('button', { name: 'Copy to clipboard' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Copying was not allowed' })).toContainText('The plain text is selected below');
    const text = page.getByRole('textbox', { name: 'Plain text of the achievements list' });
    await expect(text).toBeFocused();
    const selection = await text.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd, el.value.length]);
    expect(selection).toEqual([0, selection[2], selection[2]]);
  });

  test('has no accessibility violations in either theme', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.getByLabel('Order').selectOption(colorScheme === 'light' ? 'newest' : 'manual');
      const results = await new AxeBuilder({ page }).include('#main').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  test('looks right in light and dark', async ({ page }) => {
    fs.mkdirSync('test-results/screens', { recursive: true });
    await page.screenshot({ path: 'test-results/screens/export-light.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('radio', { name: 'Plain text' }).check();
    await expect(page.getByRole('textbox', { name: 'Plain text of the achievements list' })).toHaveValue(renderPlainText(expectedDocument()));
    await page.screenshot({ path: 'test-results/screens/export-dark.png', fullPage: true });
    await page.getByLabel('Order').selectOption('manual');
    await page.getByRole('region', { name: 'Arrange by hand' }).scrollIntoViewIfNeeded();
    await page.getByRole('region', { name: 'Arrange by hand' }).screenshot({ path: 'test-results/screens/export-by-hand-dark.png' });
  });
});

test('a PDF that cannot be made is explained, and nothing is downloaded', async ({ page }) => {
  // The bridge prints with Chromium; point it at one that does not exist.
  const previous = process.env.CHROMIUM_PATH;
  process.env.CHROMIUM_PATH = '/nonexistent/chromium';
  const bridge = new BridgeProcess();
  try {
    await bridge.start();
  } finally {
    if (previous === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = previous;
  }
  try {
    await page.goto(bridge.url);
    await page.getByRole('button', { name: 'Skip set-up' }).click();
    await seed(page);
    await page.reload();
    await page.getByRole('button', { name: /^Export/ }).click();
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByRole('group', { name: 'Export as' }).getByRole('button', { name: 'PDF', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'PDF export failed' })).toContainText('Chromium, which makes the PDF, did not start');
    await expect(page.getByRole('button', { name: 'PDF', exact: true })).toBeEnabled();
    expect(downloads).toBe(0);
    await page.locator('.export-actions').screenshot({ path: 'test-results/screens/export-failure.png' });
  } finally {
    await bridge.stop();
  }
});
