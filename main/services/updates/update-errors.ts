/**
 * What went wrong with an update, in plain words (issue 17). electron-updater fails with Node or Chromium
 * network errors, builder-util-runtime's HttpError (statusCode), or its own ERR_UPDATER_* codes — often
 * wrapped in one another's messages (GitHub's "latest version not found" carries the 403 inside). Pure:
 * it reads the error, never throws, and never lets a stack, URL or header reach the person.
 */

export type UpdateFailure = 'offline' | 'timeout' | 'rate-limited' | 'not-found' | 'malformed' | 'server' | 'checksum' | 'unknown';
export type UpdateStep = 'check' | 'download' | 'install';

interface ErrorLike {
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
}

const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ENETUNREACH', 'ENETDOWN', 'EHOSTUNREACH', 'EHOSTDOWN', 'EPIPE', 'ECONNABORTED']);
/** Chromium's net errors, as Electron's net module reports them in the message. */
const OFFLINE_NET_ERRORS = /net::ERR_(INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|NETWORK_CHANGED|NETWORK_ACCESS_DENIED|NETWORK_IO_SUSPENDED|CONNECTION_(REFUSED|RESET|CLOSED|ABORTED|FAILED)|ADDRESS_UNREACHABLE|PROXY_CONNECTION_FAILED|TUNNEL_CONNECTION_FAILED|EMPTY_RESPONSE|SOCKET_NOT_CONNECTED)/;
const TIMEOUT = /net::ERR_(CONNECTION_)?TIMED_OUT|\bE(SOCKET)?TIMEDOUT\b|Request timed out/;
const MALFORMED_CODES = new Set([
  'ERR_UPDATER_INVALID_UPDATE_INFO',
  'ERR_UPDATER_INVALID_RELEASE_FEED',
  'ERR_UPDATER_NO_FILES_PROVIDED',
  'ERR_UPDATER_INVALID_VERSION',
  'ERR_UPDATER_NO_CHECKSUM',
  'ERR_XML_MISSED_ELEMENT',
  'ERR_XML_ELEMENT_NAME_MISMATCH',
]);
const NOT_FOUND_CODES = new Set(['ERR_UPDATER_CHANNEL_FILE_NOT_FOUND', 'ERR_UPDATER_NO_PUBLISHED_VERSIONS', 'ERR_UPDATER_LATEST_VERSION_NOT_FOUND']);

/**
 * Which kind of failure this is; 'unknown' when nothing tells. The error's own code and status come
 * first; its message is read only after that, because messages carry response headers and feed text.
 */
export function classifyUpdateError(error: unknown): UpdateFailure {
  const { code: rawCode, statusCode, message } = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const code = typeof rawCode === 'string' ? rawCode : '';
  const text = `${typeof message === 'string' ? message : String(error)}`.slice(0, 20_000);
  if (code === 'ERR_CHECKSUM_MISMATCH' || /sha512 checksum mismatch/i.test(text)) return 'checksum';
  const byOwnStatus = typeof statusCode === 'number' ? failureOfStatus(statusCode) : null;
  if (byOwnStatus) return byOwnStatus;
  if (MALFORMED_CODES.has(code)) return 'malformed';
  if (OFFLINE_CODES.has(code)) return 'offline';
  if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') return 'timeout';
  // A wrapped error (GitHub's "latest version not found" around a 403, say) says what it wraps.
  const wrappedStatus = statusIn(text);
  const byWrappedStatus = wrappedStatus === null ? null : failureOfStatus(wrappedStatus);
  if (byWrappedStatus) return byWrappedStatus;
  if (OFFLINE_NET_ERRORS.test(text) || /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ENETUNREACH|EHOSTUNREACH)\b|socket hang up/.test(text)) return 'offline';
  if (TIMEOUT.test(text)) return 'timeout';
  if (NOT_FOUND_CODES.has(code)) return 'not-found';
  if (/rate limit/i.test(text)) return 'rate-limited';
  if (error instanceof SyntaxError || /YAMLException/.test(text)) return 'malformed';
  return 'unknown';
}

function failureOfStatus(status: number): UpdateFailure | null {
  if (status === 403 || status === 429) return 'rate-limited';
  if (status === 404 || status === 410) return 'not-found';
  if (status >= 500 && status <= 599) return 'server';
  return null;
}

/** An HTTP status named in a wrapped message: "HttpError: 403 Forbidden", or builder-util's "status 429:". */
function statusIn(text: string): number | null {
  const match = /HttpError: (\d{3})\b|\bstatus (\d{3})\b|^(\d{3}) [A-Z]/m.exec(text);
  const digits = match?.[1] ?? match?.[2] ?? match?.[3];
  return digits ? Number(digits) : null;
}

const BECAUSE: Record<UpdateFailure, string> = {
  offline: 'you seem to be offline. Try again when you are connected.',
  timeout: 'the update server took too long to answer. Try again later.',
  'rate-limited': 'the update server is turning requests away for now (too many requests). Try again in an hour or so.',
  'not-found': 'no published release was found on the update server.',
  malformed: 'the update information on the server could not be read.',
  server: 'the update server is having problems just now. Try again later.',
  checksum: 'the downloaded file did not match its checksum, so it was thrown away. Try again.',
  unknown: 'something went wrong on the way. Try again later.',
};

const OPENING: Record<UpdateStep, string> = {
  check: 'Could not check for updates',
  download: 'The update could not be downloaded',
  install: 'The update could not be installed',
};

/** "Could not check for updates: you seem to be offline. Try again when you are connected." */
export function updateFailureMessage(failure: UpdateFailure, step: UpdateStep): string {
  return `${OPENING[step]}: ${BECAUSE[failure]}`;
}

/** The message for whatever electron-updater threw during `step`. */
export function describeUpdateError(error: unknown, step: UpdateStep): string {
  return updateFailureMessage(classifyUpdateError(error), step);
}
