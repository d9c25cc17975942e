/**
 * The page's Content Security Policy. The app is offline by design: no remote scripts, styles, fonts or
 * connections. It is sent as a header by both the app protocol and the browser bridge, and repeated as a
 * <meta http-equiv> in renderer/index.html (so the policy travels with the page, and scanners that read
 * only HTML see it); test/main/csp-meta.test.ts keeps the two the same.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // The app icon (icon.svg beside index.html) and inline data: images.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
];

/** Directives a browser ignores (with a console warning) when the policy comes in a <meta> tag. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The whole policy, for the Content-Security-Policy response header. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The same policy minus what a <meta> tag cannot carry: what renderer/index.html must hold. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((directive) => !HEADER_ONLY_DIRECTIVES.has(directive.split(' ')[0]!)).join('; ');
