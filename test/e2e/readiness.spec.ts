import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { BridgeProcess } from './support/bridge';
import { certification, milestone, planWith, skill } from '../support/plan-builders';

// Readiness in real Chromium: the dashboard and the Skills screen read the same per area, every figure
// explains itself, nothing a person must read is cut off, and axe finds nothing at any impact (minor
// ones such as aria-allowed-role included) with the explanations open. Screenshots, light and dark, go
// to test-results/screens/ for a person to look at.

function seededPlan() {
  const plan = planWith({
    skills: [
      skill({ id: 's1', name: 'RAID logs', area: 'organisational', currentLevel: 2, targetLevel: 4 }),
      skill({ id: 's2', name: 'Portfolio prioritisation and portfolio-board support', area: 'organisational', currentLevel: 0, targetLevel: 3 }),
      skill({ id: 's3', name: 'Stakeholder management', area: 'business', currentLevel: 1, targetLevel: 3 }),
      skill({ id: 's4', name: 'CAPEX and OPEX budget tracking', area: 'business', currentLevel: 2, targetLevel: 2 }),
    ],
    milestones: [
      // The case: a Leadership milestone ticked while the plan has no leadership skills.
      milestone({ id: 'm1', title: 'Lead the lessons-learned review', area: 'leadership', status: 'done', completedOn: '2026-10-01' }),
      milestone({ id: 'm2', title: 'Shadow the PMO for a week', area: 'organisational', dueDate: '2099-01-10' }),
      milestone({ id: 'm3', title: 'Old idea', status: 'dropped' }),
    ],
    certifications: [
      certification({ id: 'c1', catalogId: 'prince2-7-foundation', status: 'exam-booked', examDate: '2099-03-15' }),
      certification({ id: 'c2', catalogId: 'pmp', status: 'considering' }),
    ],
  });
  return { ...plan, profile: { ...plan.profile, name: 'Alex Morgan', targetRole: 'PMO Analyst', onboardedAt: '2026-11-01T09:00:00.000Z' } };
}

const AREAS = ['Business skills', 'Leadership skills', 'Organisational skills'] as const;

async function open(page: Page, screen: string) {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: new RegExp(`^${screen}`) }).click();
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

/** What each area shows in this list: its percentage, or the words said instead. */
async function shownPerArea(list: Locator): Promise<string[]> {
  const shown: string[] = [];
  for (const area of AREAS) {
    const item = list.locator(':scope > li').filter({ hasText: area });
    const figure = item.getByText(/^\d+%$/);
    shown.push((await figure.count()) === 1 ? await figure.innerText() : await item.getByText(/in your plan yet/).innerText());
  }
  return shown;
}

async function openEveryExplanation(scope: Locator) {
  const buttons = scope.getByRole('button', { name: /^How is this worked out\?/ });
  for (const button of await buttons.all()) {
    await button.press('Enter'); // keyboard, as a person without a mouse would
    await expect(button).toHaveAttribute('aria-expanded', 'true');
  }
}

/** Every element under `scope` whose text overflows its box (so part of it would be hidden or cut). */
async function cutOffText(scope: Locator): Promise<string[]> {
  return scope.locator('.bar-label, .skill-tile-title, .how-worked-out-body li').evaluateAll((elements) =>
    elements.filter((el) => el.scrollWidth > el.clientWidth + 1 || getComputedStyle(el).textOverflow === 'ellipsis').map((el) => el.textContent ?? ''),
  );
}

async function checkAndPhotograph(page: Page, scope: string, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const results = await new AxeBuilder({ page }).include(scope).analyze();
    expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${name} in ${scheme}`).toEqual([]);
    // The app scrolls inside its own pane, so a tall window is what shows every open explanation at once.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.locator('.app-main').evaluate((pane) => pane.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/screens/${name}-${scheme}.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  }
}

test('readiness agrees across screens, explains itself and passes axe at every impact', async ({ page }) => {
  const bridge = new BridgeProcess();
  fs.writeFileSync(path.join(bridge.dataDir, 'plan.json'), JSON.stringify(seededPlan(), null, 2));
  await bridge.start();
  try {
    await page.goto(bridge.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Alex Morgan’s path to PMO Analyst' })).toBeVisible();
    const readiness = page.getByRole('region', { name: 'Readiness' });
    const onDashboard = await shownPerArea(readiness.getByRole('list', { name: 'Readiness by competency area' }));
    // business (33 + 100) / 2 = 67; organisational (50 + 0) / 2 = 25; no leadership skills.
    expect(onDashboard).toEqual(['67%', 'No leadership skills in your plan yet: add one', '25%']);
    // skills (33 + 100 + 50 + 0) / 4 = 45.75 -> 46; milestones 1 of 2; certifications 0 of 1 -> (46 + 50 + 0) / 3 = 32
    await expect(readiness.getByRole('img', { name: 'Overall readiness 32%' })).toBeVisible();

    await openEveryExplanation(readiness);
    await expect(readiness.getByText('Readiness is the average of the parts that have something to count: (46 + 50 + 0) ÷ 3 = 32%.')).toBeVisible();
    await expect(readiness.getByText('Portfolio prioritisation and portfolio-board support: level 0 of target 3 (0%).')).toBeVisible();
    expect(await cutOffText(page.locator('.dashboard-grid'))).toEqual([]);
    await checkAndPhotograph(page, '.dashboard-grid', 'dashboard-readiness');

    await open(page, 'Skills');
    const summary = page.getByRole('list', { name: 'Skills by competency area' });
    expect(await shownPerArea(summary)).toEqual(onDashboard);
    await openEveryExplanation(summary);
    await expect(summary.getByText('Average: 67%.')).toBeVisible();
    expect(await cutOffText(summary)).toEqual([]);
    await checkAndPhotograph(page, '.skill-summary', 'skills-readiness');

    // "add one" in the empty area opens a new leadership skill.
    await summary.getByRole('button', { name: 'add one' }).click();
    await expect(page.getByRole('form', { name: 'New skill' }).getByRole('combobox', { name: 'Competency area' })).toHaveValue('leadership');
  } finally {
    await bridge.stop();
  }
});
