import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from './support/modules';

// electron-builder.yml is read by electron-builder's own loader and checked against its own JSON schema
// (app-builder-lib's scheme.json, the check `electron-builder` runs before building), so a misspelt or
// misplaced key fails here, not on a release runner. Then the settings the issue asks for are pinned.

interface BuilderConfig {
  [key: string]: unknown;
  files: Array<{ filter: string[] }> | string[];
  nsis: Record<string, unknown>;
  mac: Record<string, unknown> & { target: Array<{ target: string; arch: string[] }> };
  linux: Record<string, unknown> & { target: Array<{ target: string; arch: string[] }>; desktop: { entry: Record<string, string> } };
  win: Record<string, unknown> & { target: Array<{ target: string; arch: string[] }> };
}
interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<BuilderConfig>;
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
}

// app-builder-lib is electron-builder's engine; resolved through electron-builder so it is the same copy.
const requireFromBuilder = createRequire(createRequire(__filename).resolve('electron-builder/package.json'));
const { getConfig, validateConfiguration } = requireFromBuilder('app-builder-lib/out/util/config/config') as ConfigModule;
const quiet = { isEnabled: false, add() {} };

let config: BuilderConfig;
beforeAll(async () => {
  config = await getConfig(REPO_ROOT, null, null);
});
const clone = () => structuredClone(config) as BuilderConfig;

describe('electron-builder.yml against electron-builder’s own schema', () => {
  it('is valid', async () => {
    await expect(validateConfiguration(clone(), quiet)).resolves.toBeUndefined();
  });

  it.each([
    ['an unknown top-level key', (c: BuilderConfig) => void (c.appIdd = 'org.pmopathway.app')],
    ['a misspelt NSIS option', (c: BuilderConfig) => void (c.nsis.perUser = true)],
    ['an option in the wrong place', (c: BuilderConfig) => void (c.linux.hardenedRuntime = true)],
    ['a value of the wrong type', (c: BuilderConfig) => void (c.asar = 'yes')],
  ])('rejects %s', async (_name, spoil) => {
    const spoilt = clone();
    spoil(spoilt);
    await expect(validateConfiguration(spoilt, quiet)).rejects.toThrow(/configuration object that does not match the API schema/);
  });
});

describe('electron-builder.yml settings', () => {
  it('names the app', () => {
    expect(config.appId).toBe('org.pmopathway.app');
    expect(config.productName).toBe('PMO Pathway');
    expect(config.copyright).toMatch(/^Copyright © \d{4} PMO Pathway developers$/);
  });

  it('ships only the built output and package.json, in an asar, without source maps', () => {
    const patterns = config.files.flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.filter));
    expect(patterns.sort()).toEqual(['!**/*.map', 'out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*', 'package.json'].sort());
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toBeUndefined();
  });

  it('builds a per-user NSIS installer for Windows that lets a person choose the folder', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false, allowToChangeInstallationDirectory: true, deleteAppDataOnUninstall: false });
  });

  it('builds a DMG and a zip for Intel and Apple silicon Macs, hardened, with entitlements and notarisation', () => {
    expect(config.mac.target).toEqual([
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ]);
    expect(config.mac).toMatchObject({ hardenedRuntime: true, notarize: true, entitlements: 'build/entitlements.mac.plist', entitlementsInherit: 'build/entitlements.mac.plist' });
    const plist = fs.readFileSync(path.join(REPO_ROOT, 'build/entitlements.mac.plist'), 'utf8');
    expect(plist).toContain('<key>com.apple.security.cs.allow-jit</key>');
    // Nothing that would weaken the hardened runtime.
    expect(plist).not.toMatch(/allow-unsigned-executable-memory|disable-library-validation|disable-executable-page-protection|allow-dyld-environment-variables/);
  });

  it('builds an AppImage and a deb for Linux with an Office desktop entry', () => {
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.desktop.entry.Categories?.split(';')).toContain('Office');
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
  });

  it('uses icons made from the one source in assets/', () => {
    expect(config.win.icon).toBe('assets/icons/icon.ico');
    expect(config.mac.icon).toBe('assets/icons/icon.icns');
    expect(config.linux.icon).toBe('assets/icons/png');
    for (const icon of [config.win.icon, config.mac.icon, config.linux.icon] as string[]) expect(fs.existsSync(path.join(REPO_ROOT, icon))).toBe(true);
  });

  it('names GitHub Releases as the update feed, kept a draft, so latest*.yml and app-update.yml are generated', () => {
    // The release workflow builds with --publish never and attaches the files itself (release-workflow.test.ts).
    expect(config.publish).toEqual({ provider: 'github', owner: 'pmo-pathway', repo: 'pmo-pathway', releaseType: 'draft' });
  });

  it('takes the workflow’s owner and repo override into that feed, keeping the rest', async () => {
    const overridden = await getConfig(REPO_ROOT, null, { publish: { owner: 'acme', repo: 'pmo-fork' } });
    expect(overridden.publish).toEqual({ provider: 'github', owner: 'acme', repo: 'pmo-fork', releaseType: 'draft' });
    await expect(validateConfiguration(structuredClone(overridden), quiet)).resolves.toBeUndefined();
  });
});
