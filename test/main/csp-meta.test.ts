// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../main/security/csp';

// renderer/index.html repeats the CSP header as a <meta http-equiv>. The two must not drift: the page's
// policy is the header's, less what a <meta> cannot carry (frame-ancestors), and nothing else.

const INDEX_HTML = path.resolve(__dirname, '../../renderer/index.html');
const page = new DOMParser().parseFromString(fs.readFileSync(INDEX_HTML, 'utf8'), 'text/html');
const metas = [...page.querySelectorAll('meta[http-equiv]')].filter((meta) => meta.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy');

function directives(policy: string): string[] {
  return policy
    .split(';')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

describe("renderer/index.html's CSP <meta>", () => {
  it('is there once and holds exactly the policy of main/security/csp.ts', () => {
    expect(metas).toHaveLength(1);
    expect(metas[0]!.getAttribute('content')).toBe(META_CONTENT_SECURITY_POLICY);
  });

  it('is the header policy less frame-ancestors, which a <meta> cannot carry', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    const meta = directives(META_CONTENT_SECURITY_POLICY);
    expect(header.filter((directive) => !meta.includes(directive))).toEqual(["frame-ancestors 'none'"]);
    expect(meta.filter((directive) => !header.includes(directive))).toEqual([]);
    expect(meta.map((directive) => directive.split(' ')[0])).not.toContain('frame-ancestors');
  });

  it('comes before anything the page loads, so it covers every request', () => {
    const head = [...page.head.children];
    const metaAt = head.indexOf(metas[0]!);
    const firstLoad = [...page.querySelectorAll('script, link, style, base')].map((element) => head.indexOf(element)).filter((at) => at >= 0);
    expect(metaAt).toBeGreaterThanOrEqual(0);
    for (const at of firstLoad) expect(at).toBeGreaterThan(metaAt);
    expect(page.querySelector('base')).toBeNull();
  });

  it('links the app icon, an image of our own origin that the policy allows', () => {
    const icon = page.querySelector('link[rel="icon"]');
    expect(icon?.getAttribute('href')).toBe('./icon.svg');
    expect(icon?.getAttribute('type')).toBe('image/svg+xml');
    expect(directives(META_CONTENT_SECURITY_POLICY)).toContain("img-src 'self' data:");
  });
});
