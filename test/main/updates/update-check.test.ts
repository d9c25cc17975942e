import fs from 'node:fs';
import path from 'node:path';
import { UpdateStateSchema } from '../../../shared/ipc/updates';
import { removeTempDirs } from '../../support/temp-plan';
import { CURRENT_VERSION, INSTALLER_NAME, releaseFeed, serveRelease, type Route } from './support/loopback-feed';
import { closeFeeds, composeWithFeed, statusReached } from './support/setup';

vi.mock('electron', () => import('../../support/electron-mock'));

// The real electron-updater (generic provider) against a loopback server: what the person sees for each
// answer a feed can give. Every check goes through the contract handler, as the page's does.

afterEach(async () => {
  await closeFeeds();
  removeTempDirs();
});

const NOTES = [
  '<h2>What&rsquo;s new</h2>',
  '<ul><li>Reminders &amp; calendar export</li><li>Check for updates, <b>only</b> when you say so</li></ul>',
  '<p>Thanks to <a href="https://example.com" onclick="steal()">everyone</a>.</p>',
  '<script>window.api.installUpdate()</script><img src=x onerror="alert(1)">',
].join('');

const status = (code: number, body = ''): Route => (_url, response) => void response.writeHead(code, { 'content-type': 'text/plain' }).end(body);

describe('checking the feed with the real electron-updater', () => {
  it('offers a newer version with its notes as plain text, and downloads nothing until asked', async () => {
    const rig = await composeWithFeed(serveRelease(releaseFeed('0.2.0', { notes: NOTES }), '0.2.0'));
    const state = await rig.handlers.checkForUpdates();

    expect(UpdateStateSchema.parse(state)).toEqual(state);
    expect(state.status).toMatchObject({ kind: 'available', message: `Version 0.2.0 is available. You have ${CURRENT_VERSION}.`, problem: null });
    if (state.status.kind !== 'available') throw new Error('unreachable');
    expect(state.status.offer).toEqual({
      version: '0.2.0',
      releaseName: 'PMO Pathway 0.2.0',
      releaseDate: '2026-12-01T10:00:00.000Z',
      notes: 'What’s new\n\n• Reminders & calendar export\n• Check for updates, only when you say so\n\nThanks to everyone.',
    });
    expect(state.status.offer.notes).not.toMatch(/[<>]|script|onerror|steal/);
    // One request: the feed. No installer was fetched.
    expect(rig.server.requests).toHaveLength(1);
    expect(rig.server.requests[0]).toMatch(/^\/releases\/latest(-[a-z0-9-]+)?\.yml$/);
    expect(fs.existsSync(path.join(rig.app.dir, 'cache'))).toBe(false);
  });

  it('downloads when asked, with progress, then offers Restart and install', async () => {
    const feed = releaseFeed('0.2.0', { notes: 'Small fixes.' });
    const rig = await composeWithFeed(serveRelease(feed, '0.2.0'));
    await rig.handlers.checkForUpdates();
    const seen: number[] = [];
    rig.updates.subscribe((state) => state.status.kind === 'downloading' && seen.push(state.status.percent));

    const started = await rig.handlers.downloadUpdate();
    expect(started.status).toMatchObject({ kind: 'downloading', message: 'Downloading version 0.2.0…', percent: 0 });
    const done = await statusReached(rig.updates, 'downloaded');

    expect(done.status).toMatchObject({ kind: 'downloaded', message: 'Version 0.2.0 is downloaded. Restart PMO Pathway to install it.', problem: null });
    expect(seen.at(-1)).toBe(100);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(rig.server.requests.filter((url) => url.endsWith(INSTALLER_NAME('0.2.0')))).toHaveLength(1);
    const pending = path.join(rig.app.dir, 'cache', 'pmo-pathway-updater', 'pending', INSTALLER_NAME('0.2.0'));
    expect(fs.readFileSync(pending)).toEqual(feed.bytes);
  });

  it('throws away a download whose checksum does not match, and says so beside the offer', async () => {
    const feed = releaseFeed('0.2.0', { sha512Of: Buffer.from('a different file') });
    const rig = await composeWithFeed(serveRelease(feed, '0.2.0'));
    await rig.handlers.checkForUpdates();
    await rig.handlers.downloadUpdate();
    const after = await statusReached(rig.updates, 'available');
    expect(after.status).toMatchObject({
      kind: 'available',
      problem: 'The update could not be downloaded: the downloaded file did not match its checksum, so it was thrown away. Try again.',
    });
  });

  it('says the version running is the latest when the feed offers the same one', async () => {
    const rig = await composeWithFeed(serveRelease(releaseFeed(CURRENT_VERSION), CURRENT_VERSION));
    const state = await rig.handlers.checkForUpdates();
    expect(state.status).toEqual({ kind: 'up-to-date', message: `You have the latest version, ${CURRENT_VERSION}.`, checkedAt: '2026-03-02T09:30:00.000Z' });
  });

  it.each([
    ['a feed that is not YAML', status(200, 'version: [0.2.0\nfiles: {'), 'the update information on the server could not be read.'],
    ['an HTML page instead of the feed', status(200, '<html><body>Sign in</body></html>'), 'the update information on the server could not be read.'],
    ['a feed without a version', status(200, 'files: []\n'), 'the update information on the server could not be read.'],
    ['no feed at all (404)', status(404, 'Not Found'), 'no published release was found on the update server.'],
    ['a rate limit (403)', status(403, 'API rate limit exceeded'), 'the update server is turning requests away for now (too many requests). Try again in an hour or so.'],
    ['a rate limit (429)', status(429, 'Too Many Requests'), 'the update server is turning requests away for now (too many requests). Try again in an hour or so.'],
    ['a server error (503)', status(503, 'Service Unavailable'), 'the update server is having problems just now. Try again later.'],
    ['a connection cut (offline)', ((_url, _response, request) => request.socket.destroy()) as Route, 'you seem to be offline. Try again when you are connected.'],
  ])('fails quietly with a plain message for %s', async (_name, route, because) => {
    const rig = await composeWithFeed(route);
    const state = await rig.handlers.checkForUpdates();
    expect(state.status).toEqual({ kind: 'check-failed', message: `Could not check for updates: ${because}`, checkedAt: '2026-03-02T09:30:00.000Z', automatic: false });
    expect(state.status.message).not.toMatch(/127\.0\.0\.1|HttpError|ERR_|\n|at /);
    expect(UpdateStateSchema.parse(state)).toEqual(state);
  });

  it('gives up a check that takes too long (the timeout is injected), and a later check can still succeed', async () => {
    const held: { end(): void }[] = [];
    const feed = releaseFeed('0.2.0');
    const rig = await composeWithFeed((_url, response) => void held.push({ end: () => response.writeHead(200).end(feed.yml) }));
    const checking = rig.handlers.checkForUpdates();
    await rig.server.waitForRequests(1);
    expect(rig.timers.pending).toEqual([{ ms: 5_000 }]);
    expect(rig.updates.state().status).toMatchObject({ kind: 'checking', message: 'Checking for updates…' });

    rig.timers.fireAll();
    const state = await checking;
    expect(state.status).toMatchObject({ kind: 'check-failed', message: 'Could not check for updates: the update server took too long to answer. Try again later.' });

    // The server answers at last; the next check gets a normal answer.
    rig.server.route = serveRelease(feed, '0.2.0');
    held.forEach((response) => response.end());
    await expect(rig.handlers.checkForUpdates()).resolves.toMatchObject({ status: { kind: 'available', offer: { version: '0.2.0' } } });
  });

  it('joins a check already under way instead of asking twice', async () => {
    const rig = await composeWithFeed(serveRelease(releaseFeed('0.2.0'), '0.2.0'));
    const [first, second] = await Promise.all([rig.handlers.checkForUpdates(), rig.handlers.checkForUpdates()]);
    expect(second).toEqual(first);
    expect(rig.server.requests).toHaveLength(1);
    expect(rig.app.loads).toBe(1);
  });
});
