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
