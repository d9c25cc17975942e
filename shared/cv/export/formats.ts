import { z } from 'zod';

/**
 * The file formats an export can produce, with what the save dialog and the browser download need.
 * DOCX first: it is the format applicant tracking systems parse most reliably (pmo-facts.md).
 */
export const EXPORT_FORMATS = ['docx', 'pdf', 'txt', 'md', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);

export interface ExportFormatInfo {
  /** The button's words. */
  label: string;
  extension: string;
  mimeType: string;
  /** The save dialog's file-type filter. */
  filterName: string;
}

export const EXPORT_FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  docx: { label: 'DOCX', extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', filterName: 'Word document' },
  pdf: { label: 'PDF', extension: 'pdf', mimeType: 'application/pdf', filterName: 'PDF document' },
  txt: { label: 'Plain text', extension: 'txt', mimeType: 'text/plain;charset=utf-8', filterName: 'Text file' },
  md: { label: 'Markdown', extension: 'md', mimeType: 'text/markdown;charset=utf-8', filterName: 'Markdown file' },
  json: { label: 'JSON Resume', extension: 'json', mimeType: 'application/json', filterName: 'JSON Resume file' },
};

/** What an export call reports: where the file went, or that the person cancelled the save dialog. */
export const ExportResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), fileName: z.string(), location: z.string() }),
  z.object({ outcome: z.literal('downloaded'), fileName: z.string() }),
  z.object({ outcome: z.literal('cancelled') }),
]);
export type ExportResult = z.infer<typeof ExportResultSchema>;

/** Characters no common file system accepts in a name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/** Words the person typed, made safe to be part of a file name on every system (at most `max` characters). */
export function fileNamePart(text: string, max: number): string {
  return text.replace(UNSAFE_IN_FILE_NAMES, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '').slice(0, max);
}

/**
 * "Achievements - Alex Morgan - 2026-11.docx": what the list is, whose it is and when it was made, so a
 * folder of exports sorts and reads well. `today` is YYYY-MM-DD.
 */
export function exportFileName(personName: string, format: ExportFormat, today: string): string {
  const name = fileNamePart(personName, 80);
  const parts = ['Achievements', ...(name !== '' ? [name] : []), today.slice(0, 7)];
  return `${parts.join(' - ')}.${EXPORT_FORMAT_INFO[format].extension}`;
}
