import { z } from 'zod';

/**
 * A file the person picked, as it crosses to main: its name and its bytes as base64, the one form both
 * transports carry unchanged (Electron's structured clone and the bridge's JSON). Shared by every
 * contract method that takes a file, so each refuses a wrong one in the same words.
 */

const MB = 1024 * 1024;

/**
 * "This file is 12.3 MB; a job listing file is at most 10 MB.": the same words whether the page or
 * main notices the size. Never "10.0 MB" for a file just over the limit: that would read as within it.
 */
export function fileTooBigMessage(size: number, limitBytes: number, whatItIs: string): string {
  const limit = limitBytes / MB;
  const shown = Math.max(Math.round((size / MB) * 10) / 10, limit + 0.1);
  return `This file is ${shown.toFixed(1)} MB; ${whatItIs} is at most ${limit} MB.`;
}

/**
 * The schema of a picked file of at most `limitBytes`. The length cap is a transport guard with room
 * for a file somewhat over the limit, so main can say how big it was (fileTooBigMessage).
 */
export function pickedFileSchema(limitBytes: number, words: { tooLarge: string; notWhole: string }) {
  return z.object({
    fileName: z.string().max(260),
    base64: z
      .string()
      .max(Math.ceil((limitBytes * 1.5 * 4) / 3), words.tooLarge)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, words.notWhole),
  });
}
