import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { BridgeProcess } from './support/bridge';
import { linkedInExportZip, wordCv } from '../support/cv-import-files';
import { controlsUnderToasts, findCutText } from './support/cut-text';
import { achievement, certification, listing, milestone, planWith, question, role, skill, story } from '../support/plan-builders';

// Every screen, in light and dark: no serious or critical axe violation, and a screenshot under
// test-results/screens/ for a person to look at.

const SCREENS = ['Dashboard', 'Milestones', 'Skills', 'Certifications', 'Achievements', 'Job listings', 'Interviews', 'Export', 'Backups', 'Import a CV', 'Settings'] as const;

function seededPlan() {
  const plan = planWith({
    roles: [
      role({ id: 'r1', title: 'Business Analyst', organisation: 'Acme Bank', location: 'Leeds', startMonth: '2021-03', current: true }),
      role({ id: 'r0', title: 'Analyst', organisation: 'Northwind Health', startMonth: '2017-09', endMonth: '2021-02' }),
    ],
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
    listings: [
      listing({
        id: 'l1',
        title: 'Senior PMO Analyst',
        organisation: 'Northwind Health',
        seenOn: '2026-11-20',
        closesOn: '2026-12-15',
        status: 'applied',
        statusOn: '2026-11-25',
        text: 'Senior PMO Analyst\n\nAbout the role\nRun the RAID log and weekly status reports in Power BI for the SIAM programme.\n\nEssential criteria\n• PRINCE2 Foundation\n• Strong stakeholder management\n• 3+ years of experience in a PMO\n\nDesirable\n• P3O\n• Benefits realisation',
      }),
      listing({
        id: 'l2',
        title: 'PMO Officer',
        organisation: 'Acme Bank',
        seenOn: '2026-11-28',
        text: 'PMO Officer\n\nRequirements\n- Power BI dashboards\n- Advanced Excel\n- RAID management\n\nNice to have\n- MSP Foundation (Managing Successful Programmes)',
      }),
    ],
    questions: [question({ id: 'mq1', text: 'What would you change first about our monthly portfolio report?', area: 'business', themes: ['reporting', 'improvement'], notes: 'Asked at the Acme Bank first interview.' })],
    stories: [
      story({
        id: 'st1',
        title: 'Weekly RAID review',
        achievementId: 'a1',
        questionIds: ['q-governance-standards', 'mq1'],
        star: {
          situation: 'Project status reports at Acme Bank were often late and the board saw risks too late.',
          task: 'I was asked to make reporting reliable without adding work for project managers.',
          action: 'I introduced a weekly RAID review with each PM and a shared template, and I chased the two slowest projects myself.',
          result: 'Late reports fell by 40% in three months and the board now reviews risks every week.',
        },
      }),
    ],
    practiceSessions: [
      { id: 'ps1', set: 'random', listingId: null, questionIds: ['q-governance-standards'], answers: [{ questionId: 'q-governance-standards', storyId: 'st1', rating: 1, note: 'Lead with the result.', seconds: 150 }], createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z' },
      { id: 'ps2', set: 'weakest', listingId: null, questionIds: ['q-governance-standards'], answers: [{ questionId: 'q-governance-standards', storyId: 'st1', rating: 3, note: '', seconds: 118 }], createdAt: '2026-11-27T10:00:00.000Z', updatedAt: '2026-11-27T10:00:00.000Z' },
    ],
    achievements: [
      achievement({
        id: 'a1',
        title: 'Weekly RAID review',
        date: '2026-09-01',
        roleId: 'r1',
        xyz: { accomplished: 'Cut late project status reports', measuredBy: '', byDoing: 'introducing a weekly RAID review' },
        metrics: [{ value: 40, unit: '%', measures: 'fewer late reports' }],
        skillIds: ['s1'],
        tags: ['governance'],
      }),
    ],
  });
  return { ...plan, profile: { ...plan.profile, name: 'Alex Morgan', currentRole: 'Business Analyst', entryPath: 'business-analyst', targetRole: 'PMO Analyst', targetDate: '2027-09-30', onboardedAt: '2026-11-01T09:00:00.000Z', email: 'alex.morgan@example.com', phone: '07700 900123', location: 'Leeds, UK', link: 'https://www.linkedin.com/in/alex-morgan-pmo' } };
}

/**
 * axe over what is on screen, in light and dark: WCAG 2.0/2.1 A and AA plus axe's best practices (heading
 * order, allowed roles), and label-in-name (WCAG 2.5.3, off by default in axe as "experimental"). Any
 * violation fails, whatever its impact. Then a full-page screenshot for a person to look at.
 */
async function checkScreen(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
      .analyze();
    const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(found, `${name} in ${scheme}`).toEqual([]);
    expect(await findCutText(page), `text cut on ${name}`).toEqual([]);
    expect(await controlsUnderToasts(page), `controls under a message on ${name}`).toEqual([]);
    await photograph(page, `${name.toLowerCase()}-${scheme}`);
  }
}

/**
 * The whole screen, not just the first 800 pixels: the main column scrolls inside a 100vh app, so the
 * window is made as tall as its content for the picture, then put back.
 */
async function photograph(page: Page, name: string) {
  const viewport = page.viewportSize()!;
  const overflow = await page.locator('#main').evaluate((main) => main.scrollHeight - main.clientHeight);
  if (overflow > 0) await page.setViewportSize({ width: viewport.width, height: viewport.height + overflow });
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
  if (overflow > 0) await page.setViewportSize(viewport);
}

const go = (page: Page, name: string) => page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();

/** An unsaved achievement kept beside the plan, as a restart finds it: the offers show on the dashboard. */
function draftsFile() {
  const fields = {
    id: 'draft-1', title: 'Ran the first portfolio board', date: null, roleId: null, area: null,
    star: { situation: '', task: '', action: '', result: '' }, xyz: { accomplished: '', measuredBy: '', byDoing: '' },
    metrics: [], skillIds: [], tags: [], includeInCv: true, cvBullet: '',
  };
  const draft = { kind: 'achievement', itemId: 'draft-1', isNew: true, label: fields.title, savedAt: '2026-11-30T10:00:00.000Z', fields, base: null };
  return JSON.stringify({ format: 'pmo-pathway-drafts', version: 1, drafts: [draft] });
}

/** The seeded plan (with an unsaved draft beside it) in a bridge, opened in the page; stopped afterwards. */
async function withSeededApp(page: Page, use: () => Promise<void>): Promise<void> {
  const bridge = new BridgeProcess();
  fs.writeFileSync(path.join(bridge.dataDir, 'plan.json'), JSON.stringify(seededPlan(), null, 2));
  fs.writeFileSync(path.join(bridge.dataDir, 'drafts.json'), draftsFile());
  await bridge.start();
  try {
    await page.goto(bridge.url);
    await expect(page.getByText(/You have an unsaved new achievement/)).toBeVisible();
    await use();
  } finally {
    await bridge.stop();
  }
}

// Two tests, not one, so each stays well inside the time limit on a busy 2-core machine.
test('every screen passes axe in light and dark, and is photographed', async ({ page }) => {
  await withSeededApp(page, async () => {
    for (const name of SCREENS) {
      await go(page, name);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.getByText('Loading', { exact: false })).toHaveCount(0);
      await checkScreen(page, name);
    }
  });
});

test('every state behind a button on the plan screens passes axe in light and dark, and is photographed', async ({ page }) => {
  await withSeededApp(page, async () => {
    await go(page, 'Milestones');
    await page.getByRole('button', { name: 'Shadow the PMO for a week', exact: true }).click();
    await checkScreen(page, 'milestone-editor');
    await page.getByRole('button', { name: 'Book the PRINCE2 Foundation exam', exact: true }).click();
    await page.getByRole('group', { name: 'Certifications' }).getByRole('checkbox').first().check();
    await expect(page.getByLabel('Keep in step with the linked certification')).toBeVisible();
    await checkScreen(page, 'milestone-editor-follows');

    await go(page, 'Skills');
    await page.getByRole('button', { name: /^RAID logs/ }).first().click();
    await checkScreen(page, 'skill-editor');

    await go(page, 'Certifications');
    await page.getByRole('button', { name: 'Browse the catalog' }).click();
    await expect(page.getByRole('button', { name: /^Add to my plan: / }).first()).toBeVisible();
    await checkScreen(page, 'certification-catalog');
    // A message is up (an Undo, say) while the person goes on working: it covers nothing.
    await page.getByRole('button', { name: /^Add to my plan: Certified Associate/ }).click();
    await expect(page.locator('.toasts')).toContainText('Added');
    await page.getByRole('button', { name: /Project Management Professional/ }).first().click();
    await expect(page.getByRole('form', { name: 'Log CPD' })).toBeVisible();
    await expect(page.locator('.toasts')).toContainText('Added');
    await checkScreen(page, 'certification-editor');

    await go(page, 'Achievements');
    await page.getByRole('button', { name: 'Weekly RAID review', exact: true }).click();
    await checkScreen(page, 'achievement-editor');
    await page.getByRole('button', { name: /^Resume/ }).click();
    await expect(page.getByText(/Your unsaved changes from .* are back/)).toBeVisible();
    await checkScreen(page, 'achievement-draft-resumed');

    await page.getByRole('button', { name: 'Add a role' }).click();
    await expect(page.getByRole('group', { name: 'New role' })).toBeVisible();
    await checkScreen(page, 'achievement-editor-new-role');

    await go(page, 'Job listings');
    await page.getByRole('button', { name: 'Senior PMO Analyst at Northwind Health', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'What it asks for' })).toBeVisible();
    await checkScreen(page, 'listing-editor');
    await page.getByRole('button', { name: /All job listings/ }).click();

    await go(page, 'Interviews');
    await page.getByRole('button', { name: 'Add your own question' }).click();
    await expect(page.getByRole('form', { name: 'New question' })).toBeVisible();
    await checkScreen(page, 'interview-question-editor');
    await page.getByRole('button', { name: 'Cancel' }).click();
    for (const tab of ['Stories', 'Coverage', 'Practice', 'Prep sheet']) {
      await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await checkScreen(page, `interview-${tab.toLowerCase().replace(' ', '-')}`);
    }
    await page.getByRole('tab', { name: /^Stories/ }).click();
    await page.getByRole('button', { name: 'Weekly RAID review', exact: true }).click();
    await expect(page.getByRole('form', { name: /^Edit story/ })).toBeVisible();
    await checkScreen(page, 'interview-story-editor');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('tab', { name: /^Questions/ }).click();
    await page.locator('[data-question-id="q-governance-standards"]').getByRole('button', { name: 'Practise it' }).click();
    await page.getByRole('button', { name: 'Reveal the story (Space)' }).click();
    await checkScreen(page, 'interview-practice-run');
    await page.getByRole('button', { name: /^Finish/ }).click();
  });
});

test('every state behind a button on Settings, Backups, Export, Reminders and Import passes axe in light and dark, and is photographed', async ({ page }) => {
  await withSeededApp(page, async () => {
    await go(page, 'Settings');
    await page.getByRole('region', { name: 'Work history' }).getByRole('button', { name: 'Business Analyst, Acme Bank', exact: true }).click();
    await expect(page.getByRole('form', { name: /^Edit role/ })).toBeVisible();
    await checkScreen(page, 'role-editor');

    await go(page, 'Backups');
    await page.getByLabel('Import a plan file…').setInputFiles({ name: 'plan.pmoplan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seededPlan())) });
    await expect(page.getByRole('button', { name: /Replace my plan/ })).toBeVisible();
    await checkScreen(page, 'import-preview');

    await go(page, 'Export');
    await page.getByRole('button', { name: 'Check the Word file' }).click();
    await expect(page.getByRole('region', { name: 'What an ATS reads' }).getByRole('heading', { level: 3 }).first()).toContainText('.docx:');
    await checkScreen(page, 'export-ats-check');

    await page.getByRole('button', { name: /^Reminders\b/ }).click();
    await expect(page.locator('#reminders-panel')).toBeVisible();
    await checkScreen(page, 'reminders-open');
    await page.keyboard.press('Escape');
    await expect(page.locator('#reminders-panel')).toHaveCount(0);

    await go(page, 'Import a CV');
    const cvFile = page.locator('.cv-import input[type=file]').first();
    await cvFile.setInputFiles({ name: 'Basic_LinkedInDataExport.zip', mimeType: 'application/zip', buffer: Buffer.from(linkedInExportZip()) });
    await expect(page.getByRole('region', { name: 'What Basic_LinkedInDataExport.zip holds' })).toBeVisible();
    await checkScreen(page, 'cv-import-review');
    await cvFile.setInputFiles({ name: 'Alex Morgan CV.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(await wordCv()) });
    await expect(page.getByRole('heading', { name: 'What is each line of Alex Morgan CV.docx?' })).toBeVisible();
    await checkScreen(page, 'cv-import-word-lines');
  });
});

test('the first-run set-up, every step, passes axe in light and dark, without a sidebar', async ({ page }) => {
  const bridge = new BridgeProcess();
  await bridge.start();
  try {
    await page.goto(bridge.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Plan your move into a PMO' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Screens' })).toHaveCount(0);
    await checkScreen(page, 'onboarding-1');
    await page.getByLabel('Your name').fill('Jordan Lee');
    await page.getByRole('radio', { name: /Business-unit leader/ }).check();
    await checkScreen(page, 'onboarding-1-filled');
    await page.getByRole('button', { name: /Next: rate yourself/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rate yourself' })).toBeVisible();
    await checkScreen(page, 'onboarding-2');
    await page.getByRole('button', { name: /Next: see your starter plan/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your starter plan' })).toBeVisible();
    await checkScreen(page, 'onboarding-3');
    await page.getByRole('button', { name: /Save my plan/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Jordan Lee’s path to Head of PMO/ })).toBeInViewport();
    // The dashboard opens at its top, heading in view.
    expect(await page.locator('#main').evaluate((main) => main.scrollTop)).toBe(0);
    await checkScreen(page, 'dashboard-after-setup');
  } finally {
    await bridge.stop();
  }
});
