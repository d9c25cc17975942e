import { z } from 'zod';
import { IdSchema } from '../model/primitives';

/**
 * The interview prep sheet as it crosses the process boundary: which questions, in order, and a line
 * saying what the set is for. Main builds the sheet from the stored plan (its stories), so the file
 * always holds what was saved.
 */

export const PREP_SHEET_FORMATS = ['docx', 'pdf', 'md'] as const;
export type PrepSheetFormat = (typeof PREP_SHEET_FORMATS)[number];
export const PrepSheetFormatSchema = z.enum(PREP_SHEET_FORMATS);

export const MAX_PREP_SHEET_QUESTIONS = 200;

export const PrepSheetRequestSchema = z.object({
  questionIds: z
    .array(IdSchema)
    .min(1, 'Choose at least one question for the prep sheet.')
    .max(MAX_PREP_SHEET_QUESTIONS, `A prep sheet holds at most ${MAX_PREP_SHEET_QUESTIONS} questions.`),
  /** E.g. "For PMO Analyst, Northwind Health"; '' for none. */
  subtitle: z.string().max(200, 'Keep the line under the title under 200 characters.').default(''),
});
export type PrepSheetRequest = z.input<typeof PrepSheetRequestSchema>;
