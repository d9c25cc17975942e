import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SimulatedSyncService } from '../support/sync-sim/sim-service';
import { BridgeProcess } from './support/bridge';

// Issue 18, "one plan on two computers", through the real UI, services and files: two servers, each
// with its own data dir and its own sync folder, the folders linked by the simulated sync service.
// An achievement added on one computer arrives on the other, both ways; a conflict copy a sync service
// left in the folder is merged and then moved to the local quarantine. Folder changes are noticed by
// the bridge's chokidar watcher (a pass ~2-3 s after a file changes); no test waits a fixed time.

const FIRST = 'Ran the PMO intake review';
const SECOND = 'Set up the RAID log for the programme';
const FROM_COPY = 'Chaired the lessons-learned workshop';
const DEVICE_FILE = /^plan\.([a-z2-7]{16})\.json$/;

interface Computer {
  name: string;
  bridge: BridgeProcess;
  folder: string;
  context: BrowserContext;
  page: Page;
}

const computers: Computer[] = [];
let service: SimulatedSyncService;
let temp: string;

const syncPanel = (page: Page) => page.getByRole('region', { name: 'One plan on two computers' });
const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' });

/** The device files in a folder, name → text; a file appears only once main has renamed it into place. */
function deviceFiles(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!fs.existsSync(folder)) return files;
  for (const name of fs.readdirSync(folder)) if (DEVICE_FILE.test(name)) files.set(name, fs.readFileSync(path.join(folder, name), 'utf8'));
  return files;
}

/** This computer's own device id, from its app settings (written before the id is used in a file name). */
function deviceIdOf(computer: Computer): string {
  const file = path.join(computer.bridge.dataDir, 'app-settings.json');
  const id = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { sync?: { deviceId?: string | null } }).sync?.deviceId : null;
  if (!id) throw new Error(`${computer.name} has no device id yet`);
  return id;
}

/** The text of this computer's own file in its folder, or '' while there is none. */
function ownFileText(computer: Computer): string {
  return deviceFiles(computer.folder).get(`plan.${deviceIdOf(computer)}.json`) ?? '';
}

async function openComputer(browser: Browser, name: string, index: number): Promise<Computer> {
  const bridge = new BridgeProcess(fs.mkdtempSync(path.join(temp, `data-${index}-`)));
  const folder = fs.mkdtempSync(path.join(temp, `sync-folder-${index}-`));
  await bridge.start();
  const context = await browser.newContext();
  const page = await context.newPage();
  return { name, bridge, folder, context, page };
}

/** Past onboarding, then Settings: keep the plan in this computer's folder and give the computer its name. */
async function keepPlanInFolder(computer: Computer): Promise<void> {
  const { page } = computer;
  await page.goto(computer.bridge.url);
  await page.getByRole('button', { name: 'Skip set-up' }).click();
  await screens(page).getByRole('button', { name: /^Settings/ }).click();
  const panel = syncPanel(page);
  // The browser bridge has no folder picker: the path is typed.
  await panel.getByLabel('Folder path').fill(computer.folder);
  await panel.getByRole('button', { name: 'Keep my plan in this folder' }).click();
  await expect(panel.getByText('Your plan is kept in this folder')).toBeVisible();
  await expect(panel.locator('code.path')).toHaveText(computer.folder);
  await expect(panel.getByText('No other computer has used this folder yet.')).toBeVisible();

  const nameField = panel.getByLabel("This computer's name");
  await nameField.fill(computer.name);
  await panel.getByRole('button', { name: 'Rename' }).click();
  // Stored: the field shows the stored name, so there is nothing left to rename.
  await expect(panel.getByRole('button', { name: 'Rename' })).toBeDisabled();
  await expect(nameField).toHaveValue(computer.name);
  // The rename's pass rewrites this computer's file with its new name.
  await expect.poll(() => ownFileText(computer)).toContain(`"name":"${computer.name}"`);
}

async function addAchievement(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+5');
  await page.getByRole('button', { name: 'New achievement' }).click();
  const editor = page.getByRole('form', { name: 'New achievement' });
  await editor.getByLabel('Title').fill(title);
  await editor.getByLabel('Accomplished [X]').fill(title);
  await editor.getByLabel('By doing [Z]').fill('agreeing the steps with the programme board');
  await editor.getByRole('button', { name: 'Add achievement' }).click();
  await expect(page.getByRole('checkbox', { name: `Include in CV: ${title}` })).toBeChecked();
}

/** Open an achievement from the list and give it a new title (the rest as it was). */
async function retitleAchievement(page: Page, from: string, to: string): Promise<void> {
  await page.keyboard.press('Control+5');
  await page.getByRole('button', { name: from, exact: true }).click();
  const editor = page.getByRole('form', { name: `Edit achievement ${from}` });
  await editor.getByLabel('Title').fill(to);
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('checkbox', { name: `Include in CV: ${to}` })).toBeChecked();
}

/** axe over the sync panel, light and dark, as screens.spec checks every screen. */
async function expectPanelAccessible(page: Page): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).include('section[aria-labelledby="sync-heading"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`), `sync panel in ${scheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const toast = (page: Page, text: string | RegExp) => page.locator('.toasts').getByRole('status').filter({ hasText: text });

test.describe.serial('one plan on two computers', () => {
  test.beforeAll(async ({ browser }) => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-e2e-sync-'));
    computers.push(await openComputer(browser, 'Work laptop', 0));
    computers.push(await openComputer(browser, 'Home PC', 1));
    service = new SimulatedSyncService(computers.map((c) => c.folder));
  });

  test.afterAll(async () => {
    for (const computer of computers) {
      await computer.context.close().catch(() => undefined);
      await computer.bridge.stop();
    }
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
  });

  test('an achievement added on one computer arrives on the other, and back', async () => {
    const [work, home] = computers as [Computer, Computer];
    await keepPlanInFolder(work);
    await keepPlanInFolder(home);

    // Work laptop → Home PC. Main writes its file ~1.5 s after the edit: wait for it, then sync.
    await addAchievement(work.page, FIRST);
    await expect.poll(() => ownFileText(work), { timeout: 30_000 }).toContain(FIRST);
    await home.page.keyboard.press('Control+5');
    await expect(home.page.getByRole('heading', { level: 1, name: 'Achievements' })).toBeVisible();
    service.scan(0);
    service.settle();
    // Noticed by the folder watcher on Home PC (no Check now): the toast says what arrived, from whom.
    await expect(toast(home.page, 'Merged 1 change from Work laptop')).toBeVisible({ timeout: 30_000 });
    await expect(home.page.getByRole('checkbox', { name: `Include in CV: ${FIRST}` })).toBeChecked();

    // Home PC → Work laptop.
    await addAchievement(home.page, SECOND);
    await expect.poll(() => ownFileText(home), { timeout: 30_000 }).toContain(SECOND);
    service.scan(1);
    service.settle();
    // One: the achievement. (Home PC's later "Skip set-up" also moved profile.onboardedAt, which merges
    // like any field but is the app's bookkeeping, so the notice does not count it.)
    await expect(toast(work.page, 'Merged 1 change from Home PC')).toBeVisible({ timeout: 30_000 });
    await expect(work.page.getByRole('checkbox', { name: `Include in CV: ${SECOND}` })).toBeChecked();
    await expect(work.page.getByRole('checkbox', { name: `Include in CV: ${FIRST}` })).toBeChecked();

    // Settings on each side names the other computer.
    for (const [computer, other] of [
      [work, home],
      [home, work],
    ] as const) {
      await screens(computer.page).getByRole('button', { name: /^Settings/ }).click();
      await expect(syncPanel(computer.page).getByText(`Also used on: ${other.name}`)).toBeVisible({ timeout: 30_000 });
    }
    await syncPanel(home.page).screenshot({ path: 'test-results/screens/sync-panel-in-use.png' });
  });

  test("a sync service's conflict copy is merged, then moved out of the folder to the local quarantine", async () => {
    const [work, home] = computers as [Computer, Computer];
    const workId = deviceIdOf(work);
    // Home PC's folder holds Work laptop's file (the service copied it); the "service" makes a conflict
    // copy of it beside it, holding one achievement more.
    const original = fs.readFileSync(path.join(home.folder, `plan.${workId}.json`), 'utf8');
    const doc = JSON.parse(original) as { plan: { achievements: Record<string, unknown>[] } };
    const model = doc.plan.achievements.find((a) => a.title === FIRST)!;
    const now = new Date().toISOString();
    doc.plan.achievements.push({ ...model, id: 'e2e-conflict-copy-achievement', title: FROM_COPY, createdAt: now, updatedAt: now });
    const copyName = `plan.${workId} (Home PC's conflicted copy 2026-12-02).json`;
    // Written whole, then renamed in, as a service does: no pass can read half of it.
    const staging = path.join(home.folder, '.e2e-staging');
    fs.writeFileSync(staging, JSON.stringify(doc));
    fs.renameSync(staging, path.join(home.folder, copyName));

    const { page } = home;
    await screens(page).getByRole('button', { name: /^Settings/ }).click();
    // Check now rather than wait for the watcher (which may already have merged it: either way, one merge).
    await syncPanel(page).getByRole('button', { name: 'Check now' }).click();
    await expect(toast(page, 'Merged 1 change from Work laptop')).toBeVisible({ timeout: 30_000 });
    await expect(syncPanel(page).getByRole('alert')).toHaveCount(0);
    await expect(syncPanel(page).getByText(/Passed over this time/)).toHaveCount(0);
    await expect.poll(() => fs.existsSync(path.join(home.folder, copyName)), { timeout: 30_000 }).toBe(false);
    const quarantine = path.join(home.bridge.dataDir, 'quarantine');
    const quarantined = () => (fs.existsSync(quarantine) ? fs.readdirSync(quarantine).filter((name) => name.startsWith(`sync-plan.${workId}`)) : []);
    await expect.poll(quarantined).toHaveLength(1);
    expect(fs.readFileSync(path.join(quarantine, quarantined()[0]!), 'utf8')).toContain(FROM_COPY);
    // Its content is now part of Home PC's plan (and of Home PC's own file, for every other computer).
    await page.keyboard.press('Control+5');
    await expect(page.getByRole('checkbox', { name: `Include in CV: ${FROM_COPY}` })).toBeChecked();
    await expect.poll(() => ownFileText(home), { timeout: 30_000 }).toContain(FROM_COPY);
    // The device file itself was left alone.
    expect(fs.readFileSync(path.join(home.folder, `plan.${workId}.json`), 'utf8')).toBe(original);
  });

  test('the same achievement edited on both before the service delivers: the later edit wins, the other is listed, and Restore brings it back as an undoable edit', async () => {
    const [work, home] = computers as [Computer, Computer];
    await retitleAchievement(work.page, SECOND, 'RAID log, the laptop wording');
    await expect.poll(() => ownFileText(work), { timeout: 30_000 }).toContain('RAID log, the laptop wording');
    // Home PC's edit is made later, without having seen the laptop's: a real conflict, which it wins.
    await retitleAchievement(home.page, SECOND, 'RAID log, the home wording');
    await expect.poll(() => ownFileText(home), { timeout: 30_000 }).toContain('RAID log, the home wording');
    service.scan(0);
    service.scan(1);
    service.settle();

    const { page } = work;
    await screens(page).getByRole('button', { name: /^Settings/ }).click();
    const panel = syncPanel(page);
    await panel.getByRole('button', { name: 'Check now' }).click();
    await expect(panel.getByRole('heading', { name: 'Merged with conflicts' })).toBeVisible({ timeout: 30_000 });
    await expect(toast(page, /^Merged with conflicts: A version lost/)).toBeVisible();
    await expect(panel.getByText('Achievement: RAID log, the laptop wording')).toBeVisible();
    await expectPanelAccessible(page);
    await panel.screenshot({ path: 'test-results/screens/sync-panel-conflicts.png' });

    await panel.getByRole('button', { name: 'Restore this version of Achievement: RAID log, the laptop wording' }).click();
    await expect(panel.getByRole('heading', { name: 'Merged with conflicts' })).toHaveCount(0);
    await page.keyboard.press('Control+5');
    await expect(page.getByRole('checkbox', { name: 'Include in CV: RAID log, the laptop wording' })).toBeChecked();
    // An ordinary edit: undo takes it back to the version that won.
    await page.locator('body').press('Control+z');
    await expect(page.getByRole('checkbox', { name: 'Include in CV: RAID log, the home wording' })).toBeChecked();
  });
});
