import { api, errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../store';
// Styles for the source link live with the skills styles; imported here so every user of this gets them.
import './skills.css';

/** "pmi.org" from "https://www.pmi.org/": what a person recognises in a link. */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * Where a catalog fact comes from and when it was checked. The link opens in the person's browser
 * through main (api.openExternal): the app itself never navigates away from its own page.
 */
export function CatalogSource({ url, lastVerified, name }: { url: string; lastVerified: string; name?: string }) {
  const notify = useAppStore((state) => state.notify);
  const host = sourceHost(url);
  return (
    <span className="catalog-source">
      <button
        type="button"
        className="link-button source-link"
        // The visible text leads the accessible name (WCAG 2.5.3, label in name); the item it belongs to follows.
        aria-label={name ? `Source: ${host} (opens in your browser) for ${name}` : `Source: ${host} (opens in your browser)`}
        onClick={() => api.openExternal(url).catch((error: unknown) => notify({ level: 'error', message: errorMessage(error) }))}
      >
        Source: {host}
      </button>
      <span className="meta"> · Last verified {formatDate(lastVerified)}</span>
    </span>
  );
}
