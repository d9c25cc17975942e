import path from 'node:path';
import { hasValidToken, isAcceptableOrigin, isOwnHost, ownOrigin } from '../../main/bridge/request-guard';
import { resolveAppAsset, resolveInsideRoot } from '../../main/security/app-asset';
import { APP_ENTRY_URL, APP_ORIGIN, isOwnAppUrl } from '../../main/security/app-origin';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';
import { isAllowedExternalUrl } from '../../main/security/external-url';
import { DEV_SERVER_URL_VARIABLE, devServerUrlFrom } from '../../main/security/dev-server-url';
import { decidePermission } from '../../main/security/permissions';
import { createMainWindow, focusExistingWindow, registerAppPreload } from '../../main/window';
import { BrowserWindow, session } from '../support/electron-mock';

vi.mock('electron', () => import('../support/electron-mock'));

const DEV = 'http://localhost:5173';

describe('isOwnAppUrl', () => {
  it.each([APP_ENTRY_URL, `${APP_ORIGIN}/`, `${APP_ORIGIN}/assets/app.js?x=1#top`, APP_ORIGIN])('accepts our page %s', (url) => {
    expect(isOwnAppUrl(url)).toBe(true);
    expect(isOwnAppUrl(url, DEV)).toBe(true);
  });

  it.each([
    'pmo://app.evil/index.html',
    'pmo://evil.app/index.html',
    'pmo://app:444/index.html',
    'pmo://other/index.html',
    'pmo:app/index.html',
    'http://app/index.html',
    'https://app/index.html',
    'file:///app/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
    '',
    undefined,
    null,
  ])('refuses %j', (url) => {
    expect(isOwnAppUrl(url)).toBe(false);
    expect(isOwnAppUrl(url, DEV)).toBe(false);
  });

  it('accepts the dev server origin only when it is given', () => {
    expect(isOwnAppUrl(`${DEV}/index.html`)).toBe(false);
    expect(isOwnAppUrl(`${DEV}/index.html`, DEV)).toBe(true);
    expect(isOwnAppUrl(`${DEV}/`, `${DEV}/some/path`)).toBe(true);
  });

  it.each(['http://localhost:5174/', 'https://localhost:5173/', 'http://127.0.0.1:5173/', 'http://localhost:5173.evil.example/', 'http://evil.example/?http://localhost:5173'])(
    'refuses the dev-server lookalike %s',
    (url) => expect(isOwnAppUrl(url, DEV)).toBe(false),
  );

  it('refuses everything but our scheme when the dev server URL is garbage', () => {
    expect(isOwnAppUrl('http://localhost:5173/', 'not a url')).toBe(false);
    expect(isOwnAppUrl(APP_ENTRY_URL, 'not a url')).toBe(true);
  });
});

describe('devServerUrlFrom', () => {
  const env = (value: string | undefined) => ({ [DEV_SERVER_URL_VARIABLE]: value, PATH: '/usr/bin' });

  it('reads the variable electron-vite sets', () => {
    expect(DEV_SERVER_URL_VARIABLE).toBe('ELECTRON_RENDERER_URL');
  });

  it.each([
    ['http://localhost:5173', 'http://localhost:5173/'],
    ['http://localhost:5173/', 'http://localhost:5173/'],
    ['http://127.0.0.1:5173/', 'http://127.0.0.1:5173/'],
    ['http://LOCALHOST:5173/index.html', 'http://localhost:5173/index.html'],
    ['http://localhost/', 'http://localhost/'],
  ])('an unpackaged run loads the dev server at %s', (value, url) => {
    expect(devServerUrlFrom(env(value), false)).toEqual({ url });
  });

  it('an installed app never obeys it, whatever it says, and says why', () => {
    for (const value of ['http://localhost:5173', 'http://127.0.0.1:5173/', 'https://evil.example/']) {
      const choice = devServerUrlFrom(env(value), true);
      expect(choice.url, value).toBeUndefined();
      expect(choice.ignoredBecause).toBe('ELECTRON_RENDERER_URL is ignored: an installed app only loads its own pages.');
    }
  });

  it('loads the app scheme, with nothing to say, when the variable is not set', () => {
    for (const isPackaged of [false, true]) {
      expect(devServerUrlFrom({ PATH: '/usr/bin' }, isPackaged)).toEqual({ url: undefined });
      expect(devServerUrlFrom(env(''), isPackaged)).toEqual({ url: undefined });
    }
  });

  it.each([
    'https://localhost:5173/',
    'http://evil.example:5173/',
    'http://localhost.evil.example:5173/',
    'http://192.168.1.10:5173/',
    'http://[::1]:5173/',
    'http://0.0.0.0:5173/',
    'http://user:secret@localhost:5173/',
    'http://user@127.0.0.1:5173/',
    'ws://localhost:5173/',
    'file:///srv/renderer/index.html',
    'pmo://app/index.html',
    'javascript:alert(1)',
  ])('even unpackaged, refuses %s, which is not an http:// page on the loopback', (value) => {
    const choice = devServerUrlFrom(env(value), false);
    expect(choice.url).toBeUndefined();
    expect(choice.ignoredBecause).toBe(
      `ELECTRON_RENDERER_URL is ignored: the dev server must be an http://localhost or http://127.0.0.1 address, not "${value}".`,
    );
  });

  it('refuses something that is not a web address at all', () => {
    expect(devServerUrlFrom(env('localhost:5173'), false).url).toBeUndefined();
    expect(devServerUrlFrom(env('not a url'), false)).toEqual({
      url: undefined,
      ignoredBecause: 'ELECTRON_RENDERER_URL is ignored: "not a url" is not a web address.',
    });
  });

  it('what it accepts is the only extra origin isOwnAppUrl then trusts', () => {
    const { url } = devServerUrlFrom(env('http://localhost:5173'), false);
    expect(isOwnAppUrl('http://localhost:5173/index.html', url)).toBe(true);
    expect(isOwnAppUrl('http://localhost:5174/index.html', url)).toBe(false);
    expect(isOwnAppUrl('http://localhost:5173/index.html', devServerUrlFrom(env('http://localhost:5173'), true).url)).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it.each(['https://www.axelos.com/certifications', 'https://www.pmi.org/', 'HTTPS://EXAMPLE.COM/A', 'mailto:someone@example.com', 'mailto:a@b.example?subject=PMO'])(
    'allows %s',
    (url) => expect(isAllowedExternalUrl(url)).toBe(true),
  );

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,hi',
    'ftp://example.com/file',
    'pmo://app/index.html',
    'https://user:secret@example.com/',
    'https://user@example.com/',
    'https://:secret@example.com/',
    'https://localhost/',
    'mailto:',
    'mailto:nobody',
    'example.com',
    '//example.com/',
    '',
  ])('refuses %j', (url) => expect(isAllowedExternalUrl(url)).toBe(false));

  it('refuses anything longer than 2,048 characters', () => {
    const base = 'https://example.com/';
    expect(isAllowedExternalUrl(base + 'a'.repeat(2048 - base.length))).toBe(true);
    expect(isAllowedExternalUrl(base + 'a'.repeat(2049 - base.length))).toBe(false);
  });
});

describe('resolveInsideRoot / resolveAppAsset', () => {
  const root = path.resolve('/srv/pmo/renderer');

  it.each([
    ['/', 'index.html'],
    ['', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-abc.js', 'assets/index-abc.js'],
    ['/assets/my%20logo.svg', 'assets/my logo.svg'],
    ['/assets/../index.html', 'index.html'],
  ])('maps %j inside the root', (urlPath, relative) => {
    expect(resolveInsideRoot(root, urlPath)).toBe(path.join(root, relative));
  });

  it.each([
    '/../secret.txt',
    '/..',
    '/.',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/../renderer-private/key.pem',
    '/index.html%00.js',
    '/index.html\0',
    '/%E0%A4%A',
  ])('refuses %j', (urlPath) => {
    expect(resolveInsideRoot(root, urlPath)).toBeNull();
  });

  it('serves our scheme and host only', () => {
    expect(resolveAppAsset(root, 'pmo://app/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'pmo://app/assets/a.css?v=2#x')).toBe(path.join(root, 'assets/a.css'));
    // The app icon the page links, and the icon a browser asks for by itself, sit beside index.html.
    expect(resolveAppAsset(root, 'pmo://app/icon.svg')).toBe(path.join(root, 'icon.svg'));
    expect(resolveAppAsset(root, 'pmo://app/favicon.ico')).toBe(path.join(root, 'favicon.ico'));
    expect(resolveAppAsset(root, 'pmo://app/..%2f..%2fsecret')).toBeNull();
    for (const url of ['pmo://other/index.html', 'pmo://app.evil/index.html', 'https://app/index.html', 'file:///srv/pmo/renderer/index.html', 'nonsense']) {
      expect(resolveAppAsset(root, url), url).toBeNull();
    }
  });

  it('never leaves the root, whatever dot segments the URL parser leaves behind', () => {
    for (const url of ['pmo://app/%2e%2e/%2e%2e/etc/passwd', 'pmo://app/a/./../../../etc/passwd', 'pmo://app/.%2e/x']) {
      const file = resolveAppAsset(root, url);
      expect(file === null || file.startsWith(root + path.sep), `${url} -> ${file}`).toBe(true);
    }
  });
});

describe("the window's web preferences and permissions", () => {
  it('pins every security flag of the window, and nothing else is set', () => {
    BrowserWindow.instances.length = 0;
    createMainWindow({ openExternal: () => {} });
    expect(BrowserWindow.instances.at(-1)!.options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    });
  });

  it('gives the page only the app preload, registered once on the session for main frames', () => {
    session.defaultSession.preloadScripts.length = 0;
    registerAppPreload('/app/out/preload/index.js');
    registerAppPreload('/app/out/preload/index.js'); // macOS re-activation: no second copy
    expect(session.defaultSession.preloadScripts).toEqual([{ type: 'frame', id: 'pmo-pathway-api', filePath: '/app/out/preload/index.js' }]);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])('refuses the %s permission', (permission) => {
    expect(decidePermission(permission)).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );

  it('locks the page to its own scripts and connections', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('allows no inline or evaluated code and no remote source anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*|https?:|blob:/);
    expect(directives.size).toBe(CONTENT_SECURITY_POLICY.split(';').length); // no directive given twice
  });
});

describe('focusExistingWindow', () => {
  function fakeWindow(minimised: boolean) {
    return { isMinimized: vi.fn(() => minimised), restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
  }

  it('restores a minimised window, then shows and focuses it', () => {
    const window = fakeWindow(true);
    focusExistingWindow(window);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    const order = [window.restore, window.show, window.focus].map((fn) => fn.mock.invocationCallOrder[0]!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('does not restore a window that is not minimised, but still brings it forward', () => {
    const window = fakeWindow(false);
    focusExistingWindow(window);
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('does nothing when there is no window yet', () => {
    expect(() => focusExistingWindow(null)).not.toThrow();
  });
});

describe('bridge request guard', () => {
  const identity = { port: 5317, token: 'a'.repeat(47) + 'b' };

  it('knows its own host and origin', () => {
    expect(ownOrigin(identity)).toBe('http://127.0.0.1:5317');
    expect(isOwnHost('127.0.0.1:5317', identity)).toBe(true);
    for (const host of ['localhost:5317', '127.0.0.1', '127.0.0.1:5318', '127.0.0.1:5317.evil.example', 'evil.example', '', undefined]) {
      expect(isOwnHost(host, identity), String(host)).toBe(false);
    }
  });

  it('accepts no Origin (same-origin GET) or our own, nothing else', () => {
    expect(isAcceptableOrigin(undefined, identity)).toBe(true);
    expect(isAcceptableOrigin('http://127.0.0.1:5317', identity)).toBe(true);
    for (const origin of ['null', '', 'http://localhost:5317', 'https://127.0.0.1:5317', 'http://127.0.0.1:5318', 'http://127.0.0.1:5317/', 'https://evil.example']) {
      expect(isAcceptableOrigin(origin, identity), origin).toBe(false);
    }
  });

  it('accepts only the exact token', () => {
    expect(hasValidToken(identity.token, identity)).toBe(true);
    const wrong = [
      'a'.repeat(48), // same length, last character differs
      'b' + identity.token.slice(1), // first character differs
      identity.token.slice(0, -1), // too short
      identity.token + 'b', // too long
      identity.token.toUpperCase(),
      '',
      null,
      undefined,
    ];
    for (const candidate of wrong) expect(hasValidToken(candidate, identity), String(candidate)).toBe(false);
  });
});
