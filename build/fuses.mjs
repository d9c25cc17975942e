// Electron fuses for every packaged build, as plain data so test/build/fuses.test.ts pins each one.
// build/after-pack.mjs flips them with @electron/fuses and reads them back before the app is signed.
// (electron-builder's own `electronFuses` option is deliberately not used: one place sets fuses.)
import fs from 'node:fs';
import path from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Every fuse @electron/fuses 1.8 knows, set explicitly (a fuse left out would silently inherit
 * Electron's default). Why each value:
 * - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn the signed app into a general Node runtime.
 * - EnableCookieEncryption on: the cookie store on disk is encrypted with an OS-protected key.
 * - EnableNodeOptionsEnvironmentVariable off: NODE_OPTIONS cannot inject code or flags.
 * - EnableNodeCliInspectArguments off: --inspect / --inspect-brk cannot attach a debugger.
 * - EnableEmbeddedAsarIntegrityValidation on: app.asar must match the hash electron-builder embeds
 *   (enforced on macOS and Windows; Linux has no embedded integrity yet).
 * - OnlyLoadAppFromAsar on: Electron never looks for an unpacked app folder beside the asar.
 * - LoadBrowserProcessSpecificV8Snapshot off: we ship no custom snapshot.
 * - GrantFileProtocolExtraPrivileges off: the UI is served from the pmo:// scheme, never file://.
 */
export const FUSE_SETTINGS = Object.freeze({
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
});

/**
 * A file with this name inside `electronDist` marks a stand-in for Electron (the packaging test's
 * placeholder-electron-dist/). Only then may the hook skip fuses; a real build that cannot set them fails.
 */
export const PLACEHOLDER_MARKER = 'PLACEHOLDER-NOT-ELECTRON.txt';

/** The @electron/fuses config for one build target. */
export function fuseConfig({ platform, arch }) {
  const config = {
    version: FuseVersion.V1,
    // Flipping fuses breaks the ad-hoc signature arm64 macOS requires; electron-builder signs again after
    // afterPack when a Developer ID is available, so this only matters for unsigned builds.
    resetAdHocDarwinSignature: platform === 'darwin' && arch === 'arm64',
    // Electron 45 has more fuses than @electron/fuses 1.8 names; those keep Electron's defaults.
    strictlyRequireAllFuses: false,
  };
  for (const [name, enabled] of Object.entries(FUSE_SETTINGS)) {
    if (!(name in FuseV1Options)) throw new Error(`@electron/fuses does not know the fuse "${name}".`);
    config[FuseV1Options[name]] = enabled;
  }
  return config;
}

/**
 * Names of fuses whose state in `wire` (from @electron/fuses getCurrentFuseWire) differs from
 * FUSE_SETTINGS. The wire holds ASCII '1' (49) for enabled and '0' (48) for disabled.
 */
export function fuseMismatches(wire) {
  const mismatches = [];
  for (const [name, enabled] of Object.entries(FUSE_SETTINGS)) {
    const actual = wire[FuseV1Options[name]];
    const expected = enabled ? 49 : 48;
    if (actual !== expected) mismatches.push(`${name}: expected ${enabled ? 'on' : 'off'}, found ${describeState(actual)}`);
  }
  return mismatches;
}

function describeState(value) {
  if (value === 49) return 'on';
  if (value === 48) return 'off';
  if (value === 114) return 'removed';
  return value === undefined ? 'missing (the wire is too short)' : `state ${value}`;
}

/** True when `electronDist` (as configured, relative to the project) is a placeholder, not Electron. */
export function isPlaceholderElectronDist(electronDist, projectDir) {
  if (typeof electronDist !== 'string' || electronDist === '') return false;
  return fs.existsSync(path.join(path.resolve(projectDir, electronDist), PLACEHOLDER_MARKER));
}

/** The file holding the fuse wire: the executable, or on macOS the Electron Framework inside the .app. */
export function fuseWireFile(binaryPath) {
  if (binaryPath.endsWith('.app')) {
    return path.join(binaryPath, 'Contents', 'Frameworks', 'Electron Framework.framework', 'Electron Framework');
  }
  return binaryPath;
}
