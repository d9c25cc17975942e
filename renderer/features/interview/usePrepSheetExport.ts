import type { PrepSheetFormat } from '../../../shared/ipc/interview';
import { api } from '../../lib/api';
import { useFileExport } from '../../lib/useFileExport';

/** The interview prep sheet exported by main from the stored plan (see useFileExport for how it is reported). */
export function usePrepSheetExport() {
  return useFileExport('the prep sheet', (questionIds: string[], subtitle: string, format: PrepSheetFormat) => api.exportPrepSheet({ questionIds, subtitle }, format));
}
