/** The variable electron-vite's dev command sets to the address of its dev server. */
export const DEV_SERVER_URL_VARIABLE = 'ELECTRON_RENDERER_URL';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

export interface DevServerChoice {
  /** The dev server to load instead of the app scheme, or undefined to load the app's own pages. */
  url: string | undefined;
  /** Why a value of the variable was not used (for the developer's console), if it was set and refused. */
  ignoredBecause?: string;
}

/**
 * Which dev server, if any, the window may load and trust. Whatever page the window loads is trusted
 * for every IPC call (its origin passes `isOwnAppUrl`), so an environment variable must never be able
 * to point an installed app at another page: only an unpackaged development run obeys it, and only for
 * a plain http:// address on this computer's loopback (the only place electron-vite's dev server runs).
 */
export function devServerUrlFrom(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): DevServerChoice {
  const raw = env[DEV_SERVER_URL_VARIABLE];
  if (raw === undefined || raw === '') return { url: undefined };
  if (isPackaged) {
    return { url: undefined, ignoredBecause: `${DEV_SERVER_URL_VARIABLE} is ignored: an installed app only loads its own pages.` };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { url: undefined, ignoredBecause: `${DEV_SERVER_URL_VARIABLE} is ignored: "${raw}" is not a web address.` };
  }
  const onLoopback = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && url.username === '' && url.password === '';
  if (!onLoopback) {
    return {
      url: undefined,
      ignoredBecause: `${DEV_SERVER_URL_VARIABLE} is ignored: the dev server must be an http://localhost or http://127.0.0.1 address, not "${raw}".`,
    };
  }
  return { url: url.href };
}
