import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Map a request on the app scheme to a file inside the built renderer folder, or null. Refuses other
 * hosts and any path that would climb out of `rootDir` (encoded or not).
 */
export function resolveAppAsset(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  return resolveInsideRoot(rootDir, url.pathname);
}

/** The file a URL path names inside `rootDir` ('/' is index.html), or null if it would leave the folder. */
export function resolveInsideRoot(rootDir: string, urlPath: string): string | null {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, '.' + relative);
  return resolved.startsWith(root + path.sep) ? resolved : null;
}
