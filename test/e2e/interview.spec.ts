import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { PLAN_SCHEMA_VERSION } from '../../shared/model';
import { achievement, planWith, role } from '../support/plan-builders';
import { BridgeProcess } from './support/bridge';

// Issue 14's promise through the real UI, services and plan file: answer two questions with
// achievements, practise one from the keyboard, export the prep sheet and read it back (mammoth,
// pdftotext), then restart and find it all still there.

function seededPlan() {
  const plan = planWith({
    roles: [role({ id: 'r1', title: 'Project Manager', organisation: 'Northwind Health', startMonth: '2021-03', current: true })],
    achievements: [
      achievement({
        id: 'a-conflict',
        title: 'Settled a test-environment clash between two PMs',
        roleId: 'r1',
        star: {
          situation: 'Two project managers both needed the only test environment in the same fortnight before go-live.',
          task: 'As PMO lead I had to find a plan both could accept without moving either go-live date.',
          action: 'I met each PM, mapped their test cycles on one timeline, and proposed split shifts; I took it to the portfolio board for a decision.',
          result: 'Both projects went live on time and the board adopted the booking calendar for 12 projects.',
        },
      }),
      achievement({
        id: 'a-governance',
        title: 'Introduced stage gates for the portfolio',
        roleId: 'r1',
        xyz: { accomplished: 'Brought 20 projects under one stage-gate process', measuredBy: 'audit findings fell from 9 to 2', byDoing: 'writing the gate criteria and chairing the first reviews' },
      }),
    ],
  });
  return { ...plan, profile: { ...plan.profile, name: 'Alex Morgan', onboardedAt: '2026-11-01T09:00:00.000Z' } };
}

const row = (page: Page, id: string) => page.locator(`[data-question-id="${id}"]`);

async function answerWith(page: Page, questionId: string, achievementTitle: string) {
  await row(page, questionId).getByRole('combobox', { name: /with an achievement$/ }).selectOption({ label: achievementTitle });
  await expect(page.getByRole('form', { name: 'New story' })).toBeVisible();
}

async function download(page: Page, button: string, dir: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  expect(file.suggestedFilename()).toMatch(/^Interview prep - Alex Morgan - \d{4}-\d{2}\.(docx|pdf|md)$/);
  const target = path.join(dir, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

test('answer two questions with achievements, practise one, export the prep sheet, and find it all after a restart', async ({ page }) => {
  const bridge = new BridgeProcess();
  fs.writeFileSync(path.join(bridge.dataDir, 'plan.json'), JSON.stringify(seededPlan(), null, 2));
  await bridge.start();
  try {
    await page.goto(bridge.url);
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: /^Interviews/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Interview prep' })).toBeVisible();

    // The first story: STAR comes from the achievement; the person adds a reflection.
    await answerWith(page, 'q-conflict-between-pms', 'Settled a test-environment clash between two PMs');
    await expect(page.getByLabel('Action', { exact: true })).toHaveValue(/I met each PM/);
    await expect(page.getByRole('complementary', { name: 'How long this story is' })).toContainText('words');
    await page.getByLabel('Reflection: what I would do differently').fill('I would have set up the booking calendar before the clash, not after it.');
    await page.screenshot({ path: 'test-results/screens/story-editor-prefilled.png', fullPage: true });
    await page.getByRole('button', { name: 'Add story' }).click();
    await expect(page.getByRole('form', { name: 'New story' })).toHaveCount(0);
    await expect(row(page, 'q-conflict-between-pms')).toContainText('Answered by');

    // The second, from an achievement written as X-Y-Z: its parts arrive in STAR order.
    await answerWith(page, 'q-governance-standards', 'Introduced stage gates for the portfolio');
    await expect(page.getByLabel('Result', { exact: true })).toHaveValue('audit findings fell from 9 to 2');
    await page.getByRole('button', { name: 'Add story' }).click();
    await expect(row(page, 'q-governance-standards')).toContainText('Introduced stage gates for the portfolio');

    // Coverage counts both, and still names gaps.
    await page.getByRole('tab', { name: /^Coverage/ }).click();
    await expect(page.getByText('2 prepared stories cover')).toBeVisible();
    await expect(page.locator('tr[data-theme="conflict"] td').last()).toHaveText('1 story');
    await expect(page.locator('li[data-gap="benefits"]')).toContainText('No story yet about tracking the benefits a project was meant to deliver.');

    // Practise the conflict question from the keyboard: Space reveals, 2 rates (saved), N finishes.
    await page.getByRole('tab', { name: /^Questions/ }).click();
    await row(page, 'q-conflict-between-pms').getByRole('button', { name: 'Practise it' }).click();
    await expect(page.getByRole('timer')).toBeVisible();
    await page.locator('#practice-question').click();
    await page.keyboard.press('Space');
    await expect(page.getByRole('region', { name: 'Your story' }).or(page.locator('.practice-story'))).toContainText('I met each PM');
    await page.getByLabel('What to improve next time').fill('Say the 12 projects first.');
    await page.locator('#practice-question').click();
    await page.keyboard.press('2');
    await expect(page.getByRole('status').filter({ hasText: 'Rated 2 (Getting there), saved.' })).toBeVisible();
    await page.keyboard.press('n');
    await expect(page.getByText('Practised once')).toBeVisible();

    // The prep sheet holds the two answered questions; each format reads back.
    await page.getByRole('tab', { name: /^Prep sheet/ }).click();
    await expect(page.getByRole('group', { name: /Questions on the sheet \(2 chosen\)/ })).toBeVisible();
    const dir = fs.mkdtempSync(path.join(bridge.dataDir, 'downloads-'));
    const { value: html } = await mammoth.convertToHtml({ path: await download(page, 'Export DOCX', dir) });
    expect(html).toContain('<h1>Interview preparation: Alex Morgan</h1>');
    expect([...html.matchAll(/<h2>(.*?)<\/h2>/g)]).toHaveLength(2);
    expect(html).toContain('<strong>Action:</strong> I met each PM');
    expect(html).toContain('<strong>Reflection: what I would do differently:</strong> I would have set up the booking calendar');
    const pdfText = execFileSync('pdftotext', ['-layout', await download(page, 'Export PDF', dir), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdfText).toContain('Interview preparation: Alex Morgan');
    expect(pdfText).toContain('Story: Introduced stage gates for the portfolio');
    expect(pdfText).toContain('Result: audit findings fell from 9 to 2');
    const markdown = fs.readFileSync(await download(page, 'Export Markdown', dir), 'utf8');
    expect(markdown).toMatch(/^# Interview preparation: Alex Morgan\n/);
    expect(markdown.match(/^## \d\. /gm)).toHaveLength(2);

    // After a restart the stories and the practice are still there, in the plan file too.
    await bridge.stop();
    await bridge.start();
    await page.goto(bridge.url);
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: /^Interviews/ }).click();
    await page.getByRole('tab', { name: /^Stories/ }).click();
    await expect(page.getByRole('button', { name: 'Settled a test-environment clash between two PMs', exact: true })).toBeVisible();
    await expect(page.locator('.story-trend')).toContainText('Practised once · last rated 2');
    const saved = JSON.parse(fs.readFileSync(path.join(bridge.dataDir, 'plan.json'), 'utf8'));
    expect(saved.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(saved.stories).toHaveLength(2);
    expect(saved.practiceSessions).toHaveLength(1);
    expect(saved.practiceSessions[0].answers[0]).toMatchObject({ questionId: 'q-conflict-between-pms', rating: 2, note: 'Say the 12 projects first.' });
  } finally {
    await bridge.stop();
  }
});
