import * as asar from '@electron/asar';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './support/modules';

// Packages the app the way a release does — `electron-builder --linux dir` with electron-builder.yml and
// the afterPack fuse hook — and opens the resulting app.asar. Electron cannot be downloaded here, so
// electronDist points at a placeholder folder with an executable named `electron`; the fuse hook sees
// its marker and skips. The project is staged in a temp folder (sources, config, a fresh build into out/)
// so the test never races another build writing ./out.

/**
 * app.asar today is about 4.5 MB: bundled main + renderer (~1 MB), pdf.js (~1.7 MB, loaded only when a
 * PDF job listing is dropped, to read its text) and the two spelling dictionaries (~1.1 MB, British and
 * American, each loaded only when spelling is first checked in that English). node_modules or sources
 * leaking in would dwarf this.
 */
const ASAR_BUDGET_BYTES = 5 * 1024 * 1024;
/** main's start-up file, parsed at every start (the same budget `npm run bench` reports against). */
const MAIN_BUDGET_BYTES = 300 * 1024;
/** Things the staged project holds that must never reach the package. */
const DECOYS = ['out/bridge/serve.mjs', 'out/main/index.js.map', 'out/renderer/assets/decoy.js.map'];
const SKIP_WHEN_STAGING = new Set(['node_modules', 'out', 'dist', 'test-results', 'playwright-report', 'bench']);

/** The project as a release runner would check it out, with a fresh `electron-vite build` in out/. */
function stageProject(project: string): void {
  fs.cpSync(REPO_ROOT, project, {
    recursive: true,
    filter: (source) => {
      const name = path.relative(REPO_ROOT, source).split(path.sep)[0] ?? '';
      return name === '' || !(name.startsWith('.') || SKIP_WHEN_STAGING.has(name));
    },
  });
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(project, 'node_modules'), 'junction');
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', path.join(project, 'out')], {
    cwd: REPO_ROOT,
    stdio: 'pipe',
  });
  for (const decoy of DECOYS) {
    fs.mkdirSync(path.dirname(path.join(project, decoy)), { recursive: true });
    fs.writeFileSync(path.join(project, decoy), '// must not be packaged\n');
  }
}

/** A stand-in for Electron's unpacked distribution: an `electron` executable, locales, and the marker. */
function makePlaceholderElectronDist(work: string): string {
  const dist = path.join(work, 'placeholder-electron-dist');
  fs.mkdirSync(path.join(dist, 'locales'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'electron'), '#!/bin/sh\necho "placeholder-electron-dist: not Electron" >&2\nexit 1\n', { mode: 0o755 });
  fs.writeFileSync(path.join(dist, 'PLACEHOLDER-NOT-ELECTRON.txt'), 'A stand-in for Electron used by test/build/packaging.test.ts.\n');
  for (const locale of ['en-GB', 'en-US', 'de', 'fr']) fs.writeFileSync(path.join(dist, 'locales', `${locale}.pak`), 'placeholder');
  return dist;
}

// Linux only: `--linux dir` is what runs here and on the Ubuntu CI job; the release workflow packages for
// real on each OS.
describe.runIf(process.platform === 'linux')('packaging with a placeholder Electron', () => {
  let work = '';
  let project = '';
  let builderLog = '';
  let appOutDir = '';
  let archive = '';
  let entries: string[] = [];
  /** Leaf entries of the asar: its files (an entry no other entry sits under). */
  const files = () => entries.filter((entry) => !entries.some((other) => other.startsWith(`${entry}/`)));

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-packaging-'));
    project = path.join(work, 'project');
    stageProject(project);
    const electronDist = makePlaceholderElectronDist(work);
    const output = path.join(work, 'dist');
    const run = spawnSync(
      process.execPath,
      [path.join(REPO_ROOT, 'node_modules/electron-builder/cli.js'), '--linux', 'dir', '--x64', '--publish', 'never', `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`],
      { cwd: project, encoding: 'utf8' },
    );
    builderLog = `${run.stdout}\n${run.stderr}`;
    if (run.status !== 0) throw new Error(`electron-builder --linux dir failed (${run.status}):\n${builderLog}`);
    appOutDir = path.join(output, 'linux-unpacked');
    archive = path.join(appOutDir, 'resources', 'app.asar');
    entries = asar.listPackage(archive, { isPack: false }).map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''));
  }, 120_000);

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('produces app.asar beside the renamed executable', () => {
    expect(fs.existsSync(archive)).toBe(true);
    expect(fs.existsSync(path.join(appOutDir, 'pmo-pathway'))).toBe(true);
    expect(fs.existsSync(path.join(appOutDir, 'resources', 'app'))).toBe(false);
  });

  it('runs the fuse hook, which says it skipped the placeholder', () => {
    expect(builderLog).toMatch(/\[fuses\] SKIPPED: .*pmo-pathway is a placeholder/);
  });

  it('keeps only the Electron locales the app is written in', () => {
    expect(fs.readdirSync(path.join(appOutDir, 'locales')).sort()).toEqual(['en-GB.pak', 'en-US.pak']);
  });

  it('puts the built main, preload and renderer and package.json in app.asar', () => {
    expect(entries).toEqual(expect.arrayContaining(['package.json', 'out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']));
    // Every built renderer file is there, so the page can load its scripts and styles.
    const built = fs.readdirSync(path.join(project, 'out/renderer/assets')).filter((name) => !name.endsWith('.map'));
    expect(built.length).toBeGreaterThan(0);
    for (const name of built) expect(entries).toContain(`out/renderer/assets/${name}`);
  });

  it('puts nothing else in app.asar: no sources, tests, source maps, bridge or node_modules', () => {
    expect(files().filter((entry) => !/^out\/(main|preload|renderer)\//.test(entry) && entry !== 'package.json')).toEqual([]);
    expect(entries.filter((entry) => entry.endsWith('.map') || entry.startsWith('out/bridge') || entry.includes('node_modules'))).toEqual([]);
  });

  it('ships the preload as one CommonJS file, as a sandboxed preload must be', () => {
    expect(files().filter((entry) => entry.startsWith('out/preload/'))).toEqual(['out/preload/index.js']);
    const preload = asar.extractFile(archive, 'out/preload/index.js').toString('utf8');
    expect(preload).toMatch(/require\(["']electron["']\)/);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    // It requires nothing but electron: a sandboxed preload cannot load other modules.
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1])).toEqual(['electron']);
  });

  it('ships a package.json whose main is the bundled main process, with no dependencies to install', () => {
    const pkg = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as { name: string; productName: string; main: string; dependencies?: object };
    expect(pkg).toMatchObject({ name: 'pmo-pathway', productName: 'PMO Pathway', main: 'out/main/index.js' });
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
    expect(entries).toContain(pkg.main);
  });

  it('ships app-update.yml beside app.asar, naming the GitHub Releases feed electron-updater reads', () => {
    const feed = fs.readFileSync(path.join(appOutDir, 'resources', 'app-update.yml'), 'utf8');
    expect(feed).toMatch(/^provider: github$/m);
    expect(feed).toMatch(/^owner: pmo-pathway$/m);
    expect(feed).toMatch(/^repo: pmo-pathway$/m);
    expect(feed).toMatch(/^updaterCacheDirName: pmo-pathway-updater$/m);
  });

  it(`keeps electron-updater out of main's start-up file (under ${MAIN_BUDGET_BYTES / 1024} KB): a chunk loaded on the first check`, () => {
    const main = asar.extractFile(archive, 'out/main/index.js');
    console.log(`out/main/index.js: ${(main.length / 1024).toFixed(0)} KB of a ${MAIN_BUDGET_BYTES / 1024} KB budget.`);
    expect(main.length).toBeLessThan(MAIN_BUDGET_BYTES);
    // A string of electron-updater's own (its development feed's name): where it is, its code is.
    const marker = 'dev-app-update.yml';
    expect(main.toString('utf8')).not.toContain(marker);
    const chunks = files().filter((entry) => entry.startsWith('out/main/') && entry !== 'out/main/index.js');
    const updaterChunks = chunks.filter((entry) => asar.extractFile(archive, entry).toString('utf8').includes(marker));
    expect(updaterChunks).toHaveLength(1);
    // …and main reaches that chunk only through a deferred require (the bundler's form of import()).
    const chunkName = path.posix.basename(updaterChunks[0]!);
    expect(main.toString('utf8')).toMatch(new RegExp(`Promise\\.resolve\\(\\)\\.then\\(\\(\\)=>[^;]*require\\("\\./chunks/${chunkName.replace('.', '\\.')}"\\)`));
  });

  it(`keeps app.asar under the size budget (${ASAR_BUDGET_BYTES / 1024 / 1024} MB)`, () => {
    const size = fs.statSync(archive).size;
    console.log(`app.asar: ${(size / 1024).toFixed(0)} KB of a ${(ASAR_BUDGET_BYTES / 1024).toFixed(0)} KB budget, ${files().length} files.`);
    expect(size).toBeLessThan(ASAR_BUDGET_BYTES);
  });
});
