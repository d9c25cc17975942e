import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { minimalPdf } from '../support/minimal-pdf';
import { BridgeProcess } from './support/bridge';

// Issue 13's promise, through the real UI, services and plan file: paste a listing, see what it asks
// for graded against the plan, add a missing certification in one step and see its grade change, save
// the listing, and find it again after a restart.

const ADVERT_HTML = `
<h1>Senior PMO Analyst</h1>
<p>Northwind Health, Leeds</p>
<h2>About the role</h2>
<p>You will run the RAID log, produce weekly status reports and KPI dashboards in Power BI, and support the portfolio board.</p>
<h2>Essential criteria</h2>
<ul><li>P3O Foundation</li><li>3+ years' experience in a PMO environment</li><li>Strong stakeholder management</li></ul>
<h2>Desirable</h2>
<ul><li>Experience of benefits realisation</li><li>Knowledge of Jira</li></ul>
<h2>What we offer</h2>
<p>Salary £45,000 - £50,000 per annum, a pension and 30 days' holiday. We are an equal opportunities employer.</p>`;

async function pasteHtml(page: Page, label: string, html: string) {
  const area = page.getByLabel(label);
  await area.focus();
  await area.evaluate((element, markup) => {
    const data = new DataTransfer();
    data.setData('text/html', markup);
    data.setData('text/plain', markup.replace(/<[^>]+>/g, ' '));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

const askRow = (page: Page, label: string) => page.locator('li.ask').filter({ has: page.locator('.ask-label', { hasText: new RegExp(`^${label}$`) }) });

test('paste a listing, close a gap in one step, save it, and find it after a restart', async ({ page }) => {
  const bridge = new BridgeProcess();
  await bridge.start();
  try {
    await page.goto(bridge.url);
    await page.getByRole('button', { name: 'Skip set-up' }).click();
    await page.getByRole('button', { name: 'Add a job listing' }).click();
    await expect(page.getByRole('heading', { name: 'New job listing' })).toBeVisible();

    await pasteHtml(page, 'The listing’s text', ADVERT_HTML);
    // The HTML became text with its headings and bullets on their own lines, and the title was guessed.
    await expect(page.getByLabel('The listing’s text')).toHaveValue(/^Senior PMO Analyst\nNorthwind Health, Leeds\nAbout the role\n/);
    await expect(page.getByLabel('Job title')).toHaveValue('Senior PMO Analyst');
    await expect(page.locator('.summary-headline')).toContainText('things it asks for');

    const p3o = askRow(page, 'P3O');
    await expect(p3o.locator('.weight')).toHaveText('Essential');
    await expect(p3o.locator('.grade')).toHaveText('Missing');
    await expect(askRow(page, 'Jira').locator('.weight')).toHaveText('Desirable');
    // The employer's boilerplate (salary, pension) is not read as asks; the text shows every match.
    await expect(page.locator('mark.grade-mark', { hasText: 'P3O Foundation' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/listing-pasted.png', fullPage: true });

    await p3o.getByRole('button', { name: /^Add P3O .* to your certifications$/ }).click();
    await expect(p3o.locator('.grade')).toHaveText('Planned');
    await expect(p3o.locator('.ask-reason')).toContainText('is in your plan (Planned)');
    await expect(p3o).toContainText('Added from this listing');
    // Closing the gap saved the listing with it.
    await expect(page.getByRole('heading', { name: 'Senior PMO Analyst' })).toBeVisible();

    await page.getByLabel('Organisation (optional)').fill('Northwind Health');
    await page.getByRole('button', { name: 'Save listing' }).click();
    await expect(page.getByText('All changes saved')).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/listing-compared.png', fullPage: true });

    await bridge.restart();
    await page.goto(bridge.url);
    await page.getByRole('button', { name: /^Job listings/ }).click();
    await expect(page.getByRole('button', { name: 'Senior PMO Analyst at Northwind Health', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What the roles you are looking at ask for most' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/listings.png', fullPage: true });

    await page.getByRole('button', { name: 'Senior PMO Analyst at Northwind Health', exact: true }).click();
    await expect(askRow(page, 'P3O').locator('.grade')).toHaveText('Planned');
    const stored = JSON.parse(fs.readFileSync(`${bridge.dataDir}/plan.json`, 'utf8'));
    expect(stored.listings).toHaveLength(1);
    expect(stored.listings[0].closedGaps).toEqual([{ termId: 'cert-p3o', collection: 'certifications', itemId: stored.certifications[0].id }]);
    expect(stored.certifications[0]).toMatchObject({ catalogId: 'p3o-foundation', status: 'planned' });
  } finally {
    await bridge.stop();
  }
});

test('a listing dropped as a PDF is read in main; a file that is not a listing is refused in words and nothing changes', async ({ page }) => {
  const bridge = new BridgeProcess();
  await bridge.start();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-listing-files-'));
  try {
    const pdf = path.join(dir, 'advert.pdf');
    fs.writeFileSync(pdf, minimalPdf([['PMO Officer', 'Essential: PRINCE2 Foundation and Power BI']]));
    const binary = path.join(dir, 'photo.txt');
    fs.writeFileSync(binary, Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256)));

    await page.goto(bridge.url);
    await page.getByRole('button', { name: 'Skip set-up' }).click();
    await page.getByRole('button', { name: /^Job listings/ }).click();
    await expect(page.getByText('No job listings yet')).toBeVisible();
    await page.getByRole('button', { name: 'Add your first listing' }).click();

    const fileInput = page.locator('input[type="file"]');
    await fileInput.setInputFiles(binary);
    await expect(page.getByRole('alert')).toContainText('photo.txt: This file is not text, a Word document or a PDF');
    await expect(page.getByLabel('The listing’s text')).toHaveValue('');

    await fileInput.setInputFiles(pdf);
    await expect(page.getByLabel('The listing’s text')).toHaveValue('PMO Officer\nEssential: PRINCE2 Foundation and Power BI');
    await expect(page.getByLabel('Job title')).toHaveValue('PMO Officer');
    await expect(askRow(page, 'PRINCE2 Foundation').locator('.weight')).toHaveText('Essential');
    await expect(askRow(page, 'Power BI').locator('.grade')).toHaveText('Missing');
    const plan = JSON.parse(fs.readFileSync(`${bridge.dataDir}/plan.json`, 'utf8'));
    expect(plan.listings ?? []).toEqual([]); // nothing is saved until the person saves
  } finally {
    await bridge.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a paste that cannot be compared says why in words, and a too-long one is refused without saving anything', async ({ page }) => {
  const bridge = new BridgeProcess();
  await bridge.start();
  try {
    await page.goto(bridge.url);
    await page.getByRole('button', { name: 'Skip set-up' }).click();
    await page.getByRole('button', { name: /^Job listings/ }).click();
    await page.getByRole('button', { name: 'Add your first listing' }).click();
    const area = page.getByLabel('The listing’s text');

    await area.fill('Chef de projet PMO\n\nVous piloterez le portefeuille de projets et animerez les comités de pilotage. Vous assurerez le suivi des risques, des budgets et des plannings avec les chefs de projet, et vous préparerez les tableaux de bord pour la direction générale.');
    await expect(page.locator('.listing-problem')).toContainText('does not look like English');
    await page.screenshot({ path: 'test-results/screens/listing-not-english.png', fullPage: true });

    await area.fill('Benefits\nWe offer a pension and 30 days of annual leave.\nWe are an equal opportunities employer and welcome applications from everyone.');
    await expect(page.locator('.listing-problem')).toContainText("only the employer's standard wording");

    await page.getByLabel('Job title').fill('Too long');
    await area.fill('Maintain the RAID log for the programme board. '.repeat(1_200));
    await expect(page.getByRole('alert')).toContainText('characters long; a job listing is rarely over 20,000');
    await page.getByRole('button', { name: 'Save to my listings' }).click();
    await expect(page.getByRole('alert')).toContainText('Keep the listing text under 50,000 characters');
    await page.screenshot({ path: 'test-results/screens/listing-too-long.png', fullPage: true });
    const plan = JSON.parse(fs.readFileSync(`${bridge.dataDir}/plan.json`, 'utf8'));
    expect(plan.listings ?? []).toEqual([]);
  } finally {
    await bridge.stop();
  }
});
