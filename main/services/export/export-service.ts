import { buildCvDocument, type CvDocument } from '../../../shared/cv/export/document';
import { EXPORT_FORMAT_INFO, exportFileName, type ExportFormat, type ExportResult } from '../../../shared/cv/export/formats';
import { renderJsonResume } from '../../../shared/cv/export/json-resume';
import { renderMarkdown } from '../../../shared/cv/export/markdown';
import type { ExportOptions } from '../../../shared/cv/export/options';
import { renderPrintHtml } from '../../../shared/cv/export/print-html';
import { renderPlainText, type PlainTextOptions } from '../../../shared/cv/export/text';
import { localDate, type Plan } from '../../../shared/model';
import type { Platform } from '../../platform/platform';
import { toExportResult } from '../../platform/save-result';
import type { Clock } from '../clock';

/** Where the service reads the plan from: PlanService in the app, a fixed plan in tests. */
export interface PlanSource {
  snapshot(): { plan: Plan };
}

/**
 * Exports the CV-ready achievements list. Builds the one CV document from the current plan (the same
 * shared code the renderer's live preview runs), renders the chosen format, and hands the bytes to the
 * platform: a save dialog in the desktop app, a download in the browser bridge.
 */
export class ExportService {
  constructor(
    private readonly plans: PlanSource,
    private readonly platform: Pick<Platform, 'saveFile' | 'printToPdf'>,
    private readonly clock: Clock,
  ) {}

  async exportAchievements(options: ExportOptions, format: ExportFormat): Promise<ExportResult> {
    const today = localDate(this.clock.now());
    const document = buildCvDocument(this.plans.snapshot().plan, options, today);
    const bytes = await this.render(document, format, { wrapText: options.wrapText });
    const info = EXPORT_FORMAT_INFO[format];
    const fileName = exportFileName(document.personName, format, today);
    const result = await this.platform.saveFile({
      suggestedName: fileName,
      filters: [{ name: info.filterName, extensions: [info.extension] }],
      bytes,
      mimeType: info.mimeType,
    });
    return toExportResult(result, fileName);
  }

  /**
   * The bytes of one format; public so tests and benchmarks can measure rendering alone. `text` says how
   * plain text is laid out (one line per bullet, or wrapped for e-mail); the other formats ignore it.
   */
  async render(document: CvDocument, format: ExportFormat, text: PlainTextOptions = {}): Promise<Uint8Array> {
    switch (format) {
      case 'docx':
        // The docx library is most of main's code; loaded on the first DOCX export, not at every start.
        return (await import('./docx')).renderDocx(document);
      case 'pdf':
        return this.platform.printToPdf(renderPrintHtml(document), document.pageSize);
      case 'txt':
        return utf8(renderPlainText(document, text));
      case 'md':
        return utf8(renderMarkdown(document));
      case 'json':
        return utf8(renderJsonResume(document));
    }
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text);
