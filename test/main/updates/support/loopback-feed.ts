import { HttpExecutor, configureRequestUrl, type DownloadOptions } from 'builder-util-runtime';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http, { type ClientRequest, type IncomingHttpHeaders, type IncomingMessage, type RequestOptions, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { URL } from 'node:url';
import { BaseUpdater } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import type { DownloadExecutorResult, DownloadUpdateOptions } from 'electron-updater/out/AppUpdater';
import { findFile } from 'electron-updater/out/providers/Provider';
import { configureUpdater, updaterPort } from '../../../../main/platform/electron-updater';
import type { UpdaterPort } from '../../../../main/services/updates/update-policy';

/**
 * The REAL electron-updater against a loopback update server (node:http on 127.0.0.1, port 0) serving a
 * generic-provider feed, as electron-builder publishes it: latest*.yml beside the installer. Only two
 * things differ from the packaged app, both for want of Electron here: the app adapter (version, paths)
 * and the HTTP executor (Node's http instead of Electron's net). The update check, the feed parsing, the
 * version comparison, the download with its sha512 check and progress events, and quitAndInstall up to
 * the OS installer are electron-updater's own code. The installer step itself is recorded, not run.
 */

// Safety net: if anything reached for the real `electron` package it would try to download Electron.
// With this set it only answers a path, so a mistake fails here instead of going to the network.
process.env.ELECTRON_OVERRIDE_DIST_PATH ??= path.join(path.sep, 'nonexistent', 'electron-for-tests');

/** What the server does with one request; `url` has no query string. */
export type Route = (url: string, response: ServerResponse, request: IncomingMessage) => void;

export interface FeedServer {
  readonly url: string;
  /** Every path asked for, in order (query strings dropped). */
  readonly requests: string[];
  /** The headers of each request, in the same order. */
  readonly headers: IncomingHttpHeaders[];
  route: Route;
  /** Resolves once `count` requests have arrived (waits for state, not time). */
  waitForRequests(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startFeedServer(route: Route): Promise<FeedServer> {
  const requests: string[] = [];
  const headers: IncomingHttpHeaders[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = http.createServer((request, response) => {
    const url = (request.url ?? '/').split('?')[0]!;
    requests.push(url);
    headers.push(request.headers);
    for (const waiter of waiters.filter((w) => requests.length >= w.count)) waiter.resolve();
    feed.route(url, response, request);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const feed: FeedServer = {
    url: `http://127.0.0.1:${port}/releases/`,
    requests,
    headers,
    route,
    waitForRequests: (count) => (requests.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }))),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return feed;
}

export const CURRENT_VERSION = '0.1.0';
export const INSTALLER_NAME = (version: string) => `PMO-Pathway-${version}.zip`;

/** A stand-in installer and the latest*.yml that describes it (electron-builder's update info format). */
export function releaseFeed(version: string, options: { notes?: string; bytes?: Buffer; sha512Of?: Buffer } = {}) {
  const bytes = options.bytes ?? Buffer.from(`PMO Pathway ${version} `.repeat(20_000));
  const sha512 = createHash('sha512').update(options.sha512Of ?? bytes).digest('base64');
  const notes = (options.notes ?? '').split('\n').map((line) => `  ${line}`).join('\n');
  const yml = [
    `version: ${version}`,
    'files:',
    `  - url: ${INSTALLER_NAME(version)}`,
    `    sha512: ${sha512}`,
    `    size: ${bytes.length}`,
    `path: ${INSTALLER_NAME(version)}`,
    `sha512: ${sha512}`,
    `releaseName: PMO Pathway ${version}`,
    "releaseDate: '2026-12-01T10:00:00.000Z'",
    ...(options.notes === undefined ? [] : ['releaseNotes: |', notes]),
    '',
  ].join('\n');
  return { yml, bytes };
}

/** Serves the feed: every latest*.yml (whichever platform asks) and the installer it names. */
export function serveRelease(feed: { yml: string; bytes: Buffer }, version: string): Route {
  return (url, response) => {
    if (/\/latest(-[a-z0-9-]+)?\.yml$/.test(url)) return void response.writeHead(200, { 'content-type': 'text/yaml' }).end(feed.yml);
    if (url.endsWith(`/${INSTALLER_NAME(version)}`)) return void response.writeHead(200, { 'content-type': 'application/zip', 'content-length': feed.bytes.length }).end(feed.bytes);
    response.writeHead(404).end('Not Found');
  };
}

/** Node's http for electron-updater's requests (Electron's net module is not here). */
class NodeHttpExecutor extends HttpExecutor<ClientRequest> {
  createRequest(options: RequestOptions, callback: (response: IncomingMessage) => void): ClientRequest {
    return http.request(options, callback);
  }

  /** As ElectronHttpExecutor.download: builder-util-runtime pipes it through the sha512 check and progress. */
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise((resolve, reject, onCancel) => {
      const requestOptions: RequestOptions = { headers: options.headers ?? undefined };
      configureRequestUrl(url, requestOptions);
      this.doDownload(requestOptions, { destination, options, onCancel, callback: (error) => (error ? reject(error) : resolve(destination)), responseHandler: null }, 0);
    });
  }
}

/**
 * A BaseUpdater like NsisUpdater or AppImageUpdater, for a zip "installer": the download is theirs
 * (executeDownload: cache folder, temp file, sha512, rename, update-downloaded); doInstall records the
 * call instead of starting an OS installer, and answers "not installed" so nothing quits the test.
 */
export class LoopbackUpdater extends BaseUpdater {
  readonly installs: { at: number }[] = [];
  private readonly executor = new NodeHttpExecutor();

  constructor(app: AppAdapter, private readonly beforeInstall: () => void = () => undefined) {
    super(null, app);
    // AppUpdater leaves its executor null when given an app adapter; the provider takes it from here.
    Reflect.set(this, 'httpExecutor', this.executor);
  }

  protected doDownloadUpdate(options: DownloadUpdateOptions): Promise<DownloadExecutorResult> {
    const fileInfo = findFile(options.updateInfoAndProvider.provider.resolveFiles(options.updateInfoAndProvider.info), 'zip')!;
    return this.executeDownload({
      fileExtension: 'zip',
      fileInfo,
      downloadUpdateOptions: options,
      task: (destination, downloadOptions) => this.executor.download(fileInfo.url, destination, downloadOptions),
    });
  }

  protected doInstall(): boolean {
    this.beforeInstall();
    this.installs.push({ at: this.installs.length });
    return false;
  }
}

export interface LoopbackApp {
  dir: string;
  /** The real updater, configured as the app configures it, behind the port the policy uses. */
  load(): Promise<UpdaterPort>;
  /** How many times the updater was loaded (constructed). */
  readonly loads: number;
  /** The updater once loaded. */
  readonly updater: LoopbackUpdater | null;
}

/** A packaged app's view for electron-updater: app-update.yml pointing at `feedUrl`, temp folders. */
export function loopbackApp(dir: string, feedUrl: string, options: { beforeInstall?: () => void } = {}): LoopbackApp {
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  // What electron-builder writes into resources/ (with the GitHub provider in a release).
  fs.writeFileSync(path.join(dir, 'resources', 'app-update.yml'), `provider: generic\nurl: ${feedUrl}\nupdaterCacheDirName: pmo-pathway-updater\n`);
  const app: AppAdapter = {
    version: CURRENT_VERSION,
    name: 'PMO Pathway',
    isPackaged: true,
    appUpdateConfigPath: path.join(dir, 'resources', 'app-update.yml'),
    userDataPath: path.join(dir, 'userData'),
    baseCachePath: path.join(dir, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => undefined,
    quit: () => undefined,
    onQuit: () => undefined,
  };
  let loads = 0;
  let updater: LoopbackUpdater | null = null;
  return {
    dir,
    get loads() {
      return loads;
    },
    get updater() {
      return updater;
    },
    async load() {
      loads += 1;
      updater = configureUpdater(new LoopbackUpdater(app, options.beforeInstall));
      return updaterPort(updater);
    },
  };
}
