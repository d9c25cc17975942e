import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { BridgeProcess } from './support/bridge';

// Issue 4's promise, as a new user: onboard as a business analyst, add a milestone, add a certification
// with an exam date, log an achievement with a metric, mark the milestone done — then reload and restart
// the server and find everything still there. Keyboard shortcuts move between screens. Issue 11's: a
// half-written achievement survives a reload (the page asks first) and a server restart, offered back.

const MILESTONE = 'Present a PMO improvement proposal';
const ACHIEVEMENT = 'Cut late status reports';
const P3O = 'P3O Foundation (Portfolio, Programme and Project Offices)';
const CAPM = 'Certified Associate in Project Management';
const DRAFT_TITLE = 'Ran the first portfolio board';

test('a business analyst plans their move into a PMO, and it all survives a reload and a restart', async ({ page }) => {
  const bridge = new BridgeProcess();
  await bridge.start();
  try {
    await page.goto(bridge.url);

    // First run: who they are, the route in and the target, where they stand, then the starter plan.
    await page.getByLabel('Your name').fill('Priya Shah');
    await page.getByRole('radio', { name: /Business analyst/ }).check();
    await page.getByLabel('Current role').fill('Senior Business Analyst');
    await page.getByLabel('Target date').fill('2027-09-30');
    await page.getByRole('button', { name: /Next: rate yourself/ }).click();
    await page.getByLabel('Where you are now of Stakeholder management').selectOption('3');
    await page.getByRole('button', { name: /Next: see your starter plan/ }).click();
    await expect(page.getByRole('heading', { name: 'Your starter plan' })).toBeVisible();
    await page.getByRole('button', { name: /Save my plan/ }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Priya Shah’s path to PMO Analyst' });
    await expect(heading).toBeInViewport();

    // A milestone of their own (Ctrl+2 = Milestones).
    await page.keyboard.press('Control+2');
    await page.getByLabel('Add a milestone').fill(MILESTONE);
    await page.getByLabel('Add a milestone').press('Enter');
    await expect(page.getByRole('checkbox', { name: `Done: ${MILESTONE}` })).toBeVisible();

    // A certification from the catalog, with an exam date.
    await page.keyboard.press('Control+4');
    await expect(page.getByRole('heading', { level: 1, name: 'Certifications' })).toBeVisible();
    const catalogToggle = page.getByRole('button', { name: 'Browse the catalog' });
    if (await catalogToggle.isVisible()) await catalogToggle.click();
    await page.getByRole('button', { name: `Add to my plan: ${P3O}` }).click();
    await page.getByRole('button', { name: P3O, exact: true }).click();
    const certEditor = page.getByRole('form', { name: `Edit certification ${P3O}` });
    await certEditor.getByLabel('Exam date').fill('2027-03-15');
    await certEditor.getByLabel('Status', { exact: true }).selectOption('exam-booked');
    await certEditor.getByRole('button', { name: 'Save changes' }).click();
    // The starter plan's certification steps follow CAPM, its main suggestion.
    await page.getByRole('combobox', { name: `Status of ${CAPM}` }).selectOption('exam-booked');
    await page.getByRole('button', { name: CAPM, exact: true }).click();
    await page.getByRole('form', { name: `Edit certification ${CAPM}` }).getByLabel('Exam date').fill('2027-04-20');
    await page.getByRole('form', { name: `Edit certification ${CAPM}` }).getByRole('button', { name: 'Save changes' }).click();
    await page.keyboard.press('Control+2');
    await expect(page.getByRole('checkbox', { name: 'Done: Choose a certification to work towards' })).toBeChecked();
    await expect(page.locator('.milestone-row', { hasText: 'Sit the exam for your chosen certification' })).toContainText('Due 20 Apr 2027');

    // An achievement with a metric.
    await page.keyboard.press('Control+5');
    await page.getByRole('button', { name: 'New achievement' }).click();
    const editor = page.getByRole('form', { name: 'New achievement' });
    await editor.getByLabel('Title').fill(ACHIEVEMENT);
    await editor.getByLabel('Accomplished [X]').fill('Cut late project status reports');
    await editor.getByLabel('By doing [Z]').fill('introducing a weekly RAID review');
    await editor.getByRole('button', { name: 'Add a metric' }).click();
    await editor.getByLabel('Value').fill('40');
    await editor.getByLabel('Unit').fill('%');
    await editor.getByLabel('What it measures').fill('fewer late reports');
    await editor.getByRole('button', { name: 'Add achievement' }).click();
    await expect(page.getByRole('checkbox', { name: `Include in CV: ${ACHIEVEMENT}` })).toBeChecked();

    // Mark the milestone done.
    await page.keyboard.press('Control+2');
    await page.getByRole('checkbox', { name: `Done: ${MILESTONE}` }).check();
    await expect(page.getByText('All changes saved')).toBeVisible();

    // Half a story, then away: a reload asks first (beforeunload), and the draft is offered back.
    await page.keyboard.press('Control+5');
    await page.getByRole('button', { name: 'New achievement' }).click();
    const half = page.getByRole('form', { name: 'New achievement' });
    await half.getByLabel('Title').fill(DRAFT_TITLE);
    await half.getByRole('radio', { name: /STAR/ }).check();
    await half.getByLabel(/^Situation/).fill('Projects competed for the same analysts every month');
    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.accept().then(() => resolve(dialog.type()))));
    await page.reload();
    expect(await asked).toBe('beforeunload');

    for (const when of ['reload', 'restart'] as const) {
      if (when === 'restart') {
        // The draft is kept by main beside the plan: wait until it is on disk, then restart the server.
        await expect.poll(() => fs.readFileSync(path.join(bridge.dataDir, 'drafts.json'), 'utf8')).toContain('Projects competed for the same analysts');
        await bridge.restart();
        await page.goto(bridge.url);
      }
      await expect(heading).toBeVisible();
      await expect(page.getByText(`You have an unsaved new achievement: “${DRAFT_TITLE}”`)).toBeVisible();
      await page.keyboard.press('Control+2');
      await expect(page.getByRole('checkbox', { name: `Done: ${MILESTONE}` })).toBeChecked();
      await page.keyboard.press('Control+4');
      await expect(page.getByRole('combobox', { name: `Status of ${P3O}` })).toHaveValue('exam-booked');
      await page.keyboard.press('Control+5');
      await page.getByRole('button', { name: ACHIEVEMENT, exact: true }).click();
      await expect(page.getByRole('form', { name: `Edit achievement ${ACHIEVEMENT}` }).getByLabel('Value')).toHaveValue('40');
      await page.keyboard.press('Control+1');
      await expect(page.getByRole('region', { name: 'Certifications' }).getByText(/P3O Foundation/)).toBeVisible();
    }

    // Resume it after the restart, finish it, and it is an achievement like any other.
    await page.getByRole('button', { name: `Resume: You have an unsaved new achievement: “${DRAFT_TITLE}”` }).click();
    const resumed = page.getByRole('form', { name: 'New achievement' });
    await expect(resumed.getByLabel(/^Situation/)).toHaveValue('Projects competed for the same analysts every month');
    await resumed.getByLabel(/^Result/).fill('Cut resource clashes from 12 to 3 a quarter');
    await resumed.getByRole('button', { name: 'Add achievement' }).click();
    await expect(page.getByRole('checkbox', { name: `Include in CV: ${DRAFT_TITLE}` })).toBeChecked();
    await expect(page.getByText(/You have an unsaved/)).toHaveCount(0);
  } finally {
    await bridge.stop();
  }
});
