import { screen } from '@testing-library/react';
import { PlanFileTransfer } from '../../renderer/features/backups/PlanFileTransfer';
import type { ImportPreview } from '../../shared/ipc/plan-transfer';
import { FakePlanBackend } from '../support/fake-plan-backend';
import { useFakeBackend } from '../support/mock-api';
import { renderLoaded } from '../support/render-loaded';
import { resetStore } from '../support/reset-store';

vi.mock('../../renderer/lib/api', async (importOriginal) => (await import('../support/mock-api')).mockApiModule(await importOriginal()));

/**
 * The page reads a picked plan file's bytes and decodes them itself, so a file saved as UTF-16 (Windows
 * Notepad, PowerShell) reaches main as the text it holds, not as UTF-8 noise.
 */

const CONTENT = '{\n  "format": "pmo-pathway-plan",\n  "plan": { "profile": { "name": "Zoë Ng — PMO" } }\n}\n';
const PREVIEW: ImportPreview = {
  importId: 'import-1',
  fileName: 'plan.pmoplan.json',
  counts: { skills: 0, certifications: 0, milestones: 0, achievements: 0, roles: 0, listings: 0, termMappings: 0, questions: 0, stories: 0, practiceSessions: 0 },
  profileName: 'Zoë Ng — PMO',
  targetRole: '',
  exportedAt: null,
  migratedFromVersion: null,
};

let received: { fileName: string; content: string }[];
beforeEach(() => {
  const backend = useFakeBackend(new FakePlanBackend());
  received = [];
  Object.assign(backend, {
    previewImport: async (request: { fileName: string; content: string }) => {
      received.push(request);
      return PREVIEW;
    },
  });
  resetStore();
});

const utf16le = (text: string) => Buffer.from(text, 'utf16le');

describe('importing a plan file: the bytes are decoded by what they say', () => {
  it.each([
    ['UTF-8', Buffer.from(CONTENT)],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CONTENT)])],
    ['UTF-16 LE with a byte-order mark (Notepad, PowerShell)', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(CONTENT)])],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16le(CONTENT).swap16()])],
    ['UTF-16 LE without a mark', utf16le(CONTENT)],
  ])('%s reaches main as the text it holds', async (_label, bytes) => {
    const user = await renderLoaded(<PlanFileTransfer />);
    await user.upload(screen.getByLabelText('Import a plan file…'), new File([new Uint8Array(bytes)], 'plan.pmoplan.json', { type: 'application/json' }));
    expect(await screen.findByRole('region', { name: 'Import preview' })).toHaveTextContent('for Zoë Ng — PMO');
    expect(received).toEqual([{ fileName: 'plan.pmoplan.json', content: CONTENT }]);
  });

  it('bytes that are not text are refused in the page, in plain words, and never sent', async () => {
    const user = await renderLoaded(<PlanFileTransfer />);
    await user.upload(screen.getByLabelText('Import a plan file…'), new File([new Uint8Array([0x7b, 0xff, 0xfe, 0x22, 0x7d])], 'odd.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('odd.json was not imported: it is not readable text (it may be damaged). Your plan is unchanged.');
    expect(received).toEqual([]);
  });
});
