// `npm run bench`: PMO Pathway's speed, every figure next to a bare baseline measured in the same run,
// as median and p90. Prints a table and writes bench/results/latest.md (and latest.json, git-ignored).
// Not part of `npm test`: benchmarks print numbers, they never fail a build on timing noise.
//
// Usage: node bench/run.mjs [--runs N] [--save-runs N] [--skip-build] [--only sizes,save,export,ats,spelling,sync,listings,interview,cv-import,start,edit,typing]
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildApp, buildBaseline, bundleTasks } from './lib/build.mjs';
import { measureCvImport, measureEditing, measureListingTyping, measureStart } from './lib/browser.mjs';
import { renderMarkdown, renderTable } from './lib/report.mjs';
import { measureSizes } from './lib/sizes.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { summary } from './lib/stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
process.chdir(ROOT); // BridgeProcess starts out/bridge/serve.mjs relative to the working directory

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    'save-runs': { type: 'string', default: '50' },
    'export-runs': { type: 'string', default: '10' },
    'pdf-runs': { type: 'string', default: '8' },
    edits: { type: 'string', default: '5' },
    'skip-build': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const RUNS = Number(values.runs);
const sections = new Set((values.only ?? 'sizes,save,export,ats,spelling,sync,listings,interview,cv-import,start,edit,typing').split(','));
const started = Date.now();
const log = (message) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);

const results = { date: new Date().toISOString(), machine: machineInfo(), runs: RUNS };
const buildDir = join(ROOT, 'out/bench');
const work = (await import('node:fs')).mkdtempSync(join(tmpdir(), 'pmo-bench-'));

try {
  if (!values['skip-build']) {
    log('building the app (npm run build)');
    await buildApp(ROOT);
  }
  log('bundling the bench tasks and the bare baseline page');
  const tasks = await import(pathToFileURL(await bundleTasks(ROOT, join(buildDir, 'node'))).href);
  const baselineDir = await buildBaseline(ROOT, join(buildDir, 'baseline'));

  if (sections.has('sizes')) {
    log('bundle sizes');
    results.sizes = measureSizes(ROOT, baselineDir);
  }

  if (sections.has('save')) {
    log(`saving a 1 MB plan, ${values['save-runs']} times each way`);
    const save = tasks.benchSave(join(work, 'save'), { runs: Number(values['save-runs']) });
    results.save = { planBytes: save.planBytes, items: save.items, service: summary(save.service), raw: summary(save.raw) };
  }

  if (sections.has('export')) {
    log('exporting 500 achievements in each format');
    const exported = await tasks.benchExports({ runs: Number(values['export-runs']), pdfRuns: Number(values['pdf-runs']) });
    results.exports = { achievements: exported.achievements, formats: {} };
    for (const [format, entry] of Object.entries(exported.formats)) {
      results.exports.formats[format] = { bytes: entry.bytes, service: summary(entry.service), bare: summary(entry.bare), cold: entry.cold };
    }
  }

  if (sections.has('ats')) {
    log('the ATS self-check of 500 achievements: DOCX and PDF rendered, read back and checked');
    const checked = await tasks.benchAts(tasks.exportBenchPlan(), { runs: Number(values['pdf-runs']) });
    results.ats = { achievements: checked.achievements, pdfPages: checked.pdfPages, docx: summary(checked.docx), pdf: summary(checked.pdf) };
  }

  if (sections.has('spelling')) {
    log('spelling: building the British English speller, then checking a 300-word story');
    const spelled = tasks.benchSpelling({ runs: 50 });
    results.spelling = { build: spelled.build, words: spelled.words, check: summary(spelled.check) };
  }

  if (sections.has('sync')) {
    log('sync: merging two computers\' 5,000-item plans, every stamp and tombstone');
    const merged = tasks.benchSyncMerge({ runs: 30 });
    results.sync = { items: merged.items, lost: merged.lost, merge: summary(merged.merge), bare: summary(merged.bare) };
  }

  if (sections.has('listings')) {
    log('analysing a 1,500-word job listing, and the aggregate over 200 saved listings');
    const listed = tasks.benchListings({ runs: 50, listings: 200 });
    results.listings = {
      words: listed.words,
      listings: listed.listings,
      analyse: summary(listed.analyse),
      bare: summary(listed.bare),
      aggregateCold: summary(listed.aggregateCold),
      aggregateAfterEdit: summary(listed.aggregateAfterEdit),
    };
  }

  if (sections.has('interview')) {
    log('interview coverage and suggestions: 500 achievements x 150 questions');
    const covered = tasks.benchInterview({ runs: 50 });
    results.interview = { achievements: covered.achievements, questions: covered.questions, cold: summary(covered.cold), afterEdit: summary(covered.afterEdit) };
  }

  let cvFiles = null;
  if (sections.has('cv-import')) {
    cvFiles = await tasks.writeCvImportFiles(join(work, 'cv-files'));
    log(`reading a ${(cvFiles.linkedin.bytes / 1e6).toFixed(1)} MB LinkedIn export and a ${cvFiles.docx.lines}-line Word CV in main`);
    const read = await tasks.benchCvRead(cvFiles, { runs: 20 });
    results.cvImport = { files: cvFiles, items: read.linkedinItems, linkedinRead: summary(read.linkedin), docxRead: summary(read.docx) };
  }

  if (sections.has('start') || sections.has('edit') || sections.has('typing') || sections.has('cv-import')) {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: tasks.CHROMIUM_ARGS });
    results.chromium = browser.version();
    try {
      if (sections.has('start')) results.start = await benchStarts(tasks, browser);
      if (sections.has('edit')) results.edit = await benchEdit(tasks, browser);
      if (sections.has('typing')) results.typing = await benchListingTyping(tasks, browser);
      if (cvFiles) Object.assign(results.cvImport, await benchCvImportPage(tasks, browser, cvFiles));
    } finally {
      await browser.close();
    }
  }
} finally {
  (await import('node:fs')).rmSync(work, { recursive: true, force: true });
}

results.seconds = Math.round((Date.now() - started) / 1000);
const table = renderTable(results);
console.log(table);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/latest.md'), renderMarkdown(results));
writeFileSync(join(ROOT, 'bench/results/latest.json'), `${JSON.stringify(results, undefined, 2)}\n`);
log(`done in ${results.seconds} s; wrote bench/results/latest.md`);

/** For each plan size: the app on the milestones list and on the dashboard, and the bare page, interleaved. */
async function benchStarts(tasks, browser) {
  const out = {};
  for (const items of tasks.BENCH_PLAN_SIZES) {
    const dir = join(work, `start-${items}`);
    const file = tasks.writePlanFile(dir, items);
    const bridge = new tasks.BridgeProcess(dir);
    await bridge.start();
    const bare = await startStaticServer({ root: join(buildDir, 'baseline'), planFile: join(dir, 'plan.json') });
    const variants = { bare: bare.url, milestones: `${bridge.url}#milestones`, dashboard: bridge.url };
    const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, { start: [], rendered: [], heap: [], longest: [], longTasks: [] }]));
    try {
      log(`start, ${items} items (${(file.bytes / 1e6).toFixed(2)} MB plan): 1 warm-up + ${RUNS} runs of each page`);
      const order = Object.keys(variants);
      for (let run = 0; run <= RUNS; run++) {
        // Rotate who goes first, so no page always runs right after another one.
        for (const name of [...order.slice(run % order.length), ...order.slice(0, run % order.length)]) {
          const result = await measureStart(browser, variants[name]);
          if (run === 0) continue;
          const s = samples[name];
          s.start.push(result.start);
          s.rendered.push(result.rendered);
          s.heap.push(result.heap);
          s.longest.push(Math.max(0, ...result.longTasks.map((t) => t.duration)));
          s.longTasks.push(result.longTasks.length);
        }
      }
    } finally {
      await bare.close();
      await bridge.stop();
    }
    out[items] = { planBytes: file.bytes, milestoneRows: file.milestoneRows };
    for (const [name, s] of Object.entries(samples)) {
      out[items][name] = { start: summary(s.start), rendered: summary(s.rendered), heap: summary(s.heap), longest: summary(s.longest), longTasks: summary(s.longTasks) };
    }
  }
  return out;
}

/** Editing milestones in the 1,000-item plan (typing, saving), and the same on the bare page: long tasks. */
async function benchEdit(tasks, browser) {
  const dir = join(work, 'edit');
  tasks.writePlanFile(dir, 1_000);
  const bridge = new tasks.BridgeProcess(dir);
  await bridge.start();
  const bare = await startStaticServer({ root: join(buildDir, 'baseline'), planFile: join(dir, 'plan.json') });
  const edits = Number(values.edits);
  const loads = 3;
  const out = { edits: edits * loads, app: { longTasks: [], saves: [], onDisk: [] }, bare: { longTasks: [], saves: [], onDisk: [] } };
  try {
    log(`editing in the 1,000-item plan: ${loads} loads x ${edits} edits on each page`);
    for (let load = 0; load < loads; load++) {
      for (const [name, url] of [['app', `${bridge.url}#milestones`], ['bare', bare.url]]) {
        const result = await measureEditing(browser, url, name, edits);
        out[name].longTasks.push(...result.longTasks.map((t) => t.duration));
        out[name].saves.push(...result.saves);
        out[name].onDisk.push(...result.onDisk);
      }
    }
  } finally {
    await bare.close();
    await bridge.stop();
  }
  for (const name of ['app', 'bare']) {
    const { longTasks, saves, onDisk } = out[name];
    out[name] = { longTasks: longTasks.length, longest: Math.max(0, ...longTasks), saves: summary(saves), onDisk: summary(onDisk) };
  }
  return out;
}

/** Pasting a 1,500-word listing into the editor and typing into it, against 200 saved listings: long tasks. */
async function benchListingTyping(tasks, browser) {
  const dir = join(work, 'typing');
  tasks.writeListingsPlanFile(dir, 200);
  const bridge = new tasks.BridgeProcess(dir);
  await bridge.start();
  const loads = 3;
  const out = { longTasks: [], warming: [], pastes: [], compared: [] };
  try {
    log(`pasting and typing a 1,500-word listing (200 saved): ${loads} loads`);
    for (let load = 0; load < loads; load++) {
      const result = await measureListingTyping(browser, `${bridge.url}#listings`, tasks.benchListingText(1_500, 9_000 + load));
      out.longTasks.push(...result.longTasks.map((t) => t.duration));
      out.warming.push(...result.warming.map((t) => t.duration));
      out.pastes.push(result.paste);
      out.compared.push(result.compared);
    }
  } finally {
    await bridge.stop();
  }
  return {
    runs: loads,
    longTasks: out.longTasks.length,
    longest: Math.max(0, ...out.longTasks),
    warmingTasks: out.warming.length,
    warmingLongest: Math.max(0, ...out.warming),
    pastes: summary(out.pastes),
    compared: summary(out.compared),
  };
}

function machineInfo() {
  const cpu = cpus()[0];
  return { cpus: availableParallelism(), cpu: cpu?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}` };
}

/** Picking each CV file on the Import a CV screen until its review is on screen, in fresh pages. */
async function benchCvImportPage(tasks, browser, files) {
  const dir = join(work, 'cv-import');
  tasks.writePlanFile(dir, 100);
  const bridge = new tasks.BridgeProcess(dir);
  await bridge.start();
  const out = { linkedinShown: [], docxShown: [], longest: 0 };
  try {
    log(`picking each CV file until its review shows: 1 warm-up + ${RUNS} runs each`);
    for (let run = 0; run <= RUNS; run++) {
      for (const [name, file] of [['linkedinShown', files.linkedin.path], ['docxShown', files.docx.path]]) {
        const result = await measureCvImport(browser, `${bridge.url}#cv-import`, file);
        if (run === 0) continue;
        out[name].push(result.shown);
        out.longest = Math.max(out.longest, ...result.longTasks.map((t) => t.duration));
      }
    }
  } finally {
    await bridge.stop();
  }
  return { linkedinShown: summary(out.linkedinShown), docxShown: summary(out.docxShown), longestTask: out.longest };
}
