import { expect, test, type Request } from '@playwright/test';
import { META_CONTENT_SECURITY_POLICY } from '../../main/security/csp';
import { BridgeProcess } from './support/bridge';

// The app is offline by design: no telemetry, web fonts or CDNs, and CSP connect-src 'self'. This test uses
// the real UI through the browser bridge and records every request the page makes, in two ways: the
// context's 'request' event (every page, worker and popup) and a context route that sees each request
// before it leaves. Anything not on the bridge's own origin is aborted by the route, so a regression fails
// here without a byte leaving the machine.

/** URLs that never touch the network (inline images the CSP allows as img-src data:). */
const isLocalScheme = (url: string) => url.startsWith('data:') || url.startsWith('blob:');

test('the app makes no request beyond its own origin', async ({ page, context }) => {
  const bridge = new BridgeProcess();
  await bridge.start();
  const ownOrigin = new URL(bridge.url).origin;
  const requested: Request[] = [];
  const routed: string[] = [];
  const blockedAway: string[] = [];
  const sockets: string[] = [];
  const failedResponses: string[] = [];
  const cspMessages: string[] = [];
  context.on('request', (request) => requested.push(request));
  // Every request the page makes must succeed: a 404 (a missing icon, script or style) fails the test.
  context.on('response', (response) => {
    if (response.status() >= 400) failedResponses.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (/content.security.policy/i.test(message.text())) cspMessages.push(message.text());
  });
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    routed.push(url);
    if (isLocalScheme(url) || new URL(url).origin === ownOrigin) return route.continue();
    blockedAway.push(url);
    return route.abort('blockedbyclient');
  });

  try {
    const response = await page.goto(bridge.url);
    // The page is served with the app's CSP: nothing may be fetched from, or connect to, anywhere else.
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|wss?:|\*/);
    // ...and carries the same policy in a <meta>, as built (less frame-ancestors, which a <meta> cannot hold).
    const metaPolicy = page.locator('meta[http-equiv="Content-Security-Policy"]');
    await expect(metaPolicy).toHaveAttribute('content', META_CONTENT_SECURITY_POLICY);

    // The app icon the page links is served as an image, and so is the icon a browser asks for by itself.
    await expect(page.locator('link[rel="icon"]')).toHaveCount(1);
    const iconHref = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(iconHref).toBeTruthy();
    for (const [url, type] of [
      [new URL(iconHref!, bridge.url).href, 'image/svg+xml'],
      [new URL('/favicon.ico', bridge.url).href, 'image/x-icon'],
    ] as const) {
      const icon = await page.request.get(url);
      expect(icon.status(), url).toBe(200);
      expect(icon.headers()['content-type'], url).toBe(type);
      expect((await icon.body()).length, url).toBeGreaterThan(100);
    }

    // Use the app: past first-run set-up, add a milestone from the quick-add field with Enter, reload.
    await page.getByRole('button', { name: 'Skip set-up' }).click();
    await page.getByRole('button', { name: /^Milestones/ }).click();
    const title = 'Shadow the PMO for a week';
    const quickAdd = page.getByRole('textbox', { name: /^(New milestone|Add a milestone)$/ });
    await quickAdd.fill(title);
    await quickAdd.press('Enter');
    await expect(page.getByText(title, { exact: true }).first()).toBeVisible();
    await page.reload();
    await page.getByRole('button', { name: /^Milestones/ }).click();
    await expect(page.getByText(title, { exact: true }).first()).toBeVisible();

    // Asking for updates in the browser answers at once, from the bridge, without a request anywhere else.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: /^Settings/ }).click();
    await page.getByRole('button', { name: 'Check for updates now' }).click();
    await expect(page.getByText('Updates come with the desktop app.').first()).toBeVisible();
    expect(requested.some((request) => new URL(request.url()).pathname.endsWith('/checkForUpdates'))).toBe(true);

    // Neither policy refused anything the app itself loads (the meta and the header agree with the page).
    expect(cspMessages).toEqual([]);

    // Even a script that tries to reach out is stopped by the CSP before any request is made.
    const probe = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      let outcome = 'fetched';
      try {
        await fetch('https://example.com/telemetry', { mode: 'no-cors' });
      } catch {
        outcome = 'blocked';
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { outcome, violations };
    });
    expect(probe.outcome).toBe('blocked');
    expect(probe.violations).toContain('connect-src');

    const urls = requested.map((request) => request.url());
    // The recorder saw the page's own traffic, including calls through the bridge (the IPC stand-in).
    expect(urls.length).toBeGreaterThan(3);
    expect(urls.some((url) => new URL(url).pathname.startsWith('/api/call/'))).toBe(true);
    expect(routed.length).toBeGreaterThan(0);
    // ...and every one of them went to the bridge's own origin: nothing else was even attempted.
    expect(urls.filter((url) => !isLocalScheme(url) && new URL(url).origin !== ownOrigin)).toEqual([]);
    expect(blockedAway).toEqual([]);
    expect(sockets).toEqual([]);
    expect(failedResponses).toEqual([]);
  } finally {
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await bridge.stop();
  }
});
