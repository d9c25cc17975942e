import type { ImportWarning } from './findings';

/**
 * Reading a document we did not write, one field at a time: a value of the wrong type is skipped and
 * reported ("work[2].startDate: not a date we can read, left out"), never the whole file refused. An
 * absent field is simply empty.
 */
export class LenientReader {
  readonly warnings: ImportWarning[] = [];

  warn(where: string, message: string): void {
    this.warnings.push({ where, message });
  }

  /** The object at `where`, or null (warned when something else is there). */
  object(value: unknown, where: string): Record<string, unknown> | null {
    if (value === undefined || value === null) return null;
    if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    this.warn(where, 'is not a group of fields, so it was left out.');
    return null;
  }

  /** The list at `where` (empty when absent; warned and empty when it is not a list). */
  list(value: unknown, where: string): unknown[] {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.warn(where, 'is not a list, so it was left out.');
    return [];
  }

  /** Text, whitespace collapsed and cut to `max` characters (warned when cut or not text). */
  text(value: unknown, where: string, max: number): string {
    if (value === undefined || value === null) return '';
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') {
      this.warn(where, 'is not text, so it was left out.');
      return '';
    }
    const text = value.replace(/\s+/g, ' ').trim();
    if (text.length <= max) return text;
    this.warn(where, `is longer than ${max.toLocaleString('en-GB')} characters; the rest was cut.`);
    return shorten(text, max);
  }
}

/** `text` cut at a word boundary to at most `max` characters, with "…" when it was cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
