import { LIMITS, text } from './primitives';

/**
 * The contact details a CV carries at the top of its body (never only in a header or footer, which ATSs
 * skip): all optional, each checked just enough to catch a slip (an email without "@", a link that is not
 * a web address) and never more, since phone numbers and places are written in many ways.
 */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** An http(s) address, loosely: enough to catch a slip, never to judge a site. */
export const WEB_ADDRESS = /^https?:\/\/[^\s/$.?#].[^\s]*$/i;

export const ContactShape = {
  email: text('your email address', LIMITS.shortText)
    .refine((value) => value.trim() === '' || EMAIL.test(value.trim()), 'Enter an email address like name@example.com, or leave it empty.')
    .default(''),
  phone: text('your phone number', LIMITS.phone)
    .refine((value) => value.trim() === '' || /\d/.test(value), 'A phone number needs digits, or leave it empty.')
    .default(''),
  /** Where the person is based, as they write it ("Leeds, UK"). */
  location: text('your location', LIMITS.shortText).default(''),
  /** One link: LinkedIn or a site of their own. */
  link: text('the link', LIMITS.link)
    .refine((value) => value.trim() === '' || WEB_ADDRESS.test(value.trim()), 'Enter a web address starting with https://, or leave it empty.')
    .default(''),
  /** A short professional summary for the top of the CV. */
  summary: text('your summary', LIMITS.mediumText).default(''),
};

/** Whether a link is a LinkedIn profile (JSON Resume lists those under profiles[], others as url). */
export function isLinkedInUrl(link: string): boolean {
  // shared/ has no DOM or Node types, so no URL class: the host is read with a pattern.
  const host = /^https?:\/\/([^/?#:]+)/i.exec(link.trim())?.[1]?.toLowerCase() ?? '';
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}
