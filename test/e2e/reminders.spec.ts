import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { addDays } from '../../shared/date-arithmetic';
import { localDate } from '../../shared/model';
import { readIcs } from '../shared/calendar-export/read-ics';
import { achievement, certification, milestone, planWith } from '../support/plan-builders';
import { BridgeProcess } from './support/bridge';

// Issue 17 through the real UI, services and files: a milestone due tomorrow is in the reminders list,
// is dismissed, and stays dismissed after a restart; the calendar file downloads and reads back.

function seededPlan() {
  const today = localDate(new Date());
  const plan = planWith({
    milestones: [milestone({ id: 'm-exam', title: 'Book the PRINCE2 exam', dueDate: addDays(today, 1) }), milestone({ id: 'm-done', title: 'Finished already', dueDate: addDays(today, 2), status: 'done' })],
    certifications: [certification({ id: 'c-pmp', catalogId: 'pmp', status: 'exam-booked', examDate: addDays(today, 30) })],
    // Logged this week, so the weekly nudge stays away whatever day the test runs.
    achievements: [achievement({ id: 'a1', title: 'Ran the portfolio review', createdAt: new Date().toISOString() })],
  });
  return { ...plan, profile: { ...plan.profile, name: 'Alex Morgan', onboardedAt: '2026-11-01T09:00:00.000Z' } };
}

const bell = (page: Page) => page.getByRole('button', { name: /^Reminders\b/ });
const panel = (page: Page) => page.getByRole('region', { name: 'Reminders' });

test('a milestone due tomorrow is in the reminders list, is dismissed, and stays dismissed after a restart', async ({ page }) => {
  const bridge = new BridgeProcess();
  fs.writeFileSync(path.join(bridge.dataDir, 'plan.json'), JSON.stringify(seededPlan(), null, 2));
  await bridge.start();
  try {
    await page.goto(bridge.url);
    await expect(page.getByText(/While you were away:/)).toBeVisible();
    await expect(page.locator('.away-banner')).toContainText('1 reminder — Milestone due tomorrow.');
    await expect(bell(page)).toHaveAccessibleName('Reminders 1 due');
    await bell(page).click();
    await expect(panel(page)).toContainText('Milestone due tomorrow');
    await expect(panel(page)).toContainText('Book the PRINCE2 exam');
    await expect(panel(page)).toContainText('In the browser, reminders show only here.');
    await page.screenshot({ path: 'test-results/screens/reminders-list.png' });
    expect((await new AxeBuilder({ page }).include('#reminders-panel').analyze()).violations).toEqual([]);

    await panel(page).getByRole('button', { name: 'Dismiss: Milestone due tomorrow' }).click();
    await expect(panel(page)).toContainText('Nothing is due.');
    await expect(bell(page)).toHaveAccessibleName('Reminders, none due');
    const stored = JSON.parse(fs.readFileSync(path.join(bridge.dataDir, 'reminders.json'), 'utf8'));
    expect(Object.entries(stored.entries as Record<string, { dismissedAt: string | null }>).filter(([, e]) => e.dismissedAt !== null).map(([key]) => key)).toEqual([
      `milestone-due:m-exam:${addDays(localDate(new Date()), 1)}`,
    ]);

    await bridge.restart();
    await page.goto(bridge.url);
    await expect(bell(page)).toHaveAccessibleName('Reminders, none due');
    await expect(page.getByText(/While you were away:/)).toHaveCount(0);
    await bell(page).click();
    await expect(panel(page)).toContainText('Nothing is due.');
    await page.keyboard.press('Escape');
    await expect(bell(page)).toBeFocused();

    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: /^Settings/ }).click();
    const settings = page.getByRole('region', { name: 'Reminders' });
    await expect(settings.getByRole('checkbox', { name: 'A milestone is due soon' })).toBeChecked();
    await expect(settings.getByRole('checkbox', { name: /when I log in/ })).toHaveCount(0);
    await settings.getByRole('checkbox', { name: 'A milestone is overdue' }).uncheck();
    // Main writes the file when the change reaches it: until then there may be no file at all.
    const storedOverdue = () => {
      const file = path.join(bridge.dataDir, 'app-settings.json');
      return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).reminders.milestoneOverdue.enabled : 'no file yet';
    };
    await expect.poll(storedOverdue).toBe(false);
    await page.screenshot({ path: 'test-results/screens/reminder-settings.png', fullPage: true });
    expect((await new AxeBuilder({ page }).include('#main').analyze()).violations).toEqual([]);
  } finally {
    await bridge.stop();
  }
});

test('the calendar file downloads from Milestones and reads back: open milestones and the booked exam, all-day', async ({ page }) => {
  const bridge = new BridgeProcess();
  fs.writeFileSync(path.join(bridge.dataDir, 'plan.json'), JSON.stringify(seededPlan(), null, 2));
  await bridge.start();
  try {
    await page.goto(bridge.url);
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: /^Milestones/ }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add to my calendar (.ics)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^PMO Pathway - calendar - \d{4}-\d{2}\.ics$/);
    const calendar = readIcs(fs.readFileSync((await download.path())!, 'utf8'));
    const today = localDate(new Date());
    expect(calendar.events.map((e) => [e.uid, e.start, e.end, e.startIsDate]).sort()).toEqual(
      [
        ['exam-c-pmp@pmopathway.app', addDays(today, 30), addDays(today, 31), true],
        ['milestone-m-exam@pmopathway.app', addDays(today, 1), addDays(today, 2), true],
      ].sort(),
    );
    await expect(page.getByRole('status').filter({ hasText: /Downloaded/ })).toBeVisible();
  } finally {
    await bridge.stop();
  }
});
