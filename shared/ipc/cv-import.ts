import { z } from 'zod';
import { fileTooBigMessage, pickedFileSchema } from './files';
import { ImportFindingsSchema } from '../cv-import/findings';
import { CvLineSchema } from '../cv-import/cv-lines';

/**
 * A CV file crossing to main to be read (issue 15), as base64 like every picked file. What comes
 * back is either findings ready to review (JSON Resume, LinkedIn export) or a Word CV's lines for the
 * person to mark. Nothing in the plan changes until the reviewed change is applied.
 */

/** A LinkedIn export is a few MB (most of it messages, which are never unpacked); a JSON Resume a few KB. */
export const MAX_CV_FILE_BYTES = 20 * 1024 * 1024;
/** "This file is 50.0 MB; …": the same words whether the page or main notices the size. */
export function cvFileTooBigMessage(size: number): string {
  return `${fileTooBigMessage(size, MAX_CV_FILE_BYTES, 'a CV or LinkedIn export to import')} Nothing was imported.`;
}

export const CvFileSchema = pickedFileSchema(MAX_CV_FILE_BYTES, { tooLarge: 'That file is far too large to be a CV.', notWhole: 'The file did not arrive whole; try choosing it again.' });
export type CvFile = z.infer<typeof CvFileSchema>;

export const CvFileReadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('findings'), fileName: z.string(), findings: ImportFindingsSchema }),
  z.object({ kind: z.literal('lines'), fileName: z.string(), lines: z.array(CvLineSchema).max(5_000) }),
]);
export type CvFileRead = z.infer<typeof CvFileReadSchema>;
