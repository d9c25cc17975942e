#!/usr/bin/env node
// Writes bench/results/mutation.md from Stryker's JSON report (reports/mutation/mutation.json), so the
// recorded score is the one the run measured, per folder, with the commit it was measured at.
// `npm run mutate` runs it after Stryker; `node scripts/mutation-summary.mjs [report] [out]` by hand.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

const TARGET = 85;
const reportPath = process.argv[2] ?? 'reports/mutation/mutation.json';
const outPath = process.argv[3] ?? 'bench/results/mutation.md';

/** Stryker's definition: killed and timed-out mutants over all that were tested or had no test at all. */
function score(counts) {
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  return valid === 0 ? null : (detected / valid) * 100;
}

const emptyCounts = () => ({ Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, other: 0 });

/** The folder a file's score is reported under: main/storage, or shared's first level (shared/cv …). */
function folderOf(file) {
  const parts = file.split('/');
  if (parts[0] === 'shared' && parts.length > 2) return `shared/${parts[1]}`;
  if (parts[0] === 'shared') return 'shared (top level)';
  return parts.slice(0, 2).join('/');
}

function tally(report) {
  const byFolder = new Map();
  const byFile = [];
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const fileCounts = emptyCounts();
    for (const mutant of mutants) {
      const key = mutant.status in fileCounts ? mutant.status : 'other';
      fileCounts[key] += 1;
    }
    byFile.push({ file, counts: fileCounts });
    for (const folder of [folderOf(file), file.startsWith('shared/') ? 'shared/' : 'main/storage/']) {
      const counts = byFolder.get(folder) ?? emptyCounts();
      for (const key of Object.keys(counts)) counts[key] += fileCounts[key];
      byFolder.set(folder, counts);
    }
  }
  return { byFolder, byFile };
}

const percent = (value) => (value === null ? '—' : `${value.toFixed(1)}%`);
const row = (name, counts) =>
  `| ${name} | ${percent(score(counts))} | ${counts.Killed} | ${counts.Timeout} | ${counts.Survived} | ${counts.NoCoverage} | ${counts.Ignored} |`;

function commitDescription() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} with uncommitted changes` : head;
  } catch {
    return 'unknown commit';
  }
}

const report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
const { byFolder, byFile } = tally(report);
const header = '| | Score | Killed | Timed out | Survived | No test | Ignored (static) |\n| --- | --- | --- | --- | --- | --- | --- |';
const totals = ['shared/', 'main/storage/'].filter((name) => byFolder.has(name));
// main/storage has no sub-folders, so its total is its only row.
const folders = [...byFolder.keys()].filter((name) => !totals.includes(name) && !totals.includes(`${name}/`)).sort();
const weakest = byFile
  .filter(({ counts }) => score(counts) !== null && score(counts) < TARGET)
  .sort((a, b) => b.counts.Survived + b.counts.NoCoverage - (a.counts.Survived + a.counts.NoCoverage));

const lines = [
  '# Mutation score',
  '',
  `Measured ${new Date().toISOString()} at ${commitDescription()} on ${os.cpus().length} CPUs, by \`npm run mutate\``,
  '(Stryker, vitest runner; configuration and what it leaves out in `stryker.config.mjs`). Target: at least',
  `${TARGET}% for \`shared/\` and for \`main/storage/\`. Score = (killed + timed out) / (killed + timed out + survived + no test).`,
  'Static mutants (run once as a module loads: schemas, tables) are ignored, as the configuration says why. A run',
  'with `--incremental` reuses the result of a mutant whose code and covering tests have not changed since.',
  '',
  header,
  ...totals.map((name) => row(`**${name}**`, byFolder.get(name))),
  ...folders.map((name) => row(name, byFolder.get(name))),
  '',
  `## Files under ${TARGET}%, most surviving mutants first`,
  '',
  weakest.length === 0 ? 'None.' : header.replace('| |', '| File |'),
  ...weakest.map(({ file, counts }) => row(file, counts)),
  '',
];
fs.writeFileSync(outPath, lines.join('\n'));
for (const name of totals) console.log(`${name}: ${percent(score(byFolder.get(name)))} (target ${TARGET}%)`);
console.log(`Written to ${outPath}`);
