import type { AtsReport } from '../../../shared/ats/checks';
import { buildCvDocument } from '../../../shared/cv/export/document';
import { exportFileName } from '../../../shared/cv/export/formats';
import type { ExportOptions } from '../../../shared/cv/export/options';
import type { AtsFormat } from '../../../shared/ipc/ats';
import { localDate } from '../../../shared/model';
import type { Clock } from '../clock';
import type { ExportService, PlanSource } from '../export/export-service';

/**
 * "See what an ATS sees" (issue 16): the file the Export screen would save for these options, rendered
 * by the same code as the export, read back by the readers an ATS is like (mammoth for the DOCX's body,
 * pdf.js for the PDF's text page by page), and checked against the CV document it came from. Runs in
 * main, so the page stays responsive; nothing is saved.
 */
export class AtsService {
  constructor(
    private readonly plans: PlanSource,
    private readonly exports: Pick<ExportService, 'render'>,
    private readonly clock: Clock,
  ) {}

  async check(options: ExportOptions, format: AtsFormat): Promise<AtsReport> {
    const today = localDate(this.clock.now());
    const document = buildCvDocument(this.plans.snapshot().plan, options, today);
    const bytes = await this.exports.render(document, format);
    const pages = format === 'pdf' ? await (await import('../listings/pdf-text')).pdfPageTexts(bytes) : [await docxBodyText(bytes)];
    // The checklist loads with the first check, not at every start of main.
    const { atsReport } = await import('../../../shared/ats/checks');
    return atsReport(document, { format, pages, fileName: exportFileName(document.personName, format, today) });
  }
}

/** The DOCX's body text as mammoth reads it: paragraphs, lists and tables, never its headers or footers. */
export async function docxBodyText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
}
