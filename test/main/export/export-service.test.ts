import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { bridgePlatform, collectEffects } from '../../../main/bridge/bridge-platform';
import { composeApp } from '../../../main/compose';
import type { SaveFileResult } from '../../../main/platform/platform';
import { ExportService } from '../../../main/services/export/export-service';
import { buildCvDocument, DEFAULT_EXPORT_OPTIONS, EXPORT_FORMATS, renderPlainText } from '../../../shared/cv/export';
import type { ClientEffect } from '../../../shared/ipc/bridge-protocol';
import { CV_TODAY, cvFixturePlan } from '../../support/cv-fixture';
import { fakeSavePlatform } from '../../support/fake-save-platform';

const clock = { now: () => new Date(`${CV_TODAY}T10:00:00`) };
const plans = { snapshot: () => ({ plan: cvFixturePlan() }) };

const fakePlatform = (answer: SaveFileResult) => fakeSavePlatform(answer);

const tempDirs: string[] = [];
function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}
afterEach(() => tempDirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('ExportService', () => {
  it('suggests a dated file name with the right filter and type, and reports where it was saved', async () => {
    const platform = fakePlatform({ saved: true, location: 'C:\\Users\\alex\\Documents\\My CV.docx' });
    const result = await new ExportService(plans, platform, clock).exportAchievements(DEFAULT_EXPORT_OPTIONS, 'docx');
    expect(result).toEqual({ outcome: 'saved', fileName: 'My CV.docx', location: 'C:\\Users\\alex\\Documents\\My CV.docx' });
    expect(platform.saved[0]).toMatchObject({
      suggestedName: 'Achievements - Alex Morgan - 2026-11.docx',
      filters: [{ name: 'Word document', extensions: ['docx'] }],
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    // A real .docx: a zip whose first bytes are "PK".
    expect(String.fromCharCode(...platform.saved[0]!.bytes.slice(0, 2))).toBe('PK');
  });

  it('reports a cancelled save dialog as "cancelled", not as a failure', async () => {
    const result = await new ExportService(plans, fakePlatform({ saved: false }), clock).exportAchievements(DEFAULT_EXPORT_OPTIONS, 'txt');
    expect(result).toEqual({ outcome: 'cancelled' });
  });

  it('prints the PDF from the shared print HTML at the resolved page size', async () => {
    const platform = fakePlatform({ saved: true });
    const result = await new ExportService(plans, platform, clock).exportAchievements({ ...DEFAULT_EXPORT_OPTIONS, pageSize: 'Letter' }, 'pdf');
    expect(result).toEqual({ outcome: 'downloaded', fileName: 'Achievements - Alex Morgan - 2026-11.pdf' });
    expect(platform.printed[0]!.pageSize).toBe('Letter');
    expect(platform.printed[0]!.html).toContain('@page { size: letter portrait;');
  });

  it('writes text formats as UTF-8 and every format gets its own extension', async () => {
    const platform = fakePlatform({ saved: true });
    const service = new ExportService(plans, platform, clock);
    for (const format of EXPORT_FORMATS) await service.exportAchievements(DEFAULT_EXPORT_OPTIONS, format);
    expect(platform.saved.map((s) => s.suggestedName.split('.').pop())).toEqual(['docx', 'pdf', 'txt', 'md', 'json']);
    const text = new TextDecoder().decode(platform.saved[2]!.bytes);
    expect(text).toBe(renderPlainText(buildCvDocument(cvFixturePlan(), DEFAULT_EXPORT_OPTIONS, CV_TODAY)));
    expect(text).toContain('£120,000');
  });

  it('writes plain text one line per bullet by default, and wrapped at 80 columns when asked', async () => {
    const platform = fakePlatform({ saved: true });
    const service = new ExportService(plans, platform, clock);
    await service.exportAchievements(DEFAULT_EXPORT_OPTIONS, 'txt');
    await service.exportAchievements({ ...DEFAULT_EXPORT_OPTIONS, wrapText: true }, 'txt');
    const [oneLine, wrapped] = platform.saved.map((s) => new TextDecoder().decode(s.bytes));
    const longest = (text: string) => Math.max(...text.split('\n').map((line) => line.length));
    expect(longest(oneLine!)).toBeGreaterThan(80);
    expect(oneLine).toContain('- Cut late status reports across 12 projects by 40 % by introducing a weekly RAG review with project leads and the finance office.\n');
    expect(longest(wrapped!)).toBeLessThanOrEqual(80);
    expect(wrapped).toBe(renderPlainText(buildCvDocument(cvFixturePlan(), DEFAULT_EXPORT_OPTIONS, CV_TODAY), { wrapText: true }));
  });
});

describe('exportAchievements through the contract and the browser bridge', () => {
  async function call(args: unknown): Promise<{ result: Awaited<ReturnType<typeof dispatch>>; effects: ClientEffect[] }> {
    const dataDir = makeTempDir('pmo-export-');
    const { services, handlers } = composeApp({ dataDir, clock, platform: bridgePlatform, version: 'test' });
    const plan = cvFixturePlan();
    services.plan.apply({ type: 'profile.update', patch: { name: plan.profile.name, currentRole: plan.profile.currentRole, email: plan.profile.email } });
    services.plan.apply({
      type: 'batch',
      changes: [
        ...plan.roles.map(({ createdAt: _c, updatedAt: _u, ...item }) => ({ type: 'role.put' as const, item })),
        ...plan.achievements.map(({ createdAt: _c, updatedAt: _u, ...item }) => ({ type: 'achievement.put' as const, item })),
      ],
    });
    const outcome = await collectEffects(() => dispatch(handlers, 'exportAchievements', args, () => undefined));
    services.plan.flush(); // the seed's debounced save lands before the temp folder is removed
    return outcome;
  }

  it('downloads the file in the browser: one download effect carrying the bytes', async () => {
    const { result, effects } = await call([{ grouping: 'none' }, 'md']);
    expect(result).toEqual({ ok: true, value: { outcome: 'downloaded', fileName: 'Achievements - Alex Morgan - 2026-11.md' } });
    expect(effects).toHaveLength(1);
    const effect = effects[0]!;
    if (effect.kind !== 'download') throw new Error('expected a download');
    expect(effect.fileName).toBe('Achievements - Alex Morgan - 2026-11.md');
    expect(effect.mimeType).toBe('text/markdown;charset=utf-8');
    const markdown = Buffer.from(effect.base64, 'base64').toString('utf8');
    expect(markdown.startsWith('# Alex Morgan\n\nProject Manager\n\n[alex.morgan@example.com](mailto:alex.morgan@example.com)\n\n## Achievements\n\n- Cut late status reports')).toBe(true);
  });

  it('takes the wrap option through the contract: plain text wrapped at 80 columns', async () => {
    const { result, effects } = await call([{ wrapText: true }, 'txt']);
    expect(result.ok).toBe(true);
    const effect = effects[0]!;
    if (effect.kind !== 'download') throw new Error('expected a download');
    const text = Buffer.from(effect.base64, 'base64').toString('utf8');
    expect(text).toContain('Project Manager, Northwind Health\nLeeds · Mar 2021 – present\n');
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
  });

  it('refuses malformed options with a plain message and no download', async () => {
    for (const args of [[{ order: 'sideways' }, 'txt'], [{}, 'exe'], [{ manualOrder: ['../../etc'] }, 'txt'], [{ wrapText: 'yes' }, 'txt'], [{}]]) {
      const { result, effects } = await call(args);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-argument');
      expect(effects).toEqual([]);
    }
  });
});

describe('the Electron save dialog', () => {
  it('cancelling returns saved: false; choosing a path writes the file there atomically', async () => {
    const documents = makeTempDir('pmo-docs-');
    const showSaveDialog = vi.fn();
    vi.doMock('electron', () => ({
      app: { getPath: (name: string) => (name === 'documents' ? documents : '') },
      BrowserWindow: { getFocusedWindow: () => null },
      dialog: { showSaveDialog },
    }));
    vi.resetModules();
    const { saveWithDialog } = await import('../../../main/platform/electron-export');
    const request = { suggestedName: 'Achievements - 2026-11.txt', filters: [{ name: 'Text file', extensions: ['txt'] }], bytes: new TextEncoder().encode('hello\n') };

    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(saveWithDialog(request)).resolves.toEqual({ saved: false });
    expect(showSaveDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: path.join(documents, 'Achievements - 2026-11.txt'), filters: request.filters });

    const chosen = path.join(documents, 'mine.txt');
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    await expect(saveWithDialog(request)).resolves.toEqual({ saved: true, location: chosen });
    expect(fs.readFileSync(chosen, 'utf8')).toBe('hello\n');
    expect(fs.readdirSync(documents)).toEqual(['mine.txt']);
    vi.doUnmock('electron');
  });
});
