import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { achievement, planWith } from '../support/plan-builders';
import { wordCv } from '../support/cv-import-files';
import { BridgeProcess } from './support/bridge';

// Issue 15's promise through the real UI, services and plan file: a CV file is read in main, reviewed
// (one row unticked, one corrected, an area picked), added as one change after a backup, undone and
// redone with the keyboard, still there after a restart, and a second import of it adds nothing.

const RESUME = {
  basics: { name: 'Alex Morgan', label: 'Project Manager', email: 'alex.morgan@example.com', phone: '07700 900123', location: { city: 'Leeds', countryCode: 'GB' } },
  work: [
    {
      name: 'Northwind Health',
      position: 'Project Manager',
      startDate: '2021-03-01',
      highlights: ['Cut late status reports by 40% with a weekly RAID review', 'Brought 12 projects under one stage-gate process', 'Ran the office summer party'],
    },
  ],
  certificates: [{ name: 'PRINCE2® Practitioner', issuer: 'PeopleCert', date: '2019-06-01' }],
  skills: [{ name: 'Stakeholder management' }, { name: 'Facilitation workshops' }],
  education: [{ institution: 'University of Leeds', area: 'Management' }],
};

function seededPlan() {
  const plan = planWith({ achievements: [achievement({ id: 'a-mine', title: 'Set up the PMO intranet page' })] });
  return { ...plan, profile: { ...plan.profile, name: 'Alex Morgan', onboardedAt: '2026-11-01T09:00:00.000Z' } };
}

const goImport = (page: Page) => page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: /^Import a CV/ }).click();
const review = (page: Page) => page.getByRole('region', { name: /^What .* holds$/ });
const row = (page: Page, text: string) => review(page).locator('li.review-row', { hasText: text });
const savedPlan = (bridge: BridgeProcess) => JSON.parse(fs.readFileSync(path.join(bridge.dataDir, 'plan.json'), 'utf8'));

test('import a JSON Resume: review, untick, correct, add, undo and redo, restart, and a second import adds nothing', async ({ page }) => {
  const bridge = new BridgeProcess();
  fs.writeFileSync(path.join(bridge.dataDir, 'plan.json'), JSON.stringify(seededPlan(), null, 2));
  const resumeFile = path.join(bridge.dataDir, 'resume.json');
  fs.writeFileSync(resumeFile, JSON.stringify(RESUME, null, 2));
  await bridge.start();
  try {
    await page.goto(bridge.url);
    await goImport(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Import a CV' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/cv-import-choose.png', fullPage: true });
    await page.locator('input[type=file]').setInputFiles(resumeFile);

    // The review: grouped, the plan's own name kept, what is not held reported.
    await expect(review(page)).toBeVisible();
    await expect(review(page).getByRole('heading', { name: /^Roles/ })).toBeVisible();
    await expect(row(page, 'PRINCE2® Practitioner')).toContainText('→ PRINCE2');
    await expect(review(page)).toContainText('Your plan already has your name');
    await expect(review(page).getByRole('region', { name: /Not imported/ })).toContainText('education');
    await expect(page.getByText(/Choose an area for “Facilitation workshops”/)).toBeVisible();

    await row(page, 'Ran the office summer party').getByRole('checkbox').uncheck();
    await row(page, 'Brought 12 projects').getByRole('button', { name: /^Edit wording/ }).click();
    await row(page, 'Brought 12 projects').getByLabel('Wording').fill('Brought 12 projects under one stage-gate process in six months');
    await row(page, 'Facilitation workshops').getByRole('combobox').selectOption({ label: 'Leadership skills' });
    await expect(page.locator('.cv-confirm-summary')).toHaveText(/^Adds 1 role, 2 achievements, 1 certification, 2 skills and 4 profile details to your plan\./);
    await page.screenshot({ path: 'test-results/screens/cv-import-review.png', fullPage: true });
    await page.getByRole('button', { name: 'Add to my plan' }).click();
    await expect(page.getByRole('heading', { name: 'Added from resume.json' })).toBeVisible();

    // One change, after a backup of the plan as it was.
    await expect.poll(() => savedPlan(bridge).achievements.length).toBe(3);
    const backups = fs.readdirSync(path.join(bridge.dataDir, 'backups')).filter((name) => name.endsWith('-before-cv-import.json'));
    expect(backups).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(bridge.dataDir, 'backups', backups[0]!), 'utf8')).achievements).toHaveLength(1);
    const saved = savedPlan(bridge);
    expect(saved.roles.map((r: { organisation: string }) => r.organisation)).toEqual(['Northwind Health']);
    expect(saved.achievements.map((a: { title: string }) => a.title)).not.toContain('Ran the office summer party');
    expect(saved.achievements.find((a: { title: string }) => a.title.startsWith('Brought 12')).title).toBe('Brought 12 projects under one stage-gate process in six months');
    expect(saved.profile).toMatchObject({ name: 'Alex Morgan', email: 'alex.morgan@example.com', currentRole: 'Project Manager' });

    // Each kind of item on its own screen.
    const nav = page.getByRole('navigation', { name: 'Screens' });
    await nav.getByRole('button', { name: /^Certifications/ }).click();
    await expect(page.getByRole('button', { name: /PRINCE2 7 Practitioner/ }).first()).toBeVisible();
    await nav.getByRole('button', { name: /^Settings/ }).click();
    await expect(page.getByRole('region', { name: 'Work history' })).toContainText('Project Manager, Northwind Health');
    await nav.getByRole('button', { name: /^Import a CV/ }).click();

    // Undo takes the whole import back; redo brings it again.
    await page.getByRole('button', { name: 'See my achievements' }).click();
    await expect(page.getByRole('button', { name: 'Cut late status reports by 40% with a weekly RAID review', exact: true })).toBeVisible();
    await page.locator('body').press('Control+z');
    await expect(page.getByRole('button', { name: 'Cut late status reports by 40% with a weekly RAID review', exact: true })).toHaveCount(0);
    await expect.poll(() => savedPlan(bridge).achievements.length).toBe(1);
    await page.locator('body').press('Control+Shift+z');
    await expect(page.getByRole('button', { name: 'Cut late status reports by 40% with a weekly RAID review', exact: true })).toBeVisible();
    await expect.poll(() => savedPlan(bridge).roles.length).toBe(1);

    // After a restart it is all there; the same file again offers nothing new.
    await bridge.stop();
    await bridge.start();
    await page.goto(bridge.url);
    await goImport(page);
    await page.locator('input[type=file]').setInputFiles(resumeFile);
    await expect(row(page, 'Northwind Health')).toContainText('Already in your plan');
    await expect(row(page, 'Cut late status reports')).toContainText('Already in your plan');
    await expect(row(page, 'Brought 12 projects')).toContainText('Already in your plan'); // corrected since, still the same line
    // Only the line left out last time is offered again; untick it and nothing is left to add.
    await expect(page.locator('.cv-confirm-summary')).toHaveText(/^Adds 1 achievement to your plan/);
    await row(page, 'Ran the office summer party').getByRole('checkbox').uncheck();
    await expect(page.locator('.cv-confirm-summary')).toHaveText(/^Nothing new is ticked/);
    await expect(page.getByRole('button', { name: 'Add to my plan' })).toBeDisabled();
    await page.screenshot({ path: 'test-results/screens/cv-import-second-time.png', fullPage: true });
  } finally {
    await bridge.stop();
  }
});

test('import a Word CV: mark a role line, its bullets follow it, add them', async ({ page }) => {
  const bridge = new BridgeProcess();
  fs.writeFileSync(path.join(bridge.dataDir, 'plan.json'), JSON.stringify(seededPlan(), null, 2));
  const cvFile = path.join(bridge.dataDir, 'Alex Morgan CV.docx');
  fs.writeFileSync(cvFile, await wordCv());
  await bridge.start();
  try {
    await page.goto(bridge.url);
    await goImport(page);
    await page.locator('input[type=file]').setInputFiles(cvFile);
    await expect(page.getByRole('heading', { name: 'What is each line of Alex Morgan CV.docx?' })).toBeVisible();
    await page.getByRole('combobox', { name: /^What is it\? Line 3: Project Manager, Northwind Health/ }).selectOption('role');
    await page.getByRole('combobox', { name: /^What is it\? Line 7: PRINCE2 Practitioner/ }).selectOption('certification');
    await expect(page.getByRole('combobox', { name: /^In which role\? Line 4:/ })).toHaveValue('2');
    await page.screenshot({ path: 'test-results/screens/cv-import-word-lines.png', fullPage: true });
    await page.getByRole('button', { name: 'Review 5 marked lines' }).first().click();
    await expect(review(page).getByRole('heading', { name: 'Project Manager, Northwind Health', level: 4 })).toBeVisible();
    await expect(page.locator('.cv-confirm-summary')).toHaveText(/^Adds 1 role, 3 achievements and 1 certification to your plan\./);
    await page.getByRole('button', { name: 'Add to my plan' }).click();
    await expect(page.getByRole('heading', { name: 'Added from Alex Morgan CV.docx' })).toBeVisible();
    await expect.poll(() => savedPlan(bridge).achievements.length).toBe(4);
    const saved = savedPlan(bridge);
    const roleId = saved.roles[0].id;
    expect(saved.achievements.filter((a: { roleId: string | null }) => a.roleId === roleId).map((a: { title: string }) => a.title)).toEqual([
      'Cut late status reports by 40% with a weekly RAID review',
      'Brought 12 projects under one stage-gate process',
      'Typed bullet: coached 6 PMs on RAID logs',
    ]);
    expect(saved.certifications).toEqual([expect.objectContaining({ catalogId: expect.stringMatching(/prince2.*practitioner/), status: 'passed' })]);
  } finally {
    await bridge.stop();
  }
});
