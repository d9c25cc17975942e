// Bundle sizes, raw and gzip: the JS and CSS a page loads before anything else (its <script>,
// modulepreload and stylesheet links), and the main and preload bundles. Lazy chunks are listed apart.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

function sizeOf(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files: files.map((f) => basename(f)) };
}

/** What index.html loads up front: entry script + modulepreloads, and stylesheets. */
export function initialAssets(htmlFile) {
  const dir = dirname(htmlFile);
  const html = readFileSync(htmlFile, 'utf8');
  const refs = (pattern) => [...html.matchAll(pattern)].map((m) => join(dir, m[1]));
  const js = [...refs(/<script[^>]*\bsrc="([^"]+)"/g), ...refs(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)];
  const css = refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  return { js: sizeOf(js), css: sizeOf(css) };
}

/** Every .js file in a folder and its subfolders (main's lazy chunks live in out/main/chunks). */
function bundleFolder(dir) {
  const files = existsSync(dir) ? readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f))) : [];
  return sizeOf(files.filter((f) => /\.(c|m)?js$/.test(f) && statSync(f).isFile()));
}

export function measureSizes(root, baselineDir) {
  const renderer = initialAssets(join(root, 'out/renderer/index.html'));
  const baseline = initialAssets(join(baselineDir, 'index.html'));
  const assets = readdirSync(join(root, 'out/renderer/assets'));
  const initial = new Set([...renderer.js.files, ...renderer.css.files]);
  const lazy = assets.filter((f) => f.endsWith('.js') && !initial.has(f));
  const mainEntry = sizeOf([join(root, 'out/main/index.js')]);
  return {
    rendererJs: renderer.js,
    rendererCss: renderer.css,
    baselineJs: baseline.js,
    main: mainEntry,
    mainAll: bundleFolder(join(root, 'out/main')),
    preload: bundleFolder(join(root, 'out/preload')),
    lazyChunks: lazy,
  };
}
