import { z } from 'zod';
import { fileTooBigMessage, pickedFileSchema } from './files';

/**
 * Job listings as they cross the process boundary: a dropped file goes to main as base64 (the one form
 * both transports carry unchanged, Electron's structured clone and the bridge's JSON), and comes back
 * as its text; a comparison is exported by main from the stored listing.
 */

/** Far above any advert (a PDF of one is ~100 KB), small enough to refuse a wrong file at once. */
export const MAX_LISTING_FILE_BYTES = 10 * 1024 * 1024;

/** "This file is 12.3 MB; …": the same words whether the page or main notices the size. */
export function listingFileTooBigMessage(size: number): string {
  return `${fileTooBigMessage(size, MAX_LISTING_FILE_BYTES, 'a job listing file')} Copy the listing's text and paste it in.`;
}

export const ListingFileSchema = pickedFileSchema(MAX_LISTING_FILE_BYTES, { tooLarge: 'That file is far too large to be a job listing.', notWhole: 'The file did not arrive whole; try adding it again.' });
export type ListingFile = z.infer<typeof ListingFileSchema>;

export const ListingFileTextSchema = z.object({
  text: z.string(),
  format: z.enum(['txt', 'docx', 'pdf']),
});
export type ListingFileText = z.infer<typeof ListingFileTextSchema>;

/** The formats a listing's comparison exports to. Here, with the contract: the analysis behind it stays out of every start-up bundle. */
export const COMPARISON_FORMATS = ['txt', 'md'] as const;
export type ComparisonFormat = (typeof COMPARISON_FORMATS)[number];
export const ComparisonFormatSchema = z.enum(COMPARISON_FORMATS);
