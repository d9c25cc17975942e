import { ApiError } from '../../../shared/ipc/errors';
import type { ListingFile, ListingFileText } from '../../../shared/ipc/listings';
import type { ComparisonFormat } from '../../../shared/listings';
import type { ExportResult } from '../../../shared/cv/export/formats';
import { localDate } from '../../../shared/model';
import type { Platform } from '../../platform/platform';
import { toExportResult } from '../../platform/save-result';
import type { Clock } from '../clock';
import type { PlanSource } from '../export/export-service';
import { extractListingText } from './extract-listing-text';

const FORMAT_INFO: Record<ComparisonFormat, { mimeType: string; filterName: string }> = {
  txt: { mimeType: 'text/plain;charset=utf-8', filterName: 'Text file' },
  md: { mimeType: 'text/markdown;charset=utf-8', filterName: 'Markdown file' },
};

/**
 * Job listings' work in main: reading a dropped file's text (the libraries that parse .docx and .pdf
 * live here, not in the page), and exporting one listing's comparison with the plan as a file. The
 * comparison is built from the stored plan with the same shared code the page shows it with.
 */
export class ListingService {
  constructor(
    private readonly plans: PlanSource,
    private readonly platform: Pick<Platform, 'saveFile'>,
    private readonly clock: Clock,
  ) {}

  extractText(file: ListingFile): Promise<ListingFileText> {
    return extractListingText({ fileName: file.fileName, bytes: Buffer.from(file.base64, 'base64') });
  }

  async exportComparison(listingId: string, format: ComparisonFormat): Promise<ExportResult> {
    const { plan } = this.plans.snapshot();
    const listing = plan.listings.find((l) => l.id === listingId);
    if (!listing) throw new ApiError('not-found', 'That job listing is not in your plan any more. Save it first, then export its comparison.');
    const today = localDate(this.clock.now());
    // The matcher and its vocabulary are loaded on the first export, not parsed at every start of main.
    const { comparisonFileName, gradeAsks, listingAnalyser, renderComparison, summariseListing } = await import('../../../shared/listings');
    const analysis = listingAnalyser(plan.termMappings).analyse(listing.text);
    const graded = gradeAsks(analysis.asks, plan, today);
    const text = renderComparison({ listing, graded, summary: summariseListing(graded), today }, format);
    const fileName = comparisonFileName(listing, format, today);
    const info = FORMAT_INFO[format];
    const result = await this.platform.saveFile({
      suggestedName: fileName,
      filters: [{ name: info.filterName, extensions: [format] }],
      bytes: new TextEncoder().encode(text),
      mimeType: info.mimeType,
    });
    return toExportResult(result, fileName);
  }
}
