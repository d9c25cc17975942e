/**
 * Links that may leave the app for the system browser or mail client: https and mailto only, never
 * with credentials, and nothing long enough to smuggle data. Everything else is refused.
 */
export function isAllowedExternalUrl(candidate: string): boolean {
  if (candidate.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return url.pathname.includes('@');
  if (url.protocol !== 'https:') return false;
  return url.username === '' && url.password === '' && url.hostname.includes('.');
}
