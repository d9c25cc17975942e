#!/usr/bin/env node
// "Use a current version of Electron": Electron supports its latest three stable major versions. This
// compares the installed Electron with the latest release on the npm registry (asked with the npm
// client) and fails when ours has dropped out of support. It needs the network, so it runs in CI
// (.github/workflows/ci.yml), not in `npm test`, which must pass offline.
//
// Usage: node scripts/security/electron-support.mjs [--latest <version>]
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** How many stable majors Electron supports at a time (https://www.electronjs.org/docs/latest/tutorial/electron-timelines). */
export const SUPPORTED_MAJORS = 3;

function major(version) {
  const match = /^v?(\d+)\./.exec(String(version).trim());
  if (!match) throw new Error(`"${version}" is not a version number.`);
  return Number(match[1]);
}

/** Whether `installed` is within the supported majors given the `latest` stable release. */
export function checkElectronSupport(installed, latest) {
  const oldestSupported = major(latest) - (SUPPORTED_MAJORS - 1);
  const ok = major(installed) >= oldestSupported;
  return {
    ok,
    oldestSupported,
    message: ok
      ? `Electron ${installed} is supported (latest ${latest}; supported majors ${oldestSupported}-${major(latest)}).`
      : `Electron ${installed} is out of support: the latest is ${latest} and only majors ${oldestSupported}-${major(latest)} get security fixes. Upgrade Electron.`,
  };
}

function main(argv) {
  const require = createRequire(import.meta.url);
  const installed = require('electron/package.json').version;
  const flag = argv.indexOf('--latest');
  const latest =
    flag >= 0 ? argv[flag + 1] : execFileSync('npm', ['view', 'electron', 'dist-tags.latest'], { encoding: 'utf8', shell: process.platform === 'win32' }).trim();
  const result = checkElectronSupport(installed, latest);
  console.log(result.message);
  process.exit(result.ok ? 0 : 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
