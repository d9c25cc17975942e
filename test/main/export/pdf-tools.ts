import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * poppler-utils as an independent reader of our PDFs: pdftotext -layout gives the text the way a
 * parser (or a person selecting it) gets it, page by page; pdfinfo gives the page count and size.
 */
export class PdfFile {
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-pdf-'));
  readonly file = path.join(this.dir, 'out.pdf');

  constructor(bytes: Uint8Array) {
    fs.writeFileSync(this.file, bytes);
  }

  info(): { pages: number; pageSize: string } {
    const info = execFileSync('pdfinfo', [this.file], { encoding: 'utf8' });
    return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), pageSize: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '' };
  }

  /** The text of pages first..last (all when omitted), laid out as on the page. */
  text(first?: number, last?: number): string {
    const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', ...range, this.file, '-'], { encoding: 'utf8' });
  }

  /** The text in reading order without -layout: what a parser that follows the text stream gets. */
  rawText(): string {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', this.file, '-'], { encoding: 'utf8' });
  }

  /**
   * Every Flate-compressed stream of the file inflated (as latin1): page content and font data, to look
   * for operators such as /ActualText that pdftotext resolves silently.
   */
  streams(): string {
    const bytes = fs.readFileSync(this.file);
    const out: string[] = [];
    const marker = /stream\r?\n/g;
    const raw = bytes.toString('latin1');
    for (let match = marker.exec(raw); match !== null; match = marker.exec(raw)) {
      const start = match.index + match[0].length;
      const end = raw.indexOf('endstream', start);
      if (end === -1) break;
      let stop = end;
      while (raw[stop - 1] === '\n' || raw[stop - 1] === '\r') stop -= 1;
      try {
        out.push(zlib.inflateSync(bytes.subarray(start, stop)).toString('latin1'));
      } catch {
        // Not Flate data (or trailing bytes before endstream): not a content stream we need.
      }
      marker.lastIndex = end;
    }
    return out.join('\n');
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Whitespace collapsed, so a bullet wrapped over two lines reads as one run of text. */
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
