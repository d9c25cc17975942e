import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printWithChromium } from '../../../main/bridge/bridge-print';
import { buildCvDocument, DEFAULT_EXPORT_OPTIONS, documentBullets, renderPrintHtml, type CvDocument } from '../../../shared/cv/export';
import { CV_TODAY, cvFixturePlan, longCvPlan } from '../../support/cv-fixture';
import { flat, PdfFile } from './pdf-tools';

/**
 * The PDF path end to end: the shared print HTML printed by real Chromium (the bridge's printer, the same
 * engine and template as Electron's printToPDF), read back with pdftotext. Proves the text is selectable
 * and in reading order, and that page breaks fall between bullets, never inside one.
 */

async function printed(document: CvDocument): Promise<PdfFile> {
  return new PdfFile(await printWithChromium(renderPrintHtml(document), document.pageSize));
}

describe('PDF export', () => {
  let short: PdfFile;
  let long: PdfFile;
  let longDocument: CvDocument;

  beforeAll(async () => {
    short = await printed(buildCvDocument(cvFixturePlan(), DEFAULT_EXPORT_OPTIONS, CV_TODAY));
    longDocument = buildCvDocument(longCvPlan(24), { ...DEFAULT_EXPORT_OPTIONS, pageSize: 'Letter' }, CV_TODAY);
    long = await printed(longDocument);
  }, 60_000);
  afterAll(() => {
    short?.dispose();
    long?.dispose();
  });

  it('has selectable text in reading order: headings, then each bullet whole', () => {
    const text = flat(short.text());
    const inOrder = [
      'Alex Morgan',
      'Project Manager',
      'EXPERIENCE',
      'Project Manager, Northwind Health',
      ...documentBullets(buildCvDocument(cvFixturePlan(), DEFAULT_EXPORT_OPTIONS, CV_TODAY)).map((b) => b.text),
      'CERTIFICATIONS',
      'PRINCE2 7 Foundation, PeopleCert (AXELOS). Passed March 2024. Credential ID GR656-123. Valid until March 2027.',
      'SKILLS',
      'Organisational skills: Status reporting (Expert), RAID management (Proficient).',
      'Page 1 of 1',
    ];
    let from = 0;
    for (const expected of inOrder) {
      const at = text.indexOf(expected, from);
      expect(at, `"${expected}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + expected.length;
    }
  });

  it('uses the page size asked for and puts only the page number in the footer', () => {
    expect(short.info()).toEqual({ pages: 1, pageSize: expect.stringContaining('(A4)') });
    expect(long.info().pageSize).toContain('(letter)');
    const lastLine = short.text().trimEnd().split('\n').at(-1)!.trim();
    expect(lastLine).toBe('Page 1 of 1');
  });

  it('breaks a long list between bullets: every bullet appears whole on exactly one page', () => {
    const { pages } = long.info();
    expect(pages).toBeGreaterThanOrEqual(2);
    const pageTexts = Array.from({ length: pages }, (_, i) => flat(long.text(i + 1)));
    const bullets = documentBullets(longDocument);
    expect(bullets).toHaveLength(24);
    for (const bullet of bullets) {
      const holding = pageTexts.filter((page) => page.includes(bullet.text)).length;
      expect(holding, bullet.text.slice(0, 30)).toBe(1);
      // And no page holds just its start or just its end (a bullet split across a page break).
      const [start] = bullet.text.split(':');
      const end = bullet.text.slice(-10);
      const withStart = pageTexts.findIndex((page) => page.includes(`${start}:`));
      const withEnd = pageTexts.findIndex((page) => page.includes(end));
      expect(withStart).toBe(withEnd);
    }
    pageTexts.forEach((page, i) => expect(page.endsWith(`Page ${i + 1} of ${pages}`)).toBe(true));
  });
});
