// The results as rows (figure, baseline, ratio, target, verdict), printed as a text table and written
// as Markdown. Targets come from issue 8; "info" rows have no target and are there to explain the others.

const KB = 1000;
const ms = (v) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '—');
const mb = (v) => `${(v / 2 ** 20).toFixed(1)} MB`;
const kb = (v) => `${(v / KB).toFixed(1)} KB`;
const timing = (s) => (s ? `${ms(s.median)} / ${ms(s.p90)} ms` : '—');
const heapText = (s) => (s ? `${mb(s.median)} / ${mb(s.p90)}` : '—');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
const x = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}x` : '—');
const verdict = (ok) => (ok === null ? 'info' : ok ? 'met' : 'MISSED');

export function rows(results) {
  const out = [];
  const add = (group, measure, figure, baseline, relation, target, ok) => out.push({ group, measure, figure, baseline, relation, target, verdict: verdict(ok) });

  const sizes = results.sizes;
  if (sizes) {
    const bare = `bare page JS ${kb(sizes.baselineJs.gzip)} gzip`;
    add('Bundle', 'renderer initial JS', `${kb(sizes.rendererJs.raw)} raw, ${kb(sizes.rendererJs.gzip)} gzip`, bare, x(ratio(sizes.rendererJs.gzip, sizes.baselineJs.gzip)), '<= 110 KB gzip', sizes.rendererJs.gzip <= 110 * KB);
    add('Bundle', 'renderer initial CSS', `${kb(sizes.rendererCss.raw)} raw, ${kb(sizes.rendererCss.gzip)} gzip`, 'bare page: no CSS', '—', '<= 15 KB gzip', sizes.rendererCss.gzip <= 15 * KB);
    add('Bundle', 'main (out/main/index.js)', `${kb(sizes.main.raw)} raw, ${kb(sizes.main.gzip)} gzip`, `all of out/main: ${kb(sizes.mainAll.raw)} raw`, '—', '<= 300 KB raw', sizes.main.raw <= 300 * KB);
    add('Bundle', 'preload', `${kb(sizes.preload.raw)} raw, ${kb(sizes.preload.gzip)} gzip`, '—', '—', '<= 10 KB raw', sizes.preload.raw <= 10 * KB);
  }

  const start = results.start;
  if (start) {
    for (const [items, r] of Object.entries(start)) {
      const n = Number(items).toLocaleString('en-GB');
      const listRatio = ratio(r.milestones.start.median, r.bare.start.median);
      add('Start', `${n} items: app, milestones list (${r.milestoneRows.toLocaleString('en-GB')} rows)`, timing(r.milestones.start), `bare ${timing(r.bare.start)}`, x(listRatio), items === '1000' ? '<= 1.5x bare' : '—', items === '1000' ? listRatio <= 1.5 : null);
      add('Start', `${n} items: app, dashboard`, timing(r.dashboard.start), `bare ${timing(r.bare.start)}`, x(ratio(r.dashboard.start.median, r.bare.start.median)), '—', null);
    }
    if (start['1000'] && start['10000']) {
      const growth = ratio(start['10000'].milestones.start.median, start['1000'].milestones.start.median);
      const bareGrowth = ratio(start['10000'].bare.start.median, start['1000'].bare.start.median);
      add('Start', '10,000 vs 1,000 items: app, milestones list', x(growth), `bare page ${x(bareGrowth)}`, x(growth), '< 2x', growth < 2);
      const dashGrowth = ratio(start['10000'].dashboard.start.median, start['1000'].dashboard.start.median);
      add('Start', '10,000 vs 1,000 items: app, dashboard', x(dashGrowth), `bare page ${x(bareGrowth)}`, x(dashGrowth), '—', null);
    }
    for (const [items, r] of Object.entries(start)) {
      const n = Number(items).toLocaleString('en-GB');
      add('Long tasks', `during start, ${n} items: longest (milestones list)`, timing(r.milestones.longest), `bare ${timing(r.bare.longest)}`, '—', '—', null);
    }
    for (const [items, r] of Object.entries(start)) {
      const n = Number(items).toLocaleString('en-GB');
      const heapRatio = ratio(r.milestones.heap.median, r.bare.heap.median);
      add('Heap', `JS heap after loading ${n} items (milestones list)`, heapText(r.milestones.heap), `bare ${heapText(r.bare.heap)}`, x(heapRatio), items === '10000' ? '<= 2x bare' : '—', items === '10000' ? heapRatio <= 2 : null);
      add('Heap', `JS heap after loading ${n} items (dashboard)`, heapText(r.dashboard.heap), `bare ${heapText(r.bare.heap)}`, x(ratio(r.dashboard.heap.median, r.bare.heap.median)), '—', null);
    }
  }

  const interview = results.interview;
  if (interview) {
    add('Interview', `coverage grid + suggestions for every theme, ${interview.achievements} achievements x ${interview.questions} questions (words never seen)`, timing(interview.cold), '—', '—', '< 30 ms (p90)', interview.cold.p90 < 30);
    add('Interview', 'the same after one achievement is edited', timing(interview.afterEdit), '—', '—', '< 30 ms (p90)', interview.afterEdit.p90 < 30);
  }
  const ats = results.ats;
  if (ats) {
    add('ATS check', `${ats.achievements} achievements as DOCX: rendered, read back by mammoth, checked`, timing(ats.docx), '—', '—', '< 500 ms (p90)', ats.docx.p90 < 500);
    add('ATS check', `${ats.achievements} achievements as PDF (${ats.pdfPages} pages): printed, read back by pdf.js, checked`, timing(ats.pdf), '—', '—', '< 2 s (p90)', ats.pdf.p90 < 2000);
  }
  const spelling = results.spelling;
  if (spelling) {
    add('Spelling', 'building the British English speller (once, on first use; the page loads it lazily)', `${ms(spelling.build)} ms`, '—', '—', '—', null);
    add('Spelling', `checking a ${spelling.words}-word story with two misspellings (suggestions included)`, timing(spelling.check), '—', '—', '< 10 ms (p90)', spelling.check.p90 < 10);
  }
  const sync = results.sync;
  if (sync) {
    add('Sync', `merging two computers' ${sync.items.toLocaleString('en-GB')}-item plans (stamps, tombstones, ${sync.lost} conflicts kept)`, timing(sync.merge), timing(sync.bare), '—', '< 100 ms (median)', sync.merge.median < 100);
  }
  const cv = results.cvImport;
  if (cv) {
    const mb = (cv.files.linkedin.bytes / 1e6).toFixed(1);
    add('CV import', `main reads a ${mb} MB LinkedIn export (${cv.items} roles, achievements, skills, certifications)`, timing(cv.linkedinRead), '—', '—', '—', null);
    add('CV import', `main reads a Word CV of ~${cv.files.docx.pages} pages (${cv.files.docx.lines} lines)`, timing(cv.docxRead), '—', '—', '—', null);
    if (cv.linkedinShown) {
      add('CV import', `${mb} MB LinkedIn export picked -> review on screen`, timing(cv.linkedinShown), '—', '—', '< 1 s (p90)', cv.linkedinShown.p90 < 1000);
      add('CV import', `~${cv.files.docx.pages}-page Word CV picked -> its lines on screen`, timing(cv.docxShown), '—', '—', '< 1 s (p90)', cv.docxShown.p90 < 1000);
      add('Long tasks', 'while a CV file is read and its review drawn: longest', cv.longestTask === 0 ? 'none over 50 ms' : `${ms(cv.longestTask)} ms`, '—', '—', '—', null);
    }
  }
  const listings = results.listings;
  if (listings) {
    const r = ratio(listings.analyse.median, listings.bare.median);
    add('Listings', `analyse + grade one ${listings.words.toLocaleString('en-GB')}-word listing (cold)`, timing(listings.analyse), `bare word lookup ${timing(listings.bare)}`, x(r), '< 20 ms (p90)', listings.analyse.p90 < 20);
    add('Listings', `aggregate over ${listings.listings} saved listings after one is edited (the others' analyses kept)`, timing(listings.aggregateAfterEdit), '—', '—', '< 50 ms (p90)', listings.aggregateAfterEdit.p90 < 50);
    add('Listings', `first aggregate over ${listings.listings} listings, every one analysed (the page spreads this over idle slices)`, timing(listings.aggregateCold), '—', '—', '—', null);
  }
  const typing = results.typing;
  if (typing) {
    const tasks = (n, longest) => (n === 0 ? 'none over 50 ms' : `${ms(longest)} ms (${n} tasks)`);
    add('Long tasks', `pasting a 1,500-word listing and typing into it, 200 saved (${typing.runs} runs): longest`, tasks(typing.longTasks, typing.longest), '—', '—', 'none over 50 ms', typing.longTasks === 0);
    add('Long tasks', 'comparing 200 saved listings on opening Job listings (idle slices): longest', tasks(typing.warmingTasks, typing.warmingLongest), '—', '—', 'none over 50 ms', typing.warmingTasks === 0);
    add('Listings', 'Job listings shown -> its 200 listings compared (chart on screen)', timing(typing.compared), '—', '—', '—', null);
    add('Listings', 'paste -> comparison on screen', timing(typing.pastes), '—', '—', '—', null);
  }

  const edit = results.edit;
  if (edit) {
    add('Long tasks', `editing milestones in the 1,000-item plan (${edit.edits} edits): longest`, edit.app.longTasks === 0 ? 'none over 50 ms' : `${ms(edit.app.longest)} ms (${edit.app.longTasks} tasks)`, edit.bare.longTasks === 0 ? 'bare: none over 50 ms' : `bare ${ms(edit.bare.longest)} ms (${edit.bare.longTasks} tasks)`, '—', 'none over 50 ms', edit.app.longTasks === 0);
    add('Edit', 'Save click -> editor closed, list shows the change', timing(edit.app.saves), `bare ${timing(edit.bare.saves)}`, x(ratio(edit.app.saves.median, edit.bare.saves.median)), '—', null);
    add('Edit', 'Save click -> "All changes saved" (incl. the 300 ms save debounce)', timing(edit.app.onDisk), '—', '—', '—', null);
  }

  const save = results.save;
  if (save) {
    const r = ratio(save.service.median, save.raw.median);
    add('Save', `${mb(save.planBytes)} plan (${save.items.toLocaleString('en-GB')} items) via PlanService, ${save.service.n} saves`, timing(save.service), `raw write+fsync+rename ${timing(save.raw)}`, `${x(r)} (p90 ${x(ratio(save.service.p90, save.raw.p90))})`, '<= 3x raw', r <= 3);
  }

  const exports = results.exports;
  if (exports) {
    for (const [format, e] of Object.entries(exports.formats)) {
      add('Export', `${exports.achievements} achievements as ${format.toUpperCase()} (${kb(e.bytes)}), ${e.service.n} runs`, timing(e.service), `bare ${timing(e.bare)}`, x(ratio(e.service.median, e.bare.median)), '< 1 s (p90)', e.service.p90 < 1000);
    }
    const pdf = exports.formats.pdf;
    if (pdf?.cold) add('Export', 'first PDF of a session (starts Chromium; bridge only, not Electron)', `${ms(pdf.cold.service)} ms`, `bare ${ms(pdf.cold.bare)} ms`, x(ratio(pdf.cold.service, pdf.cold.bare)), '—', null);
  }
  return out;
}

const HEADERS = ['', 'Measure', 'PMO Pathway (median / p90)', 'Baseline, same run (median / p90)', 'Ratio', 'Target', ''];

export function renderTable(results) {
  const lines = rows(results).map((r) => [r.group, r.measure, r.figure, r.baseline, r.relation, r.target, r.verdict]);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const format = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
  return ['', format(HEADERS), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format), '', summaryLine(results)].join('\n');
}

function summaryLine(results) {
  const all = rows(results).filter((r) => r.verdict !== 'info');
  const missed = all.filter((r) => r.verdict === 'MISSED');
  return missed.length === 0 ? `All ${all.length} targets met.` : `${missed.length} of ${all.length} targets MISSED: ${missed.map((r) => r.measure).join('; ')}`;
}

export function renderMarkdown(results) {
  const m = results.machine;
  const cell = (v) => String(v).replaceAll('|', '\\|');
  return [
    '# PMO Pathway benchmark results',
    '',
    `Run ${results.date} on ${m.cpus} CPUs (${m.cpu}), ${m.memoryGb} GB, ${m.platform}, Node ${m.node}${results.chromium ? `, Chromium ${results.chromium}` : ''}; ${results.seconds} s in all.`,
    `Start figures: ${results.runs} runs of each page per plan size after one warm-up, pages alternating. Produced by \`npm run bench\` (bench/run.mjs); method in bench/README.md.`,
    '',
    `| | ${HEADERS.slice(1, -1).join(' | ')} | |`,
    `|${HEADERS.map(() => ' --- ').join('|')}|`,
    ...rows(results).map((r) => `| ${[r.group, r.measure, r.figure, r.baseline, r.relation, r.target, r.verdict].map(cell).join(' | ')} |`),
    '',
    summaryLine(results),
    '',
    results.sizes ? `Lazy renderer chunks (not loaded at start): ${results.sizes.lazyChunks.join(', ')}.` : '',
    '',
  ].join('\n');
}
