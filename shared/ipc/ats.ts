import { z } from 'zod';

/**
 * The ATS self-check as it crosses the process boundary (issue 16): the page asks for the current export
 * options in DOCX or PDF; main renders the file exactly as an export would, reads it back and answers
 * with the checklist (shared/ats/checks.ts), never saving anything.
 */

export const ATS_FORMATS = ['docx', 'pdf'] as const;
export type AtsFormat = (typeof ATS_FORMATS)[number];
export const AtsFormatSchema = z.enum(ATS_FORMATS);

export const AtsCheckSchema = z.object({
  id: z.enum(['bullets', 'contact', 'headings', 'characters', 'text', 'pages', 'split', 'file-name']),
  ok: z.boolean(),
  summary: z.string(),
  problems: z.array(z.string()),
  fix: z.string().nullable(),
});

export const AtsReportSchema = z.object({
  format: AtsFormatSchema,
  fileName: z.string(),
  pages: z.array(z.string()),
  checks: z.array(AtsCheckSchema),
});
