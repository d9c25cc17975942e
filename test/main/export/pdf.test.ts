import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printWithChromium } from '../../../main/bridge/bridge-print';
import { buildCvDocument, DEFAULT_EXPORT_OPTIONS, documentBullets, renderPrintHtml, type CvDocument } from '../../../shared/cv/export';
import { PlanSchema } from '../../../shared/model';
import { achievement } from '../../support/plan-builders';
import { CV_FIXTURE_PROFILE, CV_TODAY, cvFixturePlan, longCvPlan } from '../../support/cv-fixture';
import { flat, PdfFile } from './pdf-tools';

/**
 * The PDF path end to end: the shared print HTML printed by real Chromium (the bridge's printer, the same
 * engine and template as Electron's printToPDF), read back with pdftotext. Proves the text is selectable
 * and in reading order, that what a parser extracts keeps each bullet on its own line with a real "•",
 * IDs and figures whole and no ligatures, and that page breaks fall between bullets, never inside one.
 */

async function printed(document: CvDocument, html = renderPrintHtml(document)): Promise<PdfFile> {
  return new PdfFile(await printWithChromium(html, document.pageSize));
}

/** Lines of the parser's text; a new page starts with a form feed, which is not part of the line. */
const rawLines = (pdf: PdfFile) => pdf.rawText().split(/[\n\f]/);

const fixtureDocument = () => buildCvDocument(cvFixturePlan(), DEFAULT_EXPORT_OPTIONS, CV_TODAY);

/** Tokens a line break must never split, at every position along a line (the filler shifts them). */
const UNBROKEN = ['GR656-123456', 'well-known', '40 %', '3 days', '£12,000 each'];
function tokensEverywherePlan() {
  const achievements = Array.from({ length: 18 }, (_, i) =>
    achievement({
      id: `t-${i}`,
      title: `t${i}`,
      date: `2026-01-${String(i + 1).padStart(2, '0')}`,
      cvBullet: `Renewed ${'the '.repeat(i)}credential GR656-123456 for a well-known scheme, with 40 % less effort over 3 days and £12,000 each year saved.`,
    }),
  );
  return PlanSchema.parse({ ...cvFixturePlan(), achievements });
}

describe('PDF export', () => {
  let short: PdfFile;
  let long: PdfFile;
  let tokens: PdfFile;
  let longDocument: CvDocument;
  let tokensDocument: CvDocument;

  beforeAll(async () => {
    short = await printed(fixtureDocument());
    longDocument = buildCvDocument(longCvPlan(24), { ...DEFAULT_EXPORT_OPTIONS, pageSize: 'Letter' }, CV_TODAY);
    long = await printed(longDocument);
    tokensDocument = buildCvDocument(tokensEverywherePlan(), { ...DEFAULT_EXPORT_OPTIONS, certifications: 'none', skillsSummary: false }, CV_TODAY);
    tokens = await printed(tokensDocument);
  }, 90_000);
  afterAll(() => {
    short?.dispose();
    long?.dispose();
    tokens?.dispose();
  });

  it('has selectable text in reading order: name, contact line, summary, then each role with its dates and bullets', () => {
    const text = flat(short.text());
    const inOrder = [
      'Alex Morgan',
      'Project Manager',
      'alex.morgan@example.com · 07700 900123 · Leeds, UK · www.linkedin.com/in/alex-morgan',
      CV_FIXTURE_PROFILE.summary,
      'EXPERIENCE',
      'Project Manager, Northwind Health',
      'Leeds · Mar 2021 – present',
      'Deliver digital projects for a regional NHS trust, reporting to the portfolio board.',
      ...documentBullets(fixtureDocument()).slice(0, 2).map((b) => `• ${b.text}`),
      'Project Coordinator, Contoso Retail',
      'Manchester · Jan 2018 – Feb 2021',
      ...documentBullets(fixtureDocument()).slice(2).map((b) => `• ${b.text}`),
      'CERTIFICATIONS',
      '• PRINCE2 7 Foundation, PeopleCert (AXELOS). Passed March 2024. Credential ID GR656-123456. Valid until March 2027.',
      'CERTIFICATIONS IN PROGRESS',
      '• P3O Foundation (Portfolio, Programme and Project Offices), PeopleCert (AXELOS). Exam booked for March 2027.',
      'SKILLS',
      '• Organisational skills: Status reporting (Expert), RAID management (Proficient).',
      'Page 1 of 1',
    ];
    let from = 0;
    for (const expected of inOrder) {
      const at = text.indexOf(expected, from);
      expect(at, `"${expected}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + expected.length;
    }
    // Earned and in progress never mix.
    const earned = text.slice(text.indexOf('CERTIFICATIONS'), text.indexOf('CERTIFICATIONS IN PROGRESS'));
    expect(earned).not.toMatch(/Exam booked|Studying/);
  });

  it('puts every bullet on its own line, starting with a real "•", in the text a parser extracts', () => {
    const lines = rawLines(short);
    const starts = lines.filter((line) => line.startsWith('•'));
    expect(starts).toHaveLength(5 + 2 + 2 + 2);
    for (const bullet of documentBullets(fixtureDocument())) {
      const at = lines.findIndex((line) => line.startsWith(`• ${bullet.text.slice(0, 30)}`));
      expect(at, bullet.text).toBeGreaterThanOrEqual(0);
      // From its "•" to the next line that starts something else, the lines are exactly this bullet.
      const end = lines.findIndex((line, i) => i > at && (line.startsWith('•') || line.trim() === ''));
      expect(flat(lines.slice(at, end).join(' '))).toBe(`• ${bullet.text}`);
    }
  });

  it('never breaks an ID, a hyphenated word or a number with its unit across lines', () => {
    const lines = rawLines(tokens);
    const bulletCount = documentBullets(tokensDocument).length;
    // The filler moves the tokens along the line, so some of them meet the line's end in every bullet set.
    expect(lines.filter((line) => line.startsWith('•'))).toHaveLength(bulletCount);
    for (const token of UNBROKEN) {
      const whole = lines.filter((line) => line.includes(token)).length;
      expect(whole, token).toBe(bulletCount);
    }
  });

  it('has no ligatures: none in the text, and no ligature glyphs (written as /ActualText) even in a font that has them', async () => {
    const text = short.rawText() + tokens.rawText();
    expect(text).not.toMatch(/[\uFB00-\uFB06]/);
    expect(text).toContain('the finance office');
    expect(short.streams()).not.toContain('/ActualText');
    // Liberation Sans, the font the PDF gets here, has no ligatures; DejaVu Sans does (as Calibri does on
    // Windows). Printed in it, the template must still write plain letters.
    const document = fixtureDocument();
    const inDejaVu = renderPrintHtml(document).replace(/font-family: [^;]+;/, 'font-family: "DejaVu Sans";');
    const pdf = await printed(document, inDejaVu);
    try {
      expect(pdf.streams()).not.toContain('/ActualText');
      expect(flat(pdf.rawText())).toContain('saving £120,000 in the first year');
    } finally {
      pdf.dispose();
    }
  }, 60_000);

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

  it('prints exports asked for at once each as its own document, as if one after another (the page is shared)', async () => {
    const [againShort, againLong, againTokens] = await Promise.all([printed(fixtureDocument()), printed(longDocument), printed(tokensDocument)]);
    try {
      expect(againShort.text()).toBe(short.text());
      expect(againLong.text()).toBe(long.text());
      expect(againLong.info()).toEqual(long.info());
      expect(againTokens.text()).toBe(tokens.text());
    } finally {
      for (const pdf of [againShort, againLong, againTokens]) pdf.dispose();
    }
  }, 90_000);
});
