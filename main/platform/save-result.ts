import type { ExportResult } from '../../shared/cv/export/formats';
import type { SaveFileResult } from './platform';

/** What a save through the Platform port means for the person: saved (where), downloaded, or cancelled. */
export function toExportResult(result: SaveFileResult, suggestedName: string): ExportResult {
  if (!result.saved) return { outcome: 'cancelled' };
  if (!result.location) return { outcome: 'downloaded', fileName: suggestedName };
  const location = result.location;
  return { outcome: 'saved', fileName: location.slice(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1), location };
}
