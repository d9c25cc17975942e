// electron-builder afterPack hook: flips the Electron fuses (build/fuses.mjs) on the packaged binary,
// after app.asar and its integrity hash are in place and before the app is signed.
import fs from 'node:fs/promises';
import path from 'node:path';
import { flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { SENTINEL } from '@electron/fuses/dist/constants.js';
import { fuseConfig, fuseMismatches, fuseWireFile, isPlaceholderElectronDist, PLACEHOLDER_MARKER } from './fuses.mjs';

// builder-util's Arch enum, by value.
const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

/** Path of the packaged Electron executable (the .app bundle on macOS), as electron-builder names it. */
export function packagedBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return path.join(appOutDir, packager.executableName);
}

/**
 * Flip the fuses on `binaryPath` and read them back. A binary without the fuse sentinel is skipped only
 * when `placeholder` says it is the packaging test's stand-in; otherwise any failure throws, failing the build.
 */
export async function applyFuses(binaryPath, { platform, arch, placeholder, log = console.log }) {
  const wireFile = fuseWireFile(binaryPath);
  const contents = await fs.readFile(wireFile);
  if (contents.indexOf(SENTINEL) === -1) {
    if (placeholder) {
      log(`[fuses] SKIPPED: ${wireFile} is a placeholder (${PLACEHOLDER_MARKER} in electronDist), not Electron; no fuses were set.`);
      return { skipped: true };
    }
    throw new Error(`[fuses] ${wireFile} has no fuse sentinel: it is not an Electron binary whose fuses can be set. Refusing to ship it.`);
  }
  await flipFuses(binaryPath, fuseConfig({ platform, arch }));
  const mismatches = fuseMismatches(await getCurrentFuseWire(binaryPath));
  if (mismatches.length > 0) throw new Error(`[fuses] ${wireFile} did not take the fuse settings:\n  ${mismatches.join('\n  ')}`);
  log(`[fuses] set on ${wireFile} (${platform} ${arch}).`);
  return { skipped: false };
}

export default async function afterPack(context) {
  const { packager, electronPlatformName } = context;
  await applyFuses(packagedBinaryPath(context), {
    platform: electronPlatformName,
    arch: ARCH_NAMES[context.arch] ?? String(context.arch),
    placeholder: isPlaceholderElectronDist(packager.config.electronDist, packager.projectDir),
  });
}
