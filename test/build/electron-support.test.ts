import fs from 'node:fs';
import path from 'node:path';
import { importScript, REPO_ROOT } from './support/modules';

// "Use a current version of Electron". The registry lookup runs in CI (it needs the network); the rule
// it applies, and the exact pin it reads, are checked here.

interface SupportModule {
  SUPPORTED_MAJORS: number;
  checkElectronSupport(installed: string, latest: string): { ok: boolean; oldestSupported: number; message: string };
}
const { checkElectronSupport, SUPPORTED_MAJORS } = await importScript<SupportModule>('scripts/security/electron-support.mjs');

it('accepts the latest three stable majors and nothing older', () => {
  expect(SUPPORTED_MAJORS).toBe(3);
  expect(checkElectronSupport('45.5.0', '45.5.0').ok).toBe(true);
  expect(checkElectronSupport('45.5.0', '47.0.1').ok).toBe(true);
  const outdated = checkElectronSupport('45.5.0', '48.0.0');
  expect(outdated).toMatchObject({ ok: false, oldestSupported: 46 });
  expect(outdated.message).toContain('Upgrade Electron');
});

it('rejects a version it cannot read', () => {
  expect(() => checkElectronSupport('latest', '45.0.0')).toThrow(/not a version number/);
});

it('pins Electron exactly, so every build ships the version that was checked', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const installed = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
  expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
  expect(installed).toBe(pkg.devDependencies.electron);
});
