import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { registerAppScheme, serveRendererOnAppScheme } from '../../main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';
import { net, protocol } from '../support/electron-mock';
import { makeTempDir, removeTempDirs } from '../support/temp-plan';

vi.mock('electron', () => import('../support/electron-mock'));

/**
 * The app scheme (pmo://app) serves the built renderer: a privileged standard, secure origin that
 * does not bypass the CSP, and every file it serves carries the CSP and nosniff headers.
 */

beforeEach(() => vi.clearAllMocks());
afterEach(() => removeTempDirs());

describe('registerAppScheme', () => {
  it('registers pmo as standard, secure and fetch-capable, and nothing more', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    const [schemes] = protocol.registerSchemesAsPrivileged.mock.calls[0] as [{ scheme: string; privileges: Record<string, boolean> }[]];
    expect(schemes).toEqual([{ scheme: 'pmo', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const privileges = schemes[0]!.privileges;
    expect(privileges.bypassCSP).toBeUndefined();
    expect(privileges.corsEnabled).toBeUndefined();
    expect(privileges.allowServiceWorkers).toBeUndefined();
  });
});

describe('serveRendererOnAppScheme', () => {
  type Handler = (request: Request) => Promise<Response>;

  function serve() {
    const root = makeTempDir('pmo-protocol-');
    const rendererDir = path.join(root, 'renderer');
    fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'secret.txt'), 'SECRET');
    serveRendererOnAppScheme(rendererDir);
    expect(protocol.handle).toHaveBeenCalledOnce();
    const [scheme, handler] = protocol.handle.mock.calls[0] as [string, Handler];
    expect(scheme).toBe('pmo');
    return { rendererDir, handler };
  }

  /** net.fetch answers like Chromium's file loader, with the type of the file. */
  function fileFetch(body: string, contentType: string, status = 200) {
    net.fetch.mockImplementation(async () => new Response(body, { status, headers: { 'Content-Type': contentType } }));
  }

  it.each([
    ['the page', 'pmo://app/index.html', 'index.html', 'text/html'],
    ['the root (index.html)', 'pmo://app/', 'index.html', 'text/html'],
    ['a script', 'pmo://app/assets/app.js?v=1#x', 'assets/app.js', 'text/javascript'],
  ])('serves %s from the renderer folder with the CSP and nosniff headers', async (_label, url, file, type) => {
    const { rendererDir, handler } = serve();
    fileFetch('content', type);

    const response = await handler(new Request(url));

    expect(net.fetch).toHaveBeenCalledExactlyOnceWith(pathToFileURL(path.join(rendererDir, file)).toString());
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Content-Type')).toBe(type);
    await expect(response.text()).resolves.toBe('content');
  });

  it('replaces a CSP the file loader may have set, rather than adding a second one', async () => {
    const { handler } = serve();
    net.fetch.mockImplementation(async () => new Response('x', { headers: { 'Content-Security-Policy': "default-src *", 'Content-Type': 'text/html' } }));
    const response = await handler(new Request('pmo://app/index.html'));
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('passes a missing file through as the loader reports it, still with the headers', async () => {
    const { handler } = serve();
    fileFetch('', 'text/plain', 404);
    const response = await handler(new Request('pmo://app/missing.js'));
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it.each([
    ['an encoded climb out of the folder', 'pmo://app/..%2fsecret.txt'],
    ['a climb from a subfolder', 'pmo://app/assets/..%2f..%2fsecret.txt'],
    ['a NUL byte', 'pmo://app/index.html%00.js'],
    ['a malformed escape', 'pmo://app/%E0%A4%A'],
    ['another host on the scheme', 'pmo://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
  ])('answers %s with 404 without reading any file', async (_label, url) => {
    const { handler } = serve();
    const response = await handler(new Request(url));
    expect(response.status).toBe(404);
    await expect(response.text()).resolves.not.toContain('SECRET');
    expect(net.fetch).not.toHaveBeenCalled();
  });

  it.each([
    ['encoded dot segments (the URL parser resolves them first)', 'pmo://app/%2e%2e/secret.txt', 'secret.txt'],
    ['an encoded absolute path', 'pmo://app/%2fetc%2fpasswd', 'etc/passwd'],
    ['plain dot segments', 'pmo://app/assets/../../secret.txt', 'secret.txt'],
  ])('keeps %s inside the renderer folder', async (_label, url, inside) => {
    const { rendererDir, handler } = serve();
    fileFetch('', 'text/plain', 404);
    await handler(new Request(url));
    expect(net.fetch).toHaveBeenCalledExactlyOnceWith(pathToFileURL(path.join(rendererDir, inside)).toString());
  });
});
