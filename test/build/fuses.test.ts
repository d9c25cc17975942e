import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importScript } from './support/modules';

// The fuse settings are data (build/fuses.mjs); the afterPack hook (build/after-pack.mjs) flips them with
// @electron/fuses and reads them back. Electron itself cannot be downloaded here, so the hook is run on a
// file carrying a fuse wire laid out the way Electron's binary holds it.

type Settings = Record<string, boolean>;
interface FusesModule {
  FUSE_SETTINGS: Settings;
  PLACEHOLDER_MARKER: string;
  fuseConfig(target: { platform: string; arch: string }): Record<string, unknown>;
  fuseMismatches(wire: Record<string, unknown>): string[];
  isPlaceholderElectronDist(electronDist: unknown, projectDir: string): boolean;
}
interface AfterPackModule {
  default: (context: unknown) => Promise<void>;
  applyFuses(binary: string, options: { platform: string; arch: string; placeholder: boolean; log?: (line: string) => void }): Promise<{ skipped: boolean }>;
  packagedBinaryPath(context: unknown): string;
}
interface ElectronFuses {
  FuseV1Options: Record<string, number>;
  FuseVersion: { V1: string };
}

const fuses = await importScript<FusesModule>('build/fuses.mjs');
const hook = await importScript<AfterPackModule>('build/after-pack.mjs');
const { FuseV1Options, FuseVersion } = (await import('@electron/fuses')) as unknown as ElectronFuses;
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = 49;
const OFF = 48;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-fuses-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A stand-in binary: junk, the sentinel, wire version 1, the wire length, then one state byte per fuse. */
function fakeBinary(file: string, states: number[]): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.concat([Buffer.from('\x7fELF junk before the wire '), Buffer.from(SENTINEL), Buffer.from([1, states.length, ...states]), Buffer.from(' junk after')]));
  return file;
}

function wireOf(file: string): number[] {
  const bytes = fs.readFileSync(file);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  return [...bytes.subarray(at + 2, at + 2 + bytes[at + 1]!)];
}

describe('the fuse settings', () => {
  it('turn off running as Node, NODE_OPTIONS and the inspect arguments', () => {
    expect(fuses.FUSE_SETTINGS).toMatchObject({ RunAsNode: false, EnableNodeOptionsEnvironmentVariable: false, EnableNodeCliInspectArguments: false });
  });

  it('turn on cookie encryption, embedded asar integrity validation and loading the app only from the asar', () => {
    expect(fuses.FUSE_SETTINGS).toMatchObject({ EnableCookieEncryption: true, EnableEmbeddedAsarIntegrityValidation: true, OnlyLoadAppFromAsar: true });
  });

  it('leave file:// without extra privileges and load no custom V8 snapshot', () => {
    expect(fuses.FUSE_SETTINGS).toMatchObject({ GrantFileProtocolExtraPrivileges: false, LoadBrowserProcessSpecificV8Snapshot: false });
  });

  it('set every fuse @electron/fuses knows, explicitly', () => {
    const known = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    expect(Object.keys(fuses.FUSE_SETTINGS).sort()).toEqual(known.sort());
  });

  it('become an @electron/fuses V1 config keyed by fuse index', () => {
    const config = fuses.fuseConfig({ platform: 'linux', arch: 'x64' });
    expect(config.version).toBe(FuseVersion.V1);
    expect(config[FuseV1Options.RunAsNode!]).toBe(false);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar!]).toBe(true);
    expect(config.resetAdHocDarwinSignature).toBe(false);
  });

  it('re-sign ad hoc only for arm64 macOS, where an invalid signature stops the app', () => {
    expect(fuses.fuseConfig({ platform: 'darwin', arch: 'arm64' }).resetAdHocDarwinSignature).toBe(true);
    expect(fuses.fuseConfig({ platform: 'darwin', arch: 'x64' }).resetAdHocDarwinSignature).toBe(false);
    expect(fuses.fuseConfig({ platform: 'win32', arch: 'arm64' }).resetAdHocDarwinSignature).toBe(false);
  });

  it('name each fuse that did not take its setting', () => {
    const wire: Record<number, number> = {};
    for (const [name, enabled] of Object.entries(fuses.FUSE_SETTINGS)) wire[FuseV1Options[name]!] = enabled ? ON : OFF;
    expect(fuses.fuseMismatches(wire)).toEqual([]);
    wire[FuseV1Options.RunAsNode!] = ON;
    delete wire[FuseV1Options.OnlyLoadAppFromAsar!];
    expect(fuses.fuseMismatches(wire)).toEqual(['RunAsNode: expected off, found on', 'OnlyLoadAppFromAsar: expected on, found missing (the wire is too short)']);
  });
});

describe('the afterPack hook', () => {
  it('flips the fuses in the binary and leaves fuses it does not know alone', async () => {
    // Nine fuses, all "on": one more than @electron/fuses 1.8 names, as newer Electron binaries have.
    const binary = fakeBinary(path.join(dir, 'linux-unpacked', 'pmo-pathway'), Array(9).fill(ON));
    const log: string[] = [];
    await expect(hook.applyFuses(binary, { platform: 'linux', arch: 'x64', placeholder: false, log: (line) => log.push(line) })).resolves.toEqual({ skipped: false });
    const expected = Object.entries(fuses.FUSE_SETTINGS)
      .sort(([a], [b]) => FuseV1Options[a]! - FuseV1Options[b]!)
      .map(([, enabled]) => (enabled ? ON : OFF));
    expect(wireOf(binary)).toEqual([...expected, ON]);
    expect(log.join('\n')).toContain('[fuses] set on');
  });

  it('sets the fuses in the Electron Framework inside a macOS .app', async () => {
    const app = path.join(dir, 'mac', 'PMO Pathway.app');
    const framework = fakeBinary(path.join(app, 'Contents', 'Frameworks', 'Electron Framework.framework', 'Electron Framework'), Array(8).fill(ON));
    await hook.applyFuses(app, { platform: 'darwin', arch: 'x64', placeholder: false, log: () => {} });
    expect(wireOf(framework)[FuseV1Options.RunAsNode!]).toBe(OFF);
  });

  it('fails the build when a real binary has no fuse sentinel', async () => {
    const binary = path.join(dir, 'pmo-pathway');
    fs.writeFileSync(binary, 'not electron');
    await expect(hook.applyFuses(binary, { platform: 'linux', arch: 'x64', placeholder: false, log: () => {} })).rejects.toThrow(/no fuse sentinel/);
  });

  it('fails the build when the fuses do not read back as set', async () => {
    // A wire shorter than the settings: @electron/fuses refuses, and the hook lets that fail the build.
    const binary = fakeBinary(path.join(dir, 'pmo-pathway'), Array(4).fill(ON));
    await expect(hook.applyFuses(binary, { platform: 'linux', arch: 'x64', placeholder: false, log: () => {} })).rejects.toThrow();
  });

  it('skips, saying so, only for the packaging test placeholder', async () => {
    const binary = path.join(dir, 'pmo-pathway');
    fs.writeFileSync(binary, '#!/bin/sh\nexit 1\n');
    const log: string[] = [];
    await expect(hook.applyFuses(binary, { platform: 'linux', arch: 'x64', placeholder: true, log: (line) => log.push(line) })).resolves.toEqual({ skipped: true });
    expect(log.join('\n')).toMatch(/SKIPPED.*placeholder/);
  });

  it('recognises the placeholder only by the marker file in electronDist', () => {
    const placeholder = path.join(dir, 'placeholder-electron-dist');
    fs.mkdirSync(placeholder);
    expect(fuses.isPlaceholderElectronDist(placeholder, dir)).toBe(false);
    fs.writeFileSync(path.join(placeholder, fuses.PLACEHOLDER_MARKER), 'stand-in');
    expect(fuses.isPlaceholderElectronDist(placeholder, dir)).toBe(true);
    expect(fuses.isPlaceholderElectronDist('placeholder-electron-dist', dir)).toBe(true);
    expect(fuses.isPlaceholderElectronDist(undefined, dir)).toBe(false);
  });

  it('finds the packaged executable the way electron-builder names it', () => {
    const packager = { appInfo: { productFilename: 'PMO Pathway' }, executableName: 'pmo-pathway' };
    expect(hook.packagedBinaryPath({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe(path.join('/o', 'pmo-pathway'));
    expect(hook.packagedBinaryPath({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(path.join('/o', 'PMO Pathway.exe'));
    expect(hook.packagedBinaryPath({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe(path.join('/o', 'PMO Pathway.app'));
  });

  it('is what electron-builder.yml runs after packing', async () => {
    const yml = fs.readFileSync(path.resolve(__dirname, '../../electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/^afterPack: \.\/build\/after-pack\.mjs$/m);
    expect(yml).not.toMatch(/^electronFuses:/m);
    expect(typeof hook.default).toBe('function');
  });
});
