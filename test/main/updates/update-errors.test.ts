import { HttpError } from 'builder-util-runtime';
import { classifyUpdateError, describeUpdateError, updateFailureMessage } from '../../../main/services/updates/update-errors';

// The errors electron-updater gives in the app (Electron's net module, GitHub's provider), which the
// loopback tests cannot produce: Chromium's net::ERR_* messages, and GitHub's wrapped failures.

const coded = (message: string, code: string) => Object.assign(new Error(message), { code });
const HEADERS = '\nHeaders: {\n  "connection": "keep-alive",\n  "keep-alive": "timeout=5"\n}';

describe('what kind of update failure', () => {
  it.each([
    ['Electron offline', new Error('net::ERR_INTERNET_DISCONNECTED'), 'offline'],
    ['no DNS', new Error('net::ERR_NAME_NOT_RESOLVED'), 'offline'],
    ['Wi-Fi switched', new Error('net::ERR_NETWORK_CHANGED'), 'offline'],
    ['a proxy that is down', new Error('net::ERR_PROXY_CONNECTION_FAILED'), 'offline'],
    ['Node offline', coded('getaddrinfo ENOTFOUND github.com', 'ENOTFOUND'), 'offline'],
    ['Chromium timeout', new Error('net::ERR_CONNECTION_TIMED_OUT'), 'timeout'],
    ['builder-util timeout', new Error('Request timed out'), 'timeout'],
    ['a 404 on the feed', new HttpError(404, `404 Not Found${HEADERS}`), 'not-found'],
    ['GitHub 403 rate limit, wrapped', coded(`Unable to find latest version on GitHub (https://github.com/o/r/releases/latest), please ensure a production release exists: HttpError: 403 Forbidden${HEADERS}`, 'ERR_UPDATER_LATEST_VERSION_NOT_FOUND'), 'rate-limited'],
    ['GitHub 429, wrapped', coded('Unable to find latest version on GitHub: HttpError: 429 Too Many Requests', 'ERR_UPDATER_LATEST_VERSION_NOT_FOUND'), 'rate-limited'],
    ['GitHub offline, wrapped', coded('Unable to find latest version on GitHub: Error: net::ERR_INTERNET_DISCONNECTED', 'ERR_UPDATER_LATEST_VERSION_NOT_FOUND'), 'offline'],
    ['no release on GitHub', coded('No published versions on GitHub', 'ERR_UPDATER_NO_PUBLISHED_VERSIONS'), 'not-found'],
    ['no latest.yml in the release', coded(`Cannot find latest.yml in the latest release artifacts: HttpError: 404 Not Found${HEADERS}`, 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND'), 'not-found'],
    ['a broken atom feed', coded('Cannot parse releases feed: Error: Unexpected close tag', 'ERR_UPDATER_INVALID_RELEASE_FEED'), 'malformed'],
    ['a broken latest.yml', coded('Cannot parse update info from latest.yml: YAMLException: bad indentation, rawData: 404 Not x', 'ERR_UPDATER_INVALID_UPDATE_INFO'), 'malformed'],
    ['a server error', new HttpError(502, `502 Bad Gateway${HEADERS}`), 'server'],
    ['a bad download', coded('sha512 checksum mismatch, expected abc, got def', 'ERR_CHECKSUM_MISMATCH'), 'checksum'],
    ['something else', new Error('EPERM: operation not permitted, rename'), 'unknown'],
    ['not even an Error', 'boom', 'unknown'],
    ['nothing', undefined, 'unknown'],
  ])('%s → %s', (_name, error, kind) => {
    expect(classifyUpdateError(error)).toBe(kind);
  });

  it('never mistakes response headers (keep-alive: timeout=5) for a timeout', () => {
    expect(classifyUpdateError(new HttpError(404, `404 Not Found${HEADERS}`))).toBe('not-found');
    expect(classifyUpdateError(new Error(`Something${HEADERS}`))).toBe('unknown');
  });
});

describe('the messages', () => {
  it('open with what could not be done and say why in plain words', () => {
    expect(updateFailureMessage('offline', 'check')).toBe('Could not check for updates: you seem to be offline. Try again when you are connected.');
    expect(updateFailureMessage('rate-limited', 'check')).toMatch(/^Could not check for updates: .*too many requests/);
    expect(updateFailureMessage('offline', 'download')).toBe('The update could not be downloaded: you seem to be offline. Try again when you are connected.');
    expect(updateFailureMessage('unknown', 'install')).toBe('The update could not be installed: something went wrong on the way. Try again later.');
  });

  it('keep addresses, codes and stacks out', () => {
    const error = coded(`Unable to find latest version on GitHub (https://github.com/o/r/releases/latest): HttpError: 403 Forbidden\n    at Foo (/x.js:1:1)${HEADERS}`, 'ERR_UPDATER_LATEST_VERSION_NOT_FOUND');
    expect(describeUpdateError(error, 'check')).not.toMatch(/https?:|ERR_|HttpError|\bat |\n/);
  });
});
