import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { version } from './package.json';

// The browser bridge: the real main-process services behind a loopback HTTP server, bundled into one
// Node ESM file (out/bridge/serve.mjs) so `npm run web` needs no TypeScript runner.
export default defineConfig({
  build: {
    ssr: resolve(__dirname, 'main/bridge/serve.ts'),
    outDir: 'out/bridge',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'serve.mjs' } },
  },
  // playwright-core (PDF printing in the bridge) stays in node_modules: it drives a browser binary.
  ssr: { noExternal: true, external: ['playwright-core'], target: 'node' },
  define: { __APP_VERSION__: JSON.stringify(version) },
});
