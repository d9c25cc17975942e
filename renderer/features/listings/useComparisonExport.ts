import type { ComparisonFormat } from '../../../shared/listings';
import { api } from '../../lib/api';
import { useFileExport } from '../../lib/useFileExport';

/** One listing's comparison exported by main (see useFileExport for how it is reported). */
export function useComparisonExport() {
  return useFileExport('the comparison', (listingId: string, format: ComparisonFormat) => api.exportListingComparison(listingId, format));
}
