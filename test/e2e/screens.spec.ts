import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { BridgeProcess } from './support/bridge';
import { achievement, certification, milestone, planWith, skill } from '../support/plan-builders';

// Every screen, in light and dark: no serious or critical axe violation, and a screenshot under
// test-results/screens/ for a person to look at.

const SCREENS = ['Dashboard', 'Milestones', 'Skills', 'Certifications', 'Achievements', 'Export', 'Backups', 'Settings'] as const;

function seededPlan() {
  const plan = planWith({
    skills: [
      skill({ id: 's1', name: 'RAID logs', area: 'organisational', currentLevel: 2, targetLevel: 4 }),
      skill({ id: 's2', name: 'Stakeholder management', area: 'leadership', currentLevel: 3, targetLevel: 3 }),
      skill({ id: 's3', name: 'Benefits realisation', area: 'business', currentLevel: 1, targetLevel: 3 }),
    ],
    milestones: [
      milestone({ id: 'm1', title: 'Shadow the PMO for a week', area: 'organisational', kind: 'experience', dueDate: '2026-01-10' }),
      milestone({ id: 'm2', title: 'Book the PRINCE2 Foundation exam', kind: 'certification', dueDate: '2099-02-01', status: 'doing' }),
      milestone({ id: 'm3', title: 'Study PMO job listings', status: 'done', completedOn: '2026-10-01' }),
    ],
    certifications: [
      certification({ id: 'c1', catalogId: 'pmp', status: 'passed', issuedOn: '2025-06-01', credentialId: 'PMP-123456', cpd: [{ id: 'cpd1', date: '2025-09-01', amount: 12, category: 'Ways of Working', note: 'Agile course' }] }),
      certification({ id: 'c2', catalogId: 'prince2-7-foundation', status: 'exam-booked', examDate: '2099-03-15' }),
    ],
    achievements: [
      achievement({
        id: 'a1',
        title: 'Weekly RAID review',
        date: '2026-09-01',
        organisation: 'Acme Bank',
        role: 'Business Analyst',
        xyz: { accomplished: 'Cut late project status reports', measuredBy: '', byDoing: 'introducing a weekly RAID review' },
        metrics: [{ value: 40, unit: '%', measures: 'fewer late reports' }],
        skillIds: ['s1'],
        tags: ['governance'],
      }),
    ],
  });
  return { ...plan, profile: { ...plan.profile, name: 'Alex Morgan', currentRole: 'Business Analyst', entryPath: 'business-analyst', targetRole: 'PMO Analyst', targetDate: '2027-09-30', onboardedAt: '2026-11-01T09:00:00.000Z' } };
}

async function checkScreen(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), `${name} in ${scheme}`).toEqual([]);
    await page.screenshot({ path: `test-results/screens/${name.toLowerCase()}-${scheme}.png`, fullPage: true });
  }
}

test('every screen passes axe in light and dark, and is photographed', async ({ page }) => {
  const bridge = new BridgeProcess();
  fs.writeFileSync(path.join(bridge.dataDir, 'plan.json'), JSON.stringify(seededPlan(), null, 2));
  await bridge.start();
  try {
    await page.goto(bridge.url);
    for (const name of SCREENS) {
      await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.getByText('Loading', { exact: false })).toHaveCount(0);
      await checkScreen(page, name);
    }
    // An open editor is part of a screen too.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: /^Milestones/ }).click();
    await page.getByRole('button', { name: 'Shadow the PMO for a week', exact: true }).click();
    await checkScreen(page, 'milestone-editor');
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: /^Achievements/ }).click();
    await page.getByRole('button', { name: 'Weekly RAID review', exact: true }).click();
    await checkScreen(page, 'achievement-editor');
  } finally {
    await bridge.stop();
  }
});

test('the first-run set-up passes axe in light and dark', async ({ page }) => {
  const bridge = new BridgeProcess();
  await bridge.start();
  try {
    await page.goto(bridge.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Plan your move into a PMO' })).toBeVisible();
    await checkScreen(page, 'onboarding-1');
    await page.getByRole('radio', { name: /Project manager/ }).check();
    await page.getByRole('button', { name: /Next/ }).click();
    await checkScreen(page, 'onboarding-2');
  } finally {
    await bridge.stop();
  }
});
