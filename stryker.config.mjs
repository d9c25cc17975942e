// @ts-check
import { readFileSync } from 'node:fs';

/**
 * Mutation testing for the pure code (`shared/`) and the plan's safety layer (`main/storage/`):
 * `npm run mutate`. Not part of `npm test` (a full run takes a long time on two cores); the result of
 * each run worth keeping is written up in bench/results/mutation.md.
 *
 * Stryker copies the project into .stryker-tmp/ when it starts, so the score reflects the code as it
 * was at that moment. Reports: reports/mutation/mutation.html and .json.
 */

/**
 * Mutate a file except for one data table in it: `startMarker` is the line that opens the table,
 * which runs to the next line that is exactly `];`. Worked out from the file at each run, so edits
 * above or inside the table never shift the excluded range onto code.
 * @param {string} file
 * @param {string} startMarker
 * @returns {string[]}
 */
function outsideTable(file, startMarker) {
  const lines = readFileSync(new URL(file, import.meta.url), 'utf8').split('\n');
  const start = lines.findIndex((line) => line.startsWith(startMarker));
  const end = lines.findIndex((line, index) => index > start && line === '];');
  if (start < 0 || end < 0) throw new Error(`stryker.config.mjs: the table "${startMarker}" was not found in ${file}.`);
  const ranges = [];
  if (start > 0) ranges.push(`${file}:1-${start}`); // lines are 1-based: 1..start is everything above the table
  if (end + 2 <= lines.length) ranges.push(`${file}:${end + 2}-${lines.length}`);
  return ranges;
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The Node tests of these folders; that config says why it is not Stryker's `testFiles` option.
  vitest: { configFile: 'stryker.vitest.config.mts', related: true },
  mutate: [
    'shared/**/*.ts',
    'main/storage/**/*.ts',
    '!**/*.d.ts',
    // Pure data tables: the catalog's facts (certification details, framework summaries, source links,
    // starter-plan wording) and the list of action verbs. Mutating one of their strings or numbers
    // changes a fact, not behaviour; the catalog tests check the tables' shape and links instead.
    // The certification files are excluded whole: their few helpers (pmi's ccr, peoplecert's requires
    // and shared constants) only build table rows. Where a table sits beside code that does something
    // (skills' look-up and row builder, the verb check), only the table is left out.
    '!shared/catalog/sources.ts',
    '!shared/catalog/frameworks.ts',
    '!shared/catalog/starter/templates.ts',
    '!shared/catalog/certifications/{agile,apm,peoplecert,pmi}.ts',
    // The job-listing vocabulary's word lists (its builder and schema are mutated).
    '!shared/catalog/vocabulary/{certifications,skills,tools}.ts',
    '!shared/catalog/skills.ts',
    // The interview question bank and its frameworks: data our catalog tests check for shape and sources.
    '!shared/catalog/interview/{questions-team,questions-framework,frameworks}.ts',
    '!shared/cv/action-verbs.ts',
    ...outsideTable('shared/catalog/skills.ts', 'export const SKILLS'),
    ...outsideTable('shared/cv/action-verbs.ts', 'export const PAST_TENSE_ACTION_VERBS'),
  ],
  // Less to copy into the sandbox: build output, reports and the e2e suite are never needed here.
  ignorePatterns: ['out', 'dist', '.tsbuild', 'test-results', 'playwright-report', 'reports', 'test/e2e', 'bench/results'],
  coverageAnalysis: 'perTest',
  // Static mutants (code run once when a module loads: the zod schemas, vocabulary tables, default
  // options) each need every related test run in a fresh process: 828 of them took 83% of a full run
  // (hours on two cores). They are left out by default and reported as Ignored; the schemas' wording and
  // limits are pinned by test/shared/model/schema-messages.test.ts instead. `npm run mutate --
  // --ignoreStatic false` includes them.
  ignoreStatic: true,
  concurrency: 2,
  // A busy 2-core box: allow a slow test run before calling a mutant an infinite loop.
  timeoutMS: 15_000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  clearTextReporter: { logTests: false, reportTests: false, reportMutants: false, reportScoreTable: true },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
