import { vi } from 'vitest';
import type { SaveFileRequest, SaveFileResult } from '../../main/platform/platform';

/**
 * A Platform's saveFile and printToPdf for export tests: records each file offered to the save dialog
 * and each page printed, answers the dialog with `answer`, and prints `pdfBytes`.
 */
export function fakeSavePlatform(answer: SaveFileResult, pdfBytes: Uint8Array = new TextEncoder().encode('%PDF-fake')) {
  const saved: SaveFileRequest[] = [];
  const printed: { html: string; pageSize: string }[] = [];
  return {
    saved,
    printed,
    saveFile: vi.fn(async (request: SaveFileRequest) => {
      saved.push(request);
      return answer;
    }),
    printToPdf: vi.fn(async (html: string, pageSize: 'A4' | 'Letter') => {
      printed.push({ html, pageSize });
      return pdfBytes;
    }),
  };
}
