import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The app icon beside index.html, from the one icon source (assets/, see scripts/package/make-icons.mjs):
 * icon.svg is the page's <link rel="icon">, favicon.ico answers a browser's automatic /favicon.ico request
 * in the browser bridge. Stable names (no hash), so both servers can name them.
 */
const APP_ICONS: Record<string, { source: string; type: string }> = {
  'icon.svg': { source: resolve(__dirname, 'assets/icon.svg'), type: 'image/svg+xml' },
  'favicon.ico': { source: resolve(__dirname, 'assets/icons/icon.ico'), type: 'image/x-icon' },
};

/** Emits APP_ICONS into the built renderer, and serves them from the dev server. */
function appIcons(): Plugin {
  return {
    name: 'pmo-app-icons',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const icon = APP_ICONS[new URL(request.url ?? '/', 'http://localhost').pathname.slice(1)];
        if (!icon) return next();
        response.setHeader('Content-Type', icon.type);
        response.end(readFileSync(icon.source));
      });
    },
    generateBundle() {
      for (const [fileName, icon] of Object.entries(APP_ICONS)) this.emitFile({ type: 'asset', fileName, source: readFileSync(icon.source) });
    },
  };
}

/**
 * Dev server only: drops index.html's CSP <meta>, because the React refresh preamble the dev server
 * injects is an inline script that `script-src 'self'` blocks. Builds keep it (and the header).
 */
function withoutMetaCspInDev(): Plugin {
  return {
    name: 'pmo-dev-without-meta-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/i, ''),
    },
  };
}

// Main and preload are bundled with every dependency (externalizeDeps: false), so the packaged app needs
// no node_modules: the asar holds only out/ and package.json. The sandboxed preload must be one CJS file.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: false,
      // Minified like the renderer: main is parsed at every start (budget 300 KB, `npm run bench`).
      minify: true,
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'main/preload.ts') } },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react(), appIcons(), withoutMetaCspInDev()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves minification off by default.
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
