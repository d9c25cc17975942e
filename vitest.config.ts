import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Two environments: Node for shared/ and main/ (real files in temp dirs, electron mocked),
// jsdom for renderer components. Playwright's e2e tests run separately (playwright.config.ts).
export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    // Limits sized for a busy 2-core machine (CI, or a developer's with other work running): tests wait
    // for state, and these only bound how long a genuinely stuck test may take to fail.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // electron-store is ESM-only and imports `electron`; inlining lets the test mock of electron apply.
    server: { deps: { inline: ['electron-store'] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/shared/**/*.test.ts', 'test/main/**/*.test.ts', 'test/build/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
    ],
  },
});
