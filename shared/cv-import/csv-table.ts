import Papa from 'papaparse';

/**
 * One CSV file of an export, read with Papa Parse (quoted fields over several lines, escaped quotes,
 * CRLF) rather than by hand. LinkedIn's files may start with a UTF-8 BOM and a "Notes:" preamble above
 * the header, so the header is the first row that holds every `required` column; rows are then objects
 * by column name, blank rows dropped. Null when no such header exists (the wrong file, or its columns
 * renamed), so the caller can say which columns it looked for.
 */
export function csvRows(text: string, required: readonly string[]): Record<string, string>[] | null {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  const headerIndex = rows.findIndex((row) => required.every((column) => row.some((cell) => cell.trim() === column)));
  if (headerIndex === -1) return null;
  const header = rows[headerIndex]!.map((cell) => cell.trim());
  return rows.slice(headerIndex + 1).map((row) => Object.fromEntries(header.map((column, i) => [column, (row[i] ?? '').trim()])));
}
