import { EXPORT_FORMAT_INFO, fileNamePart, type ExportResult } from '../../../shared/cv/export/formats';
import { ApiError } from '../../../shared/ipc/errors';
import type { PrepSheetFormat } from '../../../shared/ipc/interview';
import { localDate } from '../../../shared/model';
import type { Platform } from '../../platform/platform';
import { toExportResult } from '../../platform/save-result';
import type { Clock } from '../clock';
import type { PlanSource } from '../export/export-service';
import type { PrepSheetDocument } from '../../../shared/interview/prep-sheet/document';

/**
 * Interview preparation's work in main: the prep sheet, built from the stored plan with the same shared
 * code the page previews it with, rendered as DOCX, PDF (the app's print path) or Markdown, and handed to
 * the platform (a save dialog, or a download in the bridge).
 */
export class InterviewService {
  constructor(
    private readonly plans: PlanSource,
    private readonly platform: Pick<Platform, 'saveFile' | 'printToPdf'>,
    private readonly clock: Clock,
  ) {}

  async exportPrepSheet(request: { questionIds: string[]; subtitle: string }, format: PrepSheetFormat): Promise<ExportResult> {
    const { plan } = this.plans.snapshot();
    // The question bank and the sheet's builders load on the first export, not at every start of main.
    const { buildPrepSheet } = await import('../../../shared/interview/prep-sheet/document');
    const document = buildPrepSheet(plan, request.questionIds, request.subtitle);
    if (document.entries.length === 0) {
      throw new ApiError('not-found', 'None of those questions is in your question bank any more. Choose the questions again.');
    }
    const today = localDate(this.clock.now());
    const bytes = await this.render(document, format);
    const info = EXPORT_FORMAT_INFO[format];
    const fileName = prepSheetFileName(document.personName, format, today);
    const result = await this.platform.saveFile({ suggestedName: fileName, filters: [{ name: info.filterName, extensions: [info.extension] }], bytes, mimeType: info.mimeType });
    return toExportResult(result, fileName);
  }

  /** The bytes of one format; public so tests and benchmarks can measure rendering alone. */
  async render(document: PrepSheetDocument, format: PrepSheetFormat): Promise<Uint8Array> {
    switch (format) {
      case 'docx':
        return (await import('./prep-sheet-docx')).renderPrepSheetDocx(document);
      case 'pdf':
        return this.platform.printToPdf((await import('../../../shared/interview/prep-sheet/print-html')).renderPrepSheetHtml(document), document.pageSize);
      case 'md':
        return new TextEncoder().encode((await import('../../../shared/interview/prep-sheet/markdown')).renderPrepSheetMarkdown(document));
    }
  }
}

/** "Interview prep - Alex Morgan - 2026-12.docx", beside the CV exports in a folder. */
export function prepSheetFileName(personName: string, format: PrepSheetFormat, today: string): string {
  const name = fileNamePart(personName, 80);
  return `${['Interview prep', ...(name !== '' ? [name] : []), today.slice(0, 7)].join(' - ')}.${EXPORT_FORMAT_INFO[format].extension}`;
}
