/**
 * The app's own origin. In production the UI is served from this custom, privileged scheme rather than
 * file:// (so the page has a real origin, a CSP header, and no access to the file system by URL).
 */
export const APP_SCHEME = 'pmo';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `candidate` is a page of ours: the app scheme, or the dev server in development.
 * Used for navigation guards and for checking which frame sent an IPC message.
 */
export function isOwnAppUrl(candidate: string | undefined | null, devServerUrl?: string): boolean {
  if (!candidate) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  if (devServerUrl) {
    try {
      return url.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}
