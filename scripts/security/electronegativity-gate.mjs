#!/usr/bin/env node
// Electronegativity as a gate. Its CLI always exits 0, so this runs its checks through the package's own
// building blocks (Parser, Finder, GlobalChecks: the loop of its runner.js) over the TypeScript sources,
// where BrowserWindow options are still visible (the bundle hides them), and fails on any finding of
// MEDIUM or higher severity at FIRM or CERTAIN confidence that scripts/security/electronegativity-waivers.json
// does not waive with a written reason. A waiver that no longer matches anything fails too, so the list
// cannot rot.
//
// No network: runner.js downloads translations and Electron's release list on every run. Here the
// bundled English strings are loaded instead, and the release-list check (AvailableSecurityFixesGlobalCheck)
// is left out; "use a current Electron" is checked by scripts/security/electron-support.mjs in CI.
//
// Usage: node scripts/security/electronegativity-gate.mjs [--waivers <file>] [<file or folder> ...]
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const require = createRequire(import.meta.url);

export const DEFAULT_INPUTS = ['main', 'renderer', 'shared', 'package.json'];
export const DEFAULT_WAIVERS = path.join(here, 'electronegativity-waivers.json');
export const SEVERITY = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
export const CONFIDENCE = { TENTATIVE: 0, FIRM: 1, CERTAIN: 2 };
/** The bar from the issue: MEDIUM or higher, at FIRM or CERTAIN confidence. */
export const FAIL_AT = { severity: 'MEDIUM', confidence: 'FIRM' };
/**
 * Checks this project rates higher than Electronegativity does. It reports an explicit
 * `nodeIntegration: true` as INFORMATIONAL unless it also sees remote content; this app never gives a
 * renderer Node, whatever the page, so any such finding fails the gate.
 */
export const ESCALATED = { NODE_INTEGRATION_JS_CHECK: 'HIGH', NODE_INTEGRATION_HTML_CHECK: 'HIGH' };
const EXCLUDED_GLOBAL_CHECKS = ['availablesecurityfixesglobalcheck'];
const SCANNED_EXTENSIONS = new Set(['.js', '.jsx', '.ts', '.tsx', '.mjs', '.cjs', '.html', '.htm']);
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', '.git']);
const MIN_REASON_LENGTH = 40;

let engine;
/** Electronegativity's parser and checks, loaded once with its bundled English messages. */
function loadEngine() {
  if (engine) return engine;
  const packageDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const i18n = createRequire(path.join(packageDir, 'package.json'))('i18n');
  // The checks call a global __() for their descriptions, as its runner sets up (minus the download).
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: path.join(packageDir, 'dist/locales'),
    updateFiles: false,
    objectNotation: true,
    retryInDefaultLocale: true,
    register: globalThis,
  });
  i18n.setLocale('en-US');
  const { Parser } = require(path.join(packageDir, 'dist/parser'));
  const { Finder, GlobalChecks } = require(path.join(packageDir, 'dist/finder'));
  engine = { Parser, Finder, GlobalChecks, version: require(path.join(packageDir, 'package.json')).version };
  return engine;
}

/** The Electron version the checks assume (their defaults differ by version): the installed one. */
export function installedElectronVersion() {
  try {
    return require('electron/package.json').version;
  } catch {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    return String(pkg.devDependencies?.electron ?? pkg.dependencies?.electron ?? '').replace(/^[^\d]*/, '') || undefined;
  }
}

function listFiles(input) {
  const stat = fs.statSync(input);
  if (stat.isFile()) return [input];
  const files = [];
  for (const entry of fs.readdirSync(input, { withFileTypes: true })) {
    if (SKIPPED_FOLDERS.has(entry.name)) continue;
    const full = path.join(input, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(full));
    else if (SCANNED_EXTENSIONS.has(path.extname(entry.name)) || entry.name === 'package.json') files.push(full);
  }
  return files;
}

function relative(cwd, file) {
  if (!file || file === 'N/A') return '(global)';
  return path.relative(cwd, file).split(path.sep).join('/');
}

/**
 * Run every Electronegativity check over `inputs` (files or folders, relative to `cwd`).
 * Returns findings as plain data, and the files it could not parse.
 */
export async function scan({ cwd = repoRoot, inputs = DEFAULT_INPUTS, electronVersion = installedElectronVersion() } = {}) {
  const { Parser, Finder, GlobalChecks } = loadEngine();
  const parser = new Parser(false, true);
  const finder = new Finder([], [], undefined);
  const globalChecks = new GlobalChecks([], EXCLUDED_GLOBAL_CHECKS, undefined);
  const files = inputs.map((input) => path.resolve(cwd, input)).filter((input) => fs.existsSync(input)).flatMap(listFiles);
  const raw = [];
  const errors = [];
  for (const file of files) {
    try {
      const [type, data, content, warnings] = parser.parse(file, fs.readFileSync(file, 'utf8'));
      if (data === null) continue;
      for (const warning of warnings ?? []) errors.push({ file: relative(cwd, file), message: warning.message, tolerable: true });
      raw.push(...(await finder.find(file, data, type, content, null, electronVersion)));
    } catch (error) {
      errors.push({ file: relative(cwd, file), message: error.message, tolerable: false });
    }
  }
  const checked = (await globalChecks.getResults(raw, undefined)).filter(
    (issue) => !issue.visibility || (!issue.visibility.inlineDisabled && !issue.visibility.globalCheckDisabled),
  );
  const findings = checked.map((issue) => ({
    id: issue.id,
    severity: ESCALATED[issue.id] ?? issue.severity.name,
    reportedSeverity: issue.severity.name,
    confidence: issue.confidence.name,
    file: relative(cwd, issue.file),
    line: issue.location?.line ?? 0,
    column: issue.location?.column ?? 0,
    sample: issue.sample ?? '',
    description: issue.description ?? '',
    url: issue.shortenedURL ?? '',
  }));
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.id.localeCompare(b.id));
  return { files: files.length, findings, errors, electronVersion };
}

/** True for a finding at or above the bar (MEDIUM+ severity, FIRM+ confidence). */
export function isBlocking(finding) {
  return SEVERITY[finding.severity] >= SEVERITY[FAIL_AT.severity] && CONFIDENCE[finding.confidence] >= CONFIDENCE[FAIL_AT.confidence];
}

/** Reads and checks the waivers file: each waiver names a check id and a file, and gives a written reason. */
export function loadWaivers(file = DEFAULT_WAIVERS) {
  if (!fs.existsSync(file)) return [];
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  const waivers = Array.isArray(parsed) ? parsed : parsed.waivers;
  if (!Array.isArray(waivers)) throw new Error(`${file}: expected { "waivers": [...] }.`);
  return waivers.map((waiver, index) => {
    const where = `${path.basename(file)} waiver #${index + 1}`;
    if (typeof waiver.id !== 'string' || waiver.id === '') throw new Error(`${where}: "id" (the check id, e.g. SANDBOX_JS_CHECK) is required.`);
    if (typeof waiver.file !== 'string' || waiver.file === '') throw new Error(`${where}: "file" (relative path, or "(global)") is required.`);
    if (typeof waiver.reason !== 'string' || waiver.reason.trim().length < MIN_REASON_LENGTH) {
      throw new Error(`${where} (${waiver.id}): a written "reason" of at least ${MIN_REASON_LENGTH} characters is required.`);
    }
    if (waiver.match !== undefined && typeof waiver.match !== 'string') throw new Error(`${where}: "match" must be a string.`);
    return waiver;
  });
}

function waiverCovers(waiver, finding) {
  return waiver.id === finding.id && waiver.file === finding.file && (waiver.match === undefined || finding.sample.includes(waiver.match));
}

/** Sorts findings into blocking, waived and informational, and finds waivers that match nothing. */
export function evaluate(findings, waivers) {
  const used = new Set();
  const result = { blocking: [], waived: [], informational: [], staleWaivers: [] };
  for (const finding of findings) {
    const waiver = waivers.find((candidate) => waiverCovers(candidate, finding));
    if (waiver) used.add(waiver);
    if (!isBlocking(finding)) result.informational.push(finding);
    else if (waiver) result.waived.push({ ...finding, reason: waiver.reason });
    else result.blocking.push(finding);
  }
  result.staleWaivers = waivers.filter((waiver) => !used.has(waiver));
  return result;
}

/** Scan, apply waivers, print a report; `ok` is false on any unwaived blocking finding, stale waiver or unparsable file. */
export async function runGate({ cwd = repoRoot, inputs = DEFAULT_INPUTS, waiversFile = DEFAULT_WAIVERS, electronVersion, log = console.log } = {}) {
  const waivers = loadWaivers(waiversFile);
  const scanned = await scan({ cwd, inputs, electronVersion: electronVersion ?? installedElectronVersion() });
  const verdict = evaluate(scanned.findings, waivers);
  const unparsable = scanned.errors.filter((error) => !error.tolerable);
  const line = (f) =>
    `${f.severity}/${f.confidence} ${f.id} ${f.file}:${f.line}${f.sample ? ` ${f.sample.slice(0, 90)}` : ''}` +
    (f.severity === f.reportedSeverity ? '' : `\n          (rated ${f.reportedSeverity} by Electronegativity, ${f.severity} by this gate)`);

  log(`Electronegativity ${loadEngine().version}: ${scanned.files} files scanned (${inputs.join(', ')}), Electron ${scanned.electronVersion ?? 'unknown'}.`);
  for (const f of verdict.blocking) log(`  FAIL    ${line(f)}\n          ${f.description} ${f.url}`);
  for (const f of verdict.waived) log(`  waived  ${line(f)}\n          reason: ${f.reason}`);
  for (const f of verdict.informational) log(`  info    ${line(f)}`);
  for (const w of verdict.staleWaivers) log(`  STALE   waiver ${w.id} ${w.file}${w.match ? ` "${w.match}"` : ''} matches no finding: remove it from the waivers file.`);
  for (const e of unparsable) log(`  ERROR   ${e.file} could not be parsed, so it was not checked: ${e.message}`);

  const ok = verdict.blocking.length === 0 && verdict.staleWaivers.length === 0 && unparsable.length === 0;
  log(
    ok
      ? `Electronegativity gate passed: no unwaived finding at ${FAIL_AT.severity}+ / ${FAIL_AT.confidence}+ (${verdict.waived.length} waived, ${verdict.informational.length} below the bar).`
      : `Electronegativity gate FAILED: ${verdict.blocking.length} blocking finding(s), ${verdict.staleWaivers.length} stale waiver(s), ${unparsable.length} unparsable file(s).`,
  );
  return { ok, ...verdict, errors: scanned.errors, files: scanned.files };
}

function parseArgs(argv) {
  const options = { inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--waivers') options.waiversFile = path.resolve(argv[++i] ?? '');
    else options.inputs.push(argv[i]);
  }
  if (options.inputs.length === 0) delete options.inputs;
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runGate({ cwd: process.cwd(), ...parseArgs(process.argv.slice(2)) }).then(
    ({ ok }) => process.exit(ok ? 0 : 1),
    (error) => {
      console.error(`Electronegativity gate could not run: ${error.stack ?? error}`);
      process.exit(2);
    },
  );
}
