import { dispatch } from '../../../../main/api/dispatch';
import { createHandlers, type Services } from '../../../../main/api/handlers';
import type { Platform, SaveFileRequest, SaveFileResult } from '../../../../main/platform/platform';
import { ListingService } from '../../../../main/services/listings/listing-service';
import type { Envelope } from '../../../../shared/ipc/errors';
import { GRADE_LABELS, gradeAsks, listingAnalyser, summariseListing } from '../../../../shared/listings';
import { certification, listing, planWith } from '../../../support/plan-builders';
import { UK_LISTING } from '../../../support/listing-fixtures';
import { apiRejection } from '../../../support/api-rejection';

/**
 * Job listings' work in main: a dropped file's text, and one saved listing's comparison with the plan
 * as a file, built from main's own copy of the plan and handed to the platform's save dialog.
 */

const TODAY = '2026-12-01';
const clock = { now: () => new Date(`${TODAY}T10:00:00`) };
const plan = planWith({
  certifications: [certification({ id: 'c1', catalogId: 'prince2-7-practitioner', status: 'passed' })],
  listings: [listing({ id: 'l1', title: 'Senior PMO Analyst', organisation: 'Northwind Health', text: UK_LISTING })],
});
const plans = { snapshot: () => ({ plan }) };
const graded = gradeAsks(listingAnalyser(plan.termMappings).analyse(UK_LISTING).asks, plan, TODAY);
const summary = summariseListing(graded);

function fakePlatform(answer: SaveFileResult) {
  const saved: SaveFileRequest[] = [];
  return {
    saved,
    saveFile: vi.fn(async (request: SaveFileRequest) => {
      saved.push(request);
      return answer;
    }),
  };
}

const base64Of = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
/** Bytes no text file has: a fixed pseudo-random run, NULs and control codes among them. */
function binaryBytes(length = 2048): Uint8Array {
  const bytes = new Uint8Array(length);
  let seed = 12345;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    bytes[i] = seed >>> 24;
  }
  bytes[0] = 0x00; // never the start of a PDF, a zip or an RTF file
  return bytes;
}

describe('ListingService.exportComparison', () => {
  it('saves Markdown under a dated name with the title, the summary in words and every ask graded', async () => {
    const platform = fakePlatform({ saved: true, location: '/home/alex/Documents/Comparison - Senior PMO Analyst - Northwind Health - 2026-12-01.md' });
    const result = await new ListingService(plans, platform, clock).exportComparison('l1', 'md');

    expect(result).toEqual({
      outcome: 'saved',
      fileName: 'Comparison - Senior PMO Analyst - Northwind Health - 2026-12-01.md',
      location: '/home/alex/Documents/Comparison - Senior PMO Analyst - Northwind Health - 2026-12-01.md',
    });
    expect(platform.saveFile).toHaveBeenCalledOnce();
    const request = platform.saved[0]!;
    expect(request).toMatchObject({
      suggestedName: 'Comparison - Senior PMO Analyst - Northwind Health - 2026-12-01.md',
      filters: [{ name: 'Markdown file', extensions: ['md'] }],
      mimeType: 'text/markdown;charset=utf-8',
    });
    const markdown = new TextDecoder('utf-8', { fatal: true }).decode(request.bytes);
    expect(markdown.split('\n')[0]).toBe('# Senior PMO Analyst at Northwind Health');
    expect(summary.headline).toMatch(/^Covers \d+ of the \d+ things it asks for/);
    expect(markdown).toContain(`\n${summary.headline}\n`);
    expect(markdown).toContain('Compared with your plan on 2026-12-01');
    expect(graded.length).toBeGreaterThan(5);
    for (const g of graded) expect(markdown).toContain(`- **${g.ask.label} (`);
    // Graded against main's copy of the plan: the passed certification counts.
    expect(markdown).toContain('- **PRINCE2 Practitioner (essential): Evidenced**. You hold PRINCE2 7 Practitioner.');
    expect(markdown).not.toContain('%');
  });

  it('saves plain text the same way; a browser download reports the suggested name', async () => {
    const platform = fakePlatform({ saved: true });
    const result = await new ListingService(plans, platform, clock).exportComparison('l1', 'txt');

    expect(result).toEqual({ outcome: 'downloaded', fileName: 'Comparison - Senior PMO Analyst - Northwind Health - 2026-12-01.txt' });
    const request = platform.saved[0]!;
    expect(request).toMatchObject({ filters: [{ name: 'Text file', extensions: ['txt'] }], mimeType: 'text/plain;charset=utf-8' });
    const text = new TextDecoder('utf-8', { fatal: true }).decode(request.bytes);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Senior PMO Analyst at Northwind Health');
    expect(lines).toContain(summary.headline);
    for (const g of graded) expect(text).toContain(`* ${g.ask.label} (`);
    for (const g of graded) expect(text).toContain(`: ${GRADE_LABELS[g.grade]}. ${g.reason}`);
    expect(text).not.toContain('**');
  });

  it('refuses a listing that is not in the plan, in plain words, and opens no dialog', async () => {
    const platform = fakePlatform({ saved: true });
    const error = await apiRejection(new ListingService(plans, platform, clock).exportComparison('gone', 'md'));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('That job listing is not in your plan any more. Save it first, then export its comparison.');
    expect(platform.saveFile).not.toHaveBeenCalled();
  });

  it('reports a cancelled save dialog as "cancelled"', async () => {
    const result = await new ListingService(plans, fakePlatform({ saved: false }), clock).exportComparison('l1', 'md');
    expect(result).toEqual({ outcome: 'cancelled' });
  });
});

describe('ListingService.extractText', () => {
  const service = () => new ListingService(plans, fakePlatform({ saved: false }), clock);

  it('gives the text of a small UTF-8 .txt file sent as base64', async () => {
    const text = 'Senior PMO Analyst – Northwind Health\nEssential: PRINCE2 Practitioner and Power BI (£45,000)';
    await expect(service().extractText({ fileName: 'advert.txt', base64: base64Of(text) })).resolves.toEqual({ text, format: 'txt' });
  });

  it('refuses bytes that are no listing with a plain validation message', async () => {
    const error = await apiRejection(service().extractText({ fileName: 'photo.txt', base64: base64Of(binaryBytes()) }));
    expect(error.code).toBe('validation');
    expect(error.message).toBe('This file is not text, a Word document or a PDF. Add the listing as a .txt, .docx or .pdf file, or copy and paste the text.');
  });
});

describe('the listing methods through the contract', () => {
  function wired() {
    const platform = { shell: 'electron' as const, openExternal: vi.fn(), printToPdf: vi.fn(), ...fakePlatform({ saved: true }) } satisfies Platform;
    const listings = new ListingService(plans, platform, clock);
    const extractText = vi.spyOn(listings, 'extractText');
    const exportComparison = vi.spyOn(listings, 'exportComparison');
    const handlers = createHandlers({ listings } as unknown as Services, platform, { version: 'test' });
    return { handlers, platform, extractText, exportComparison };
  }
  const noLog = () => undefined;

  function refusal(envelope: Envelope<unknown>): string {
    expect(envelope.ok).toBe(false);
    if (envelope.ok) throw new Error('unreachable');
    expect(envelope.error.code).toBe('invalid-argument');
    expect(envelope.error.message).not.toMatch(/\n\s+at |ZodError|node_modules|"code":|\[object /);
    return envelope.error.message;
  }

  it('hands a well-formed file to the service and its text back', async () => {
    const { handlers, extractText } = wired();
    const envelope = await dispatch(handlers, 'extractListingText', [{ fileName: 'advert.txt', base64: base64Of('PMO Officer') }], noLog);
    expect(envelope).toEqual({ ok: true, value: { text: 'PMO Officer', format: 'txt' } });
    expect(extractText).toHaveBeenCalledOnce();
  });

  it('passes the service’s refusal of a file through as it is', async () => {
    const { handlers } = wired();
    const envelope = await dispatch(handlers, 'extractListingText', [{ fileName: 'photo.txt', base64: base64Of(binaryBytes()) }], noLog);
    expect(envelope).toEqual({ ok: false, error: { code: 'validation', message: expect.stringMatching(/^This file is not text, a Word document or a PDF\./) } });
  });

  it('refuses a file that did not arrive as base64, without reaching the service', async () => {
    const { handlers, extractText } = wired();
    const message = refusal(await dispatch(handlers, 'extractListingText', [{ fileName: 'advert.txt', base64: 'not base64!!' }], noLog));
    expect(message).toBe('The request to extractListingText is not valid: The file did not arrive whole; try adding it again.');
    expect(extractText).not.toHaveBeenCalled();
  });

  it.each([
    ['no file name', [{ base64: base64Of('PMO Officer') }]],
    ['a file name that is not text', [{ fileName: 42, base64: base64Of('PMO Officer') }]],
    ['no file at all', []],
  ])('refuses a file with %s, without reaching the service', async (_label, args) => {
    const { handlers, extractText } = wired();
    const message = refusal(await dispatch(handlers, 'extractListingText', args, noLog));
    expect(message).toMatch(/^The request to extractListingText is not valid: /);
    expect(extractText).not.toHaveBeenCalled();
  });

  it.each([
    ['a format it does not make', ['l1', 'pdf']],
    ['no format', ['l1']],
    ['an id that is not an id', ['../plan', 'md']],
  ])('refuses an export with %s, without reaching the service or a dialog', async (_label, args) => {
    const { handlers, exportComparison, platform } = wired();
    const message = refusal(await dispatch(handlers, 'exportListingComparison', args, noLog));
    expect(message).toMatch(/^The request to exportListingComparison is not valid: /);
    expect(exportComparison).not.toHaveBeenCalled();
    expect(platform.saveFile).not.toHaveBeenCalled();
  });

  it('exports a saved listing through the contract', async () => {
    const { handlers, exportComparison, platform } = wired();
    const envelope = await dispatch(handlers, 'exportListingComparison', ['l1', 'md'], noLog);
    expect(envelope).toEqual({ ok: true, value: { outcome: 'downloaded', fileName: 'Comparison - Senior PMO Analyst - Northwind Health - 2026-12-01.md' } });
    expect(exportComparison).toHaveBeenCalledExactlyOnceWith('l1', 'md');
    expect(platform.saved).toHaveLength(1);
  });
});
