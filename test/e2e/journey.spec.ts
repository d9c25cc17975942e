import { expect, test } from '@playwright/test';
import { BridgeProcess } from './support/bridge';

// Issue 4's promise, as a new user: onboard as a business analyst, add a milestone, add a certification
// with an exam date, log an achievement with a metric, mark the milestone done — then reload and restart
// the server and find everything still there. Keyboard shortcuts move between screens.

const MILESTONE = 'Present a PMO improvement proposal';
const ACHIEVEMENT = 'Cut late status reports';
const P3O = 'P3O Foundation (Portfolio, Programme and Project Offices)';

test('a business analyst plans their move into a PMO, and it all survives a reload and a restart', async ({ page }) => {
  const bridge = new BridgeProcess();
  await bridge.start();
  try {
    await page.goto(bridge.url);

    // First run: the route in and the target, then the starter plan.
    await page.getByRole('radio', { name: /Business analyst/ }).check();
    await page.getByLabel('Current role').fill('Senior Business Analyst');
    await page.getByLabel('Target date').fill('2027-09-30');
    await page.getByRole('button', { name: /Next: see your starter plan/ }).click();
    await expect(page.getByRole('heading', { name: 'Your starter plan' })).toBeVisible();
    await page.getByRole('button', { name: /Save my plan/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your path to PMO Analyst' })).toBeVisible();

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

    for (const when of ['reload', 'restart'] as const) {
      if (when === 'reload') await page.reload();
      else {
        await bridge.restart();
        await page.goto(bridge.url);
      }
      await expect(page.getByRole('heading', { level: 1, name: 'Your path to PMO Analyst' })).toBeVisible();
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
  } finally {
    await bridge.stop();
  }
});
