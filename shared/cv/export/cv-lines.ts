import type { CvContactItem, CvRoleLine } from './document';

/**
 * The small lines every format words the same way, so a CV reads alike in text, Markdown, PDF, Word and
 * the preview: the contact line under the name and a role's "place · dates" line under its heading.
 */

/** Between contact details and between a role's place and dates: a middle dot, which pastes as itself. */
export const LINE_SEPARATOR = ' · ';

/** "Leeds · Mar 2021 – present", "Mar 2021 – present", "Leeds", or '' when the role has neither. */
export function roleMetaParts(role: CvRoleLine): string[] {
  return [role.location, role.dates].filter((part) => part !== '');
}

export function roleMetaLine(role: CvRoleLine): string {
  return roleMetaParts(role).join(LINE_SEPARATOR);
}

/** "alex@example.com · 07700 900123 · Leeds, UK · linkedin.com/in/alex" (email, phone, location, link). */
export function contactLine(contact: readonly CvContactItem[]): string {
  return contact.map((item) => item.text).join(LINE_SEPARATOR);
}

const LINKABLE = /^(mailto:|tel:|https?:\/\/)/i;

/**
 * The link target a format may write for a contact detail: only mailto:, tel: and web addresses, so
 * nothing the person typed can become a javascript: or file: link; null when the detail is not a link.
 */
export function contactHref(item: CvContactItem): string | null {
  return item.href !== null && LINKABLE.test(item.href) ? item.href : null;
}
