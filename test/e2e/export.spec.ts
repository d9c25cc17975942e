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
import { CV_FIXTURE_PROFILE, cvFixturePlan, longCvPlan } from '../support/cv-fixture';
import { jsonResumeErrors } from '../support/json-resume-validator';
import { BridgeProcess } from './support/bridge';

// Issues 5 and 12 through the real UI: the fixture plan (roles, contact details, work in progress) goes in
// through the bridge's own API, then every export button is pressed and each downloaded file is read back
// by an independent reader (mammoth for Word, pdftotext for PDF, the official JSON Resume schema), plus
// copy, plain-text wrapping, the length estimate, by-hand order and the Ctrl+E shortcut.

const fixture = cvFixturePlan();
const strip = <T extends { createdAt: string; updatedAt: string }>({ createdAt: _c, updatedAt: _u, ...rest }: T) => rest;
const { cvPageSize: _pageSize, ...profilePatch } = CV_FIXTURE_PROFILE;
const seedOf = (plan: typeof fixture): PlanChangeInput => ({
  type: 'batch',
  changes: [
    { type: 'profile.update', patch: profilePatch },
    ...plan.roles.map((item) => ({ type: 'role.put' as const, item: strip(item) })),
    ...plan.skills.map((item) => ({ type: 'skill.put' as const, item: strip(item) })),
    ...plan.certifications.map((item) => ({ type: 'certification.put' as const, item: strip(item) })),
    ...plan.achievements.map((item) => ({ type: 'achievement.put' as const, item: strip(item) })),
  ],
});
const SEED = seedOf(fixture);

/** Calls the bridge API from inside the page, exactly as the app's own transport does. */
async function seed(page: Page, change: PlanChangeInput = SEED): Promise<void> {
  const ok = await page.evaluate(
    async ({ change, meta, header, url }) => {
      const token = document.querySelector<HTMLMetaElement>(`meta[name="${meta}"]`)!.content;
      const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', [header]: token }, body: JSON.stringify({ args: [change] }) });
      return ((await response.json()) as { envelope: { ok: boolean } }).envelope.ok;
    },
    { change, meta: BRIDGE_TOKEN_META, header: BRIDGE_TOKEN_HEADER, url: bridgeCallPath('applyChange') },
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
    await expect(page.getByText('PDF and Word file: About 1 page of A4 — a UK CV is usually 2 sides of A4.')).toBeVisible();
    const preview = page.getByRole('article', { name: /Formatted preview, A4 page/ });
    await expect(preview.getByText('alex.morgan@example.com · 07700 900123 · Leeds, UK · www.linkedin.com/in/alex-morgan', { exact: true })).toBeVisible();
    await expect(preview.getByText('Leeds · Mar 2021 – present', { exact: true })).toBeVisible();
    await expect(preview.getByRole('heading', { name: 'Certifications in progress' })).toBeVisible();
    for (const bullet of documentBullets(expectedDocument())) await expect(preview.getByText(bullet.text, { exact: true })).toBeVisible();

    const docx = await exportVia(page, 'DOCX', 'docx');
    await page.locator('.export-actions').screenshot({ path: 'test-results/screens/export-downloaded.png' });
    const { value: html } = await mammoth.convertToHtml({ path: docx.file });
    expect(html).toContain('<h1>Alex Morgan</h1><p>Project Manager</p><p><a href="mailto:alex.morgan@example.com">alex.morgan@example.com</a>');
    expect(html).toContain('<h3>Project Manager, Northwind Health</h3><p>Leeds · Mar 2021 – present</p>');
    expect(html).toContain('<h2>Certifications in progress</h2>');
    const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(items.slice(0, 5)).toEqual(documentBullets(expectedDocument()).map((b) => b.text));

    const pdf = await exportVia(page, 'PDF', 'pdf');
    const pdfText = execFileSync('pdftotext', ['-layout', pdf.file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    let from = 0;
    const inOrder = [
      'Alex Morgan',
      'alex.morgan@example.com · 07700 900123 · Leeds, UK',
      'EXPERIENCE',
      'Leeds · Mar 2021 – present',
      ...documentBullets(expectedDocument()).map((b) => `• ${b.text}`),
      'CERTIFICATIONS',
      'Credential ID GR656-123456',
      'CERTIFICATIONS IN PROGRESS',
      'Exam booked for March 2027',
      'SKILLS',
      'Page 1 of 1',
    ];
    for (const expected of inOrder) {
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
    expect(resume.basics).toMatchObject({ name: 'Alex Morgan', email: 'alex.morgan@example.com', phone: '07700 900123', location: { city: 'Leeds, UK' } });
    expect(resume.work[0]).toMatchObject({ name: 'Northwind Health', position: 'Project Manager', startDate: '2021-03' });
    expect(resume.work[1]).toMatchObject({ name: 'Contoso Retail', startDate: '2018-01', endDate: '2021-02' });
    expect(resume.certificates.map((c: { name: string }) => c.name)).toEqual(['PRINCE2 7 Foundation', 'ITIL 3 Foundation']);
  });

  test('plain text is one line per bullet, and wraps at 80 columns for e-mail when asked', async ({ page }) => {
    await page.getByRole('radio', { name: 'Plain text' }).check();
    const text = page.getByRole('textbox', { name: 'Plain text of the achievements list' });
    await expect(text).toHaveValue(renderPlainText(expectedDocument()));
    const wrap = page.getByRole('checkbox', { name: 'Wrap lines at 80 characters (for e-mail)' });
    await expect(wrap).not.toBeChecked();
    await wrap.check();
    const wrapped = renderPlainText(expectedDocument(), { wrapText: true });
    await expect(text).toHaveValue(wrapped);
    await expect(page.getByText(/For pasting into an e-mail/)).toBeVisible();
    const file = await exportVia(page, 'Plain text', 'txt');
    expect(fs.readFileSync(file.file, 'utf8')).toBe(wrapped);
    // The choice is about plain text only: it is not offered over the formatted preview.
    await page.getByRole('radio', { name: 'Formatted' }).check();
    await expect(wrap).toHaveCount(0);
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
    // Roles keep the work history's newest-first order: only their bullets move. Area groups move whole.
    await expect(page.getByText('Roles stay newest first, the way a work history reads.')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Move group/ })).toHaveCount(0);
    await page.getByLabel('Group').selectOption('area');
    await page.getByRole('button', { name: 'Move group down: Organisational skills' }).click();

    const bullets = page.getByRole('article', { name: /Formatted preview/ }).getByRole('listitem');
    await expect(bullets.nth(0)).toHaveText(/^Coached six new project managers/);
    await expect(bullets.nth(1)).toHaveText(/^Rebuilt the programme RAID log/);
    await expect(bullets.nth(2)).toHaveText(/^Cut late status reports/);

    // The shortcut exports the primary format (DOCX) with the by-hand order.
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+e')]);
    const file = path.join(work, 'shortcut.docx');
    await download.saveAs(file);
    const { value: html } = await mammoth.convertToHtml({ path: file });
    expect(html.indexOf('Coached six new project')).toBeLessThan(html.indexOf('Rebuilt the programme RAID log'));
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
      await page.getByRole('radio', { name: colorScheme === 'light' ? 'Plain text' : 'Formatted' }).check();
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

test('a long list says how many pages it runs to, and how to cut it with "Most relevant first"', async ({ page }) => {
  const bridge = new BridgeProcess();
  await bridge.start();
  try {
    await page.goto(bridge.url);
    await page.getByRole('button', { name: 'Skip set-up' }).click();
    await seed(page, seedOf(longCvPlan(40)));
    await page.reload();
    await page.getByRole('button', { name: /^Export/ }).click();
    const length = page.locator('.export-length');
    await expect(length).toContainText(/^PDF and Word file: About [3-9] pages of A4 — a UK CV is usually 2 sides of A4\. To cut it, choose Order: “Most relevant first”/);
    await page.getByLabel('Order').selectOption('relevant');
    await expect(length).toContainText('The least relevant are last: untick “Include in CV” on the Achievements screen for the last ones in each role.');
    await page.getByLabel('Page size').selectOption('Letter');
    await expect(length).toContainText(/of US Letter — a US résumé is usually 1–2 pages\./);
    // The estimate agrees with the PDF the button makes, to within a page.
    const estimated = Number(/About (\d+) pages/.exec((await length.textContent()) ?? '')?.[1]);
    const pdf = await exportVia(page, 'PDF', 'pdf');
    const printed = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf.file], { encoding: 'utf8' }))?.[1]);
    expect(Math.abs(estimated - printed)).toBeLessThanOrEqual(1);
  } finally {
    await bridge.stop();
  }
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
