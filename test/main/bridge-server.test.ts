import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bridgePlatform } from '../../main/bridge/bridge-platform';
import { MAX_REQUEST_BYTES, createBridgeServer, injectToken, type BridgeServer } from '../../main/bridge/server';
import { forwardPlanEvents } from '../../main/api/plan-events';
import { composeApp } from '../../main/compose';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';
import type { PlanService } from '../../main/services/plan-service';
import { BRIDGE_EVENTS_PATH, BRIDGE_TOKEN_HEADER, bridgeCallPath, type BridgeCallResponse } from '../../shared/ipc/bridge-protocol';
import type { MethodName } from '../../shared/ipc/channels';
import { freePort, httpRequest, openEventStream, postJson } from '../support/http-client';
import { localDate } from '../../shared/model';
import { FIXED_NOW, PLAN_FILE_NAME, fixedClock, makeTempDir, readBytes, readJson, removeTempDirs } from '../support/temp-plan';

const INDEX_HTML = '<!doctype html><html><head><title>PMO Pathway</title></head><body><div id="root"></div></body></html>';
const APP_JS = 'console.log("app");\n';
const SECRET = 'TOP-SECRET-CONTENT';
/** The app icons beside index.html in the built renderer (electron.vite.config.ts), from their sources. */
const APP_ICONS = [
  { name: 'icon.svg', source: path.resolve(__dirname, '../../assets/icon.svg'), type: 'image/svg+xml' },
  { name: 'favicon.ico', source: path.resolve(__dirname, '../../assets/icons/icon.ico'), type: 'image/x-icon' },
];

let port: number;
let token: string;
let dataDir: string;
let bridge: BridgeServer;
let plan: PlanService;

beforeEach(async () => {
  const root = makeTempDir('pmo-bridge-');
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), APP_JS);
  for (const icon of APP_ICONS) fs.copyFileSync(icon.source, path.join(rendererDir, icon.name)); // as the renderer build puts them
  fs.mkdirSync(path.join(root, 'renderer-private'));
  fs.writeFileSync(path.join(root, 'renderer-private', 'key.pem'), SECRET);
  fs.writeFileSync(path.join(root, 'secret.txt'), SECRET);
  dataDir = path.join(root, 'data');
  fs.mkdirSync(dataDir);

  // As main/bridge/serve.ts wires it, with no debounce so a change is on disk right after its call.
  const { services, handlers } = composeApp({ dataDir, clock: fixedClock, platform: bridgePlatform, version: '1.0.0-test', storage: { debounceMs: 0 } });
  plan = services.plan;
  port = await freePort();
  token = randomBytes(24).toString('hex');
  bridge = createBridgeServer({ port, token, rendererDir, handlers });
  forwardPlanEvents(services.plan, (event, payload) => bridge.broadcast({ event, payload }));
  await new Promise<void>((resolve) => bridge.server.listen(port, '127.0.0.1', resolve));
});

afterEach(async () => {
  plan.flush(); // nothing may still be waiting to be written when the folder is removed
  bridge.server.closeAllConnections();
  await new Promise((resolve) => bridge.server.close(resolve));
  removeTempDirs();
});

async function call(method: MethodName | string, args: unknown, headers: Record<string, string> = {}) {
  const result = await postJson(port, bridgeCallPath(method as MethodName), { args }, { [BRIDGE_TOKEN_HEADER]: token, ...headers });
  return { status: result.status, body: result.status === 200 ? (JSON.parse(result.body) as BridgeCallResponse) : undefined, raw: result };
}

const MILESTONE = { type: 'milestone.put', item: { id: 'm1', title: 'Shadow the PMO' } };

describe('static files', () => {
  it.each(['/', '/index.html'])('serves %s with the token meta tag and the CSP header', async (urlPath) => {
    const response = await httpRequest(port, { path: urlPath });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body).toBe(injectToken(INDEX_HTML, token));
    expect(response.body).toContain(`<head><meta name="pmo-bridge-token" content="${token}">`);
  });

  it('serves other assets as they are, with their type and the CSP', async () => {
    const response = await httpRequest(port, { path: '/assets/app.js' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.body).toBe(APP_JS);
  });

  it.each(APP_ICONS.map((icon) => [`/${icon.name}`, icon] as const))('serves the app icon %s as an image, so the page and a browser\'s own request get it', async (urlPath, icon) => {
    const response = await fetch(`http://127.0.0.1:${port}${urlPath}`); // fetch, for the exact bytes of a binary file
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(icon.type);
    expect(response.headers.get('content-type')).toMatch(/^image\//);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(Buffer.from(await response.arrayBuffer()).equals(fs.readFileSync(icon.source))).toBe(true);
  });

  it.each(['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%2frenderer-private%2fkey.pem', '/index.html%00', '/assets', '/missing.js'])(
    'answers %s with 404 and nothing from outside the folder',
    async (urlPath) => {
      const response = await httpRequest(port, { path: urlPath });
      expect(response.status).toBe(404);
      expect(response.body).not.toContain(SECRET);
    },
  );

  it('refuses other methods on static paths', async () => {
    expect((await httpRequest(port, { method: 'POST', path: '/index.html', body: 'x' })).status).toBe(405);
  });
});

describe('who may call', () => {
  it.each(['evil.example', 'localhost:PORT', '127.0.0.1', '127.0.0.1:1', 'PORT.evil.example'])('refuses Host %s with 403 (DNS rebinding)', async (host) => {
    const headers = { Host: host.replace('PORT', String(port)) };
    expect((await httpRequest(port, { path: '/', headers })).status).toBe(403);
    const refused = await call('applyChange', [MILESTONE], headers);
    expect(refused.status).toBe(403);
    expect(plan.snapshot().revision).toBe(0);
  });

  it.each(['https://evil.example', 'null', 'http://localhost:PORT', 'http://127.0.0.1:1'])('refuses Origin %s with 403', async (origin) => {
    const refused = await call('applyChange', [MILESTONE], { Origin: origin.replace('PORT', String(port)) });
    expect(refused.status).toBe(403);
    expect(plan.snapshot().revision).toBe(0);
    plan.flush();
    expect(fs.existsSync(path.join(dataDir, PLAN_FILE_NAME))).toBe(false);
  });

  it('accepts our own Origin', async () => {
    const accepted = await call('getAppInfo', [], { Origin: `http://127.0.0.1:${port}` });
    expect(accepted.body?.envelope).toEqual({ ok: true, value: { version: '1.0.0-test', planLocation: path.join(dataDir, PLAN_FILE_NAME), shell: 'browser' } });
  });

  it.each([
    ['no token', (): Record<string, string> => ({})],
    ['a wrong token of the right length', () => ({ [BRIDGE_TOKEN_HEADER]: 'f'.repeat(token.length) })],
    ['the token minus its last character', () => ({ [BRIDGE_TOKEN_HEADER]: token.slice(0, -1) })],
    ['the token in another header', () => ({ Authorization: `Bearer ${token}` })],
  ])('refuses a call with %s with 401', async (_label, headers) => {
    const response = await postJson(port, bridgeCallPath('applyChange'), { args: [MILESTONE] }, headers());
    expect(response.status).toBe(401);
    expect(plan.snapshot().revision).toBe(0);
  });

  it('only takes calls as POST', async () => {
    expect((await httpRequest(port, { path: bridgeCallPath('getPlan'), headers: { [BRIDGE_TOKEN_HEADER]: token } })).status).toBe(405);
  });
});

describe('calls', () => {
  it('round-trips a change: applyChange, then getPlan shows it, and plan.json holds it', async () => {
    const applied = await call('applyChange', [MILESTONE]);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ envelope: { ok: true, value: { revision: 1 } }, effects: [] });

    const got = await call('getPlan', []);
    expect(got.body?.envelope).toMatchObject({ ok: true, value: { revision: 1, readOnly: false, plan: { milestones: [{ id: 'm1', title: 'Shadow the PMO' }] } } });
    plan.flush();
    expect(readJson(path.join(dataDir, PLAN_FILE_NAME))).toMatchObject({ milestones: [{ id: 'm1', title: 'Shadow the PMO', status: 'todo' }] });
    expect((await call('getPlan', [])).body?.envelope).toMatchObject({ ok: true, value: { save: { state: 'saved', message: null } } });
  });

  it('writes the change within the debounce without any flush (here 0 ms)', async () => {
    await call('applyChange', [MILESTONE]);
    const file = path.join(dataDir, PLAN_FILE_NAME);
    for (let i = 0; i < 50 && !fs.existsSync(file); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(readJson(file)).toMatchObject({ milestones: [{ id: 'm1' }] });
  });

  it('refuses a damaged import file with a validation error; plan.json stays byte-identical', async () => {
    await call('applyChange', [MILESTONE]);
    plan.flush();
    const file = path.join(dataDir, PLAN_FILE_NAME);
    const before = readBytes(file);
    const refused = await call('previewImport', [{ fileName: 'broken.pmoplan.json', content: '{"format":"pmo-pathway-plan","formatVersion":1,"pl' }]);
    expect(refused.body).toEqual({
      envelope: {
        ok: false,
        error: {
          code: 'validation',
          message: 'broken.pmoplan.json was not imported. This file is not a PMO Pathway plan: it is not valid JSON (it may be damaged or truncated). Your plan is unchanged.',
        },
      },
      effects: [],
    });
    plan.flush();
    expect(readBytes(file).equals(before)).toBe(true);
    expect(plan.snapshot().revision).toBe(1);
  });

  it('saves the whole plan as a .pmoplan.json download', async () => {
    await call('applyChange', [MILESTONE]);
    const response = await call('exportPlanFile', []);
    expect(response.body?.envelope).toEqual({ ok: true, value: { outcome: 'downloaded', fileName: `PMO Pathway plan - ${localDate(FIXED_NOW)}.pmoplan.json` } });
    const effect = response.body?.effects[0];
    if (effect?.kind !== 'download') throw new Error('expected a download effect');
    const file = JSON.parse(Buffer.from(effect.base64, 'base64').toString('utf8'));
    expect(file).toMatchObject({ format: 'pmo-pathway-plan', formatVersion: 1, appVersion: '1.0.0-test', plan: { milestones: [{ id: 'm1' }] } });
  });

  it('answers malformed JSON with 400 and an invalid-argument envelope', async () => {
    const response = await httpRequest(port, { method: 'POST', path: bridgeCallPath('applyChange'), headers: { [BRIDGE_TOKEN_HEADER]: token }, body: '{"args": [' });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({ envelope: { ok: false, error: { code: 'invalid-argument', message: 'The request is not valid JSON.' } }, effects: [] });
  });

  it.each([
    ['bad arguments', 'applyChange', { nope: true }],
    ['no arguments field', 'getPlan', undefined],
    ['an unknown method', 'deleteEverything', []],
    ['an encoded prototype key', '__proto__', []],
    ['a malformed %-escape in the method (used to crash the server)', '%E0%A4%A', []],
    ['an empty method name', '', []],
  ])('answers %s with an invalid-argument envelope', async (_label, method, args) => {
    const response = await call(method, args);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ envelope: { ok: false, error: { code: 'invalid-argument' } }, effects: [] });
  });

  it('refuses a body over MAX_REQUEST_BYTES with 413', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const chunks = function* () {
      for (let sent = 0; sent <= MAX_REQUEST_BYTES; sent += chunk.length) yield chunk;
    };
    const response = await httpRequest(port, { method: 'POST', path: bridgeCallPath('getPlan'), headers: { [BRIDGE_TOKEN_HEADER]: token }, body: chunks });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ envelope: { ok: false, error: { code: 'invalid-argument', message: 'The request is too large.' } } });
  }, 30_000);

  it('opens an https link as a client effect', async () => {
    const response = await call('openExternal', ['https://www.axelos.com/certifications']);
    expect(response.body).toEqual({ envelope: { ok: true }, effects: [{ kind: 'open-url', url: 'https://www.axelos.com/certifications' }] });
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'http://example.com/'])('refuses to open %s: an error and no effect', async (url) => {
    const response = await call('openExternal', [url]);
    expect(response.body).toMatchObject({ envelope: { ok: false, error: { code: 'invalid-argument' } }, effects: [] });
  });
});

describe('event stream', () => {
  it.each([['no token', BRIDGE_EVENTS_PATH], ['a wrong token', `${BRIDGE_EVENTS_PATH}?token=${'0'.repeat(48)}`]])('refuses %s with 401', async (_label, urlPath) => {
    expect((await httpRequest(port, { path: urlPath })).status).toBe(401);
  });

  it('pushes planChanged to an open page after a change', async () => {
    const stream = openEventStream(port, `${BRIDGE_EVENTS_PATH}?token=${token}`);
    try {
      const response = await stream.response;
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/event-stream');
      await stream.waitFor(/: connected\n\n/);

      await call('applyChange', [MILESTONE]);
      const text = await stream.waitFor(/event: planChanged\ndata: \{"revision":1\}\n\n/);
      expect(text).toContain('event: planChanged\ndata: {"revision":1}\n\n');
    } finally {
      stream.close();
    }
  });

  it('pushes saveStatus: saving, then saved once the change is on disk', async () => {
    const stream = openEventStream(port, `${BRIDGE_EVENTS_PATH}?token=${token}`);
    try {
      await stream.waitFor(/: connected\n\n/);
      await call('applyChange', [MILESTONE]);
      const text = await stream.waitFor(/event: saveStatus\ndata: \{"state":"saved","message":null\}\n\n/);
      expect(text.indexOf('event: saveStatus\ndata: {"state":"saving","message":null}\n\n')).toBeGreaterThan(-1);
      expect(text.indexOf('"state":"saving"')).toBeLessThan(text.indexOf('"state":"saved"'));
    } finally {
      stream.close();
    }
  });

  it('keeps working for other pages after one page closes its stream', async () => {
    const first = openEventStream(port, `${BRIDGE_EVENTS_PATH}?token=${token}`);
    await first.waitFor(/connected/);
    first.close();
    const second = openEventStream(port, `${BRIDGE_EVENTS_PATH}?token=${token}`);
    try {
      await second.waitFor(/connected/);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await call('applyChange', [MILESTONE]);
      await expect(second.waitFor(/event: planChanged/)).resolves.toContain('"revision":1');
    } finally {
      second.close();
    }
  });
});
