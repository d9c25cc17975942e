import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

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
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves minification off by default.
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
