import { defineConfig } from '@playwright/test';

// Real Chromium from Debian (apt `chromium`), never a browser downloaded by Playwright. Each test starts
// its own browser bridge (test/e2e/support/bridge.ts) on a temp data dir, so tests cannot share a plan.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e-artifacts',
  // Sized for a busy 2-core machine: every wait is for a state, these only bound a stuck one.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      // No background traffic: this machine has no network beyond loopback, and the app makes none.
      args: ['--lang=en-GB', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
