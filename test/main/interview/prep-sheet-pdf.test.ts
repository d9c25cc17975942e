import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printWithChromium } from '../../../main/bridge/bridge-print';
import { buildPrepSheet, NO_STORY_YET, type PrepSheetDocument } from '../../../shared/interview/prep-sheet/document';
import { renderPrepSheetHtml } from '../../../shared/interview/prep-sheet/print-html';
import { SOURCE_GONE_MESSAGE } from '../../../shared/interview/story-source';
import { PlanSchema, QuestionFieldsSchema, StoryFieldsSchema } from '../../../shared/model';
import { FIXED_NOW } from '../../support/plan-builders';
import { interviewFixturePlan, PREP_FIXTURE_ENTRIES, PREP_FIXTURE_QUESTION_IDS, STORY_KEY_NUMBERS, STORY_PARTS } from '../../support/interview-fixture';
import { flat, PdfFile } from '../export/pdf-tools';

/**
 * The prep sheet's PDF end to end: its print HTML printed by real Chromium (the bridge's printer, the
 * engine and template Electron's printToPDF uses), read back with poppler's pdftotext and pdfinfo. The
 * text must be in reading order, whole (no ligatures, no ID or figure split over two lines) and the
 * person's own characters, on the page size of their CV.
 */

const fixtureDocument = () => buildPrepSheet(interviewFixturePlan(), PREP_FIXTURE_QUESTION_IDS, 'For PMO Analyst, Northwind Health');

async function printed(document: PrepSheetDocument, html = renderPrepSheetHtml(document)): Promise<PdfFile> {
  return new PdfFile(await printWithChromium(html, document.pageSize));
}

/** Lines of the parser's text; a new page starts with a form feed, which is not part of the line. */
const rawLines = (pdf: PdfFile) => pdf.rawText().split(/[\n\f]/);
const occurrences = (text: string, token: string) => text.split(token).length - 1;

/**
 * A sheet of 34 questions whose stories carry an ID and a figure, pushed 3 characters further along
 * the line each time, so in some of them the token meets the end of a line. Letter-size, from the
 * profile.
 */
const UNBROKEN = ['GR656-123456', '40 %'];
function tokensDocument(): PrepSheetDocument {
  const stamps = { createdAt: FIXED_NOW, updatedAt: FIXED_NOW };
  const ids = Array.from({ length: 34 }, (_, i) => `mq-${i}`);
  const base = interviewFixturePlan();
  const plan = PlanSchema.parse({
    ...base,
    profile: { ...base.profile, cvPageSize: 'Letter' },
    questions: ids.map((id, i) => ({ ...QuestionFieldsSchema.parse({ id, text: `Question ${i}?` }), ...stamps })),
    stories: ids.map((id, i) => ({
      ...StoryFieldsSchema.parse({ id: `st-${id}`, title: `Story ${i}`, questionIds: [id], star: { action: `Renewed ${'ab '.repeat(i)}the supplier ID GR656-123456 with 40 % less effort.` } }),
      ...stamps,
    })),
  });
  return buildPrepSheet(plan, ids);
}

/** How often the sheet states `token` in the story parts and key numbers it prints. */
const statedIn = (document: PrepSheetDocument, token: string) =>
  document.entries.reduce((sum, e) => sum + [...(e.story?.parts.map((p) => p.text) ?? []), ...(e.story?.keyNumbers ?? [])].reduce((n, t) => n + occurrences(t, token), 0), 0);

describe('prep sheet PDF', () => {
  let sheet: PdfFile;
  let tokens: PdfFile;
  let tokensDoc: PrepSheetDocument;

  beforeAll(async () => {
    sheet = await printed(fixtureDocument());
    tokensDoc = tokensDocument();
    tokens = await printed(tokensDoc);
  }, 90_000);
  afterAll(() => {
    sheet?.dispose();
    tokens?.dispose();
  });

  it('has selectable text in reading order: each question, then its story parts and key numbers, before the next question', () => {
    // Compared without case here: the question headings' case is checked on its own below.
    const text = flat(sheet.rawText()).toLowerCase();
    const inOrder = ['Interview preparation: Alex Morgan', 'For PMO Analyst, Northwind Health'];
    PREP_FIXTURE_ENTRIES.forEach((entry, i) => {
      inOrder.push(`${i + 1}. ${entry.question}`);
      if (entry.storyId === null) inOrder.push(NO_STORY_YET);
      else inOrder.push(...STORY_PARTS[entry.storyId]!, 'Key numbers:', ...STORY_KEY_NUMBERS[entry.storyId]!.map((n) => `• ${n}`));
    });
    let from = 0;
    for (const expected of inOrder) {
      const at = text.indexOf(expected.toLowerCase(), from);
      expect(at, `"${expected}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + expected.length;
    }
    // Each question is there once, numbered as asked.
    const headings = rawLines(sheet).filter((line) => /^\d+\. /.test(line)).map((line) => Number(line.split('.')[0]));
    expect(headings).toEqual([1, 2, 3, 4, 5]);
  });

  it("gives each story part and the source notes back exactly as written, with the person's characters literal", () => {
    const text = flat(sheet.rawText());
    for (const part of Object.values(STORY_PARTS).flat()) expect(text).toContain(part);
    expect(text).toContain(SOURCE_GONE_MESSAGE);
    expect(text).toContain('From the achievement “Weekly RAG review”');
    expect(text).toContain('they called it _box-ticking_ and "PMO <b>admin</b>".');
    expect(text).toContain('the same *critical* week & neither would move.');
    expect(text).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
  });

  it('gives each question back as the person or the bank wrote it, not changed to capitals', () => {
    const text = flat(sheet.rawText());
    PREP_FIXTURE_ENTRIES.forEach((entry, i) => expect(text, entry.question).toContain(`${i + 1}. ${entry.question}`));
  });

  it('never breaks an ID or a number with its unit across lines', () => {
    const lines = rawLines(tokens);
    for (const token of UNBROKEN) {
      const stated = statedIn(tokensDoc, token);
      expect(stated, token).toBe(34 * 2);
      expect(lines.reduce((n, line) => n + occurrences(line, token), 0), token).toBe(stated);
    }
    const fixture = fixtureDocument();
    for (const token of UNBROKEN) {
      expect(rawLines(sheet).reduce((n, line) => n + occurrences(line, token), 0), token).toBe(statedIn(fixture, token));
    }
  });

  it('has no ligatures, not even printed in a font that has them (DejaVu Sans), and real "•" bullets', async () => {
    const text = sheet.rawText() + tokens.rawText();
    expect(text).not.toMatch(/[\uFB00-\uFB06]/);
    expect(text).toContain('the finance office');
    expect(text).toContain('to fifteen &');
    expect(sheet.streams()).not.toContain('/ActualText');
    const document = fixtureDocument();
    const inDejaVu = renderPrepSheetHtml(document).replace(/font-family: [^;]+;/, 'font-family: "DejaVu Sans";');
    expect(inDejaVu).not.toBe(renderPrepSheetHtml(document));
    const pdf = await printed(document, inDejaVu);
    try {
      expect(pdf.streams()).not.toContain('/ActualText');
      expect(pdf.rawText()).not.toMatch(/[\uFB00-\uFB06]/);
      expect(flat(pdf.rawText())).toContain('draft the work flow with me from the start.');
    } finally {
      pdf.dispose();
    }
    expect(rawLines(sheet).filter((line) => line.startsWith('• '))).toHaveLength(Object.values(STORY_KEY_NUMBERS).flat().length + STORY_KEY_NUMBERS['st-conflict']!.length);
  }, 60_000);

  it('keeps each question on the page of its story and its first part, and never splits a part across pages', () => {
    const { pages } = tokens.info();
    const pageTexts = Array.from({ length: pages }, (_, i) => flat(tokens.text(i + 1)).toLowerCase());
    tokensDoc.entries.forEach((entry, i) => {
      const part = entry.story!.parts[0]!;
      const block = `${i + 1}. ${entry.question} story: ${entry.story!.title} ${part.label}: ${part.text}`.toLowerCase();
      expect(pageTexts.filter((page) => page.includes(block)), block).toHaveLength(1);
    });
  });

  it("uses the page size of the person's CV: A4 for the fixture, Letter when the profile says so", () => {
    expect(sheet.info().pageSize).toContain('(A4)');
    expect(tokens.info().pageSize).toContain('(letter)');
    expect(tokens.info().pages).toBeGreaterThanOrEqual(2);
  });
});
