import { describe, expect, it } from 'vitest';
import type { SaveFileRequest, SaveFileResult } from '../../../main/platform/platform';
import { InterviewService, prepSheetFileName } from '../../../main/services/interview/interview-service';
import { ApiError } from '../../../shared/ipc/errors';
import { MAX_PREP_SHEET_QUESTIONS, PREP_SHEET_FORMATS, PrepSheetRequestSchema, type PrepSheetFormat } from '../../../shared/ipc/interview';
import { buildPrepSheet } from '../../../shared/interview/prep-sheet/document';
import { renderPrepSheetMarkdown } from '../../../shared/interview/prep-sheet/markdown';
import { renderPrepSheetHtml } from '../../../shared/interview/prep-sheet/print-html';
import { interviewFixturePlan, PREP_FIXTURE_QUESTION_IDS } from '../../support/interview-fixture';
import { fakeSavePlatform } from '../../support/fake-save-platform';

/**
 * InterviewService.exportPrepSheet with a fake platform: the file name, filters and type each format
 * is offered under, the bytes handed to the save dialog, what a save, a download and a cancel report,
 * and the refusals (no question left in the bank; a request with no or too many questions).
 */

const clock = { now: () => new Date('2026-12-01T10:00:00') };
const plans = { snapshot: () => ({ plan: interviewFixturePlan() }) };
const request = { questionIds: [...PREP_FIXTURE_QUESTION_IDS], subtitle: 'For PMO Analyst, Northwind Health' };
const PDF_BYTES = new TextEncoder().encode('%PDF-fake');

const fakePlatform = (answer: SaveFileResult) => fakeSavePlatform(answer, PDF_BYTES);

const OFFERED: Record<PrepSheetFormat, { filters: SaveFileRequest['filters']; mimeType: string }> = {
  docx: { filters: [{ name: 'Word document', extensions: ['docx'] }], mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { filters: [{ name: 'PDF document', extensions: ['pdf'] }], mimeType: 'application/pdf' },
  md: { filters: [{ name: 'Markdown file', extensions: ['md'] }], mimeType: 'text/markdown;charset=utf-8' },
};

describe('InterviewService.exportPrepSheet', () => {
  it.each(PREP_SHEET_FORMATS)('offers %s under a dated name with its filter and type, and reports where it was saved', async (format) => {
    const location = `/home/alex/Documents/My prep.${format}`;
    const platform = fakePlatform({ saved: true, location });
    const result = await new InterviewService(plans, platform, clock).exportPrepSheet(request, format);
    expect(result).toEqual({ outcome: 'saved', fileName: `My prep.${format}`, location });
    expect(platform.saveFile).toHaveBeenCalledTimes(1);
    expect(platform.saved[0]).toEqual({ suggestedName: `Interview prep - Alex Morgan - 2026-12.${format}`, ...OFFERED[format], bytes: expect.any(Uint8Array) });
  });

  it.each(PREP_SHEET_FORMATS)('reports a browser download of %s by the suggested name, and a cancelled dialog as cancelled', async (format) => {
    const downloaded = await new InterviewService(plans, fakePlatform({ saved: true }), clock).exportPrepSheet(request, format);
    expect(downloaded).toEqual({ outcome: 'downloaded', fileName: `Interview prep - Alex Morgan - 2026-12.${format}` });
    const cancelled = await new InterviewService(plans, fakePlatform({ saved: false }), clock).exportPrepSheet(request, format);
    expect(cancelled).toEqual({ outcome: 'cancelled' });
  });

  it('takes a Windows path apart for the saved name', async () => {
    const location = 'C:\\Users\\alex\\Documents\\Prep.docx';
    const result = await new InterviewService(plans, fakePlatform({ saved: true, location }), clock).exportPrepSheet(request, 'docx');
    expect(result).toEqual({ outcome: 'saved', fileName: 'Prep.docx', location });
  });

  it('hands the dialog the bytes of each format: a Word zip, the printed PDF of the shared print HTML, the Markdown as UTF-8', async () => {
    const platform = fakePlatform({ saved: true });
    const service = new InterviewService(plans, platform, clock);
    for (const format of PREP_SHEET_FORMATS) await service.exportPrepSheet(request, format);
    const [docx, pdf, md] = platform.saved.map((s) => s.bytes);
    expect(String.fromCharCode(...docx!.slice(0, 2))).toBe('PK');
    const document = buildPrepSheet(interviewFixturePlan(), request.questionIds, request.subtitle);
    expect(platform.printToPdf).toHaveBeenCalledTimes(1);
    expect(platform.printed).toEqual([{ html: renderPrepSheetHtml(document), pageSize: 'A4' }]);
    expect(pdf).toBe(PDF_BYTES);
    expect(new TextDecoder().decode(md)).toBe(renderPrepSheetMarkdown(document));
    expect(new TextDecoder().decode(md)).toContain('## 1. Tell me about a time you introduced or upheld a project governance standard');
  });

  it('dates the name by the local day of the clock', async () => {
    const platform = fakePlatform({ saved: true });
    await new InterviewService(plans, platform, { now: () => new Date(2026, 10, 30, 23, 59) }).exportPrepSheet(request, 'md');
    expect(platform.saved[0]!.suggestedName).toBe('Interview prep - Alex Morgan - 2026-11.md');
  });

  it.each(PREP_SHEET_FORMATS)('refuses (%s) when none of the questions is in the bank any more, and opens no dialog', async (format) => {
    const platform = fakePlatform({ saved: true });
    const exporting = new InterviewService(plans, platform, clock).exportPrepSheet({ questionIds: ['q-retired-one', 'mq-deleted'], subtitle: '' }, format);
    await expect(exporting).rejects.toBeInstanceOf(ApiError);
    await expect(exporting).rejects.toMatchObject({
      code: 'not-found',
      message: 'None of those questions is in your question bank any more. Choose the questions again.',
    });
    expect(platform.saveFile).not.toHaveBeenCalled();
    expect(platform.printToPdf).not.toHaveBeenCalled();
  });

  it('exports the questions still there when only some have gone', async () => {
    const platform = fakePlatform({ saved: true });
    await new InterviewService(plans, platform, clock).exportPrepSheet({ questionIds: ['q-retired-one', 'q-failing-project'], subtitle: '' }, 'md');
    const markdown = new TextDecoder().decode(platform.saved[0]!.bytes);
    expect(markdown.match(/^## /gm)).toHaveLength(1);
    expect(markdown).toContain('## 1. Tell me about a project you were involved in that was failing.');
  });
});

describe('prepSheetFileName', () => {
  it('names the file by the person and the month, leaving out a name that is empty or only unsafe characters', () => {
    expect(prepSheetFileName('Alex Morgan', 'pdf', '2026-12-01')).toBe('Interview prep - Alex Morgan - 2026-12.pdf');
    expect(prepSheetFileName('', 'md', '2026-12-01')).toBe('Interview prep - 2026-12.md');
    expect(prepSheetFileName('Alex/Morgan: "PMO"', 'docx', '2026-01-31')).toBe('Interview prep - Alex Morgan PMO - 2026-01.docx');
    expect(prepSheetFileName(' <>|? ', 'docx', '2026-01-31')).toBe('Interview prep - 2026-01.docx');
  });
});

describe('PrepSheetRequestSchema', () => {
  const issue = (value: unknown) => {
    const parsed = PrepSheetRequestSchema.safeParse(value);
    return parsed.success ? null : parsed.error.issues.map((i) => i.message);
  };

  it('refuses an empty set of questions, and more than the maximum', () => {
    expect(issue({ questionIds: [] })).toEqual(['Choose at least one question for the prep sheet.']);
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `q-${i}`);
    expect(MAX_PREP_SHEET_QUESTIONS).toBe(200);
    expect(issue({ questionIds: ids(201) })).toEqual(['A prep sheet holds at most 200 questions.']);
    expect(issue({ questionIds: ids(200) })).toBeNull();
  });

  it('takes one question with no subtitle, defaulting it to none', () => {
    expect(PrepSheetRequestSchema.parse({ questionIds: ['q-failing-project'] })).toEqual({ questionIds: ['q-failing-project'], subtitle: '' });
    expect(issue({ questionIds: ['not an id!'] })).not.toBeNull();
  });
});
