import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The tests `npm run mutate` runs (see stryker.config.mjs): the Node tests of shared/ and
 * main/storage/, with the settings of the main vitest config. A config of its own rather than
 * Stryker's `testFiles` option, because with `testFiles` Stryker 9.6 switches a static mutant (one
 * evaluated when its module loads, such as a schema) on only after the module has loaded, and reports
 * it as survived whatever the tests say (stryker-js issues 6144 and 6209).
 */
const { projects: _everyProject, ...testSettings } = base.test ?? {};

export default defineConfig({
  test: {
    ...testSettings,
    environment: 'node',
    include: ['test/shared/**/*.test.ts', 'test/main/storage/**/*.test.ts'],
    // kill-stress bundles the sources into child processes, which never see the mutant switch, and
    // takes minutes per run; `npm test` runs it.
    exclude: [...configDefaults.exclude, 'test/main/storage/kill-stress.test.ts'],
  },
});
