import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPrepSheetDocx } from '../../../main/services/interview/prep-sheet-docx';
import { buildPrepSheet, NO_STORY_YET } from '../../../shared/interview/prep-sheet/document';
import { SOURCE_GONE_MESSAGE } from '../../../shared/interview/story-source';
import { interviewFixturePlan, PREP_FIXTURE_ENTRIES, PREP_FIXTURE_QUESTION_IDS, STORY_KEY_NUMBERS, STORY_PARTS } from '../../support/interview-fixture';

/**
 * The prep sheet's Word file read back by an independent reader: mammoth maps Word's Heading styles to
 * h1/h2 and real bulleted paragraphs to ul/li (a typed "•" would come back as a plain <p>). Its zip
 * parts are inspected for what the app's Word files never hold (headers, footers, tables).
 */

const SUBTITLE = 'For PMO Analyst, Northwind Health';
const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

interface Block {
  tag: string;
  text: string;
  html: string;
}

let html: string;
let warnings: unknown[];
let blocks: Block[];
let zip: JSZip;
let body: string;

beforeAll(async () => {
  const bytes = await renderPrepSheetDocx(buildPrepSheet(interviewFixturePlan(), PREP_FIXTURE_QUESTION_IDS, SUBTITLE));
  const read = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  html = read.value;
  warnings = read.messages.filter((m) => m.type === 'warning');
  blocks = [...html.matchAll(/<(h1|h2|p|li)>(.*?)<\/\1>/g)].map((m) => ({ tag: m[1]!, html: m[2]!, text: decode(m[2]!.replace(/<[^>]+>/g, '')) }));
  zip = await JSZip.loadAsync(bytes);
  body = await zip.file('word/document.xml')!.async('string');
});

/** The blocks from the n-th question's heading (0-based) up to the next question's. */
function section(n: number): Block[] {
  const starts = blocks.flatMap((b, i) => (b.tag === 'h2' ? [i] : []));
  return blocks.slice(starts[n], starts[n + 1] ?? blocks.length);
}

const PART = /^(Situation|Task|Action|Result|Reflection: what I would do differently):/;

describe('prep sheet DOCX', () => {
  it('reads back with no warnings: the title as Heading 1, then one numbered Heading 2 per question in the order asked', () => {
    expect(warnings).toEqual([]);
    const headings = blocks.filter((b) => b.tag.startsWith('h')).map((b) => `${b.tag} ${b.text}`);
    expect(headings).toEqual(['h1 Interview preparation: Alex Morgan', ...PREP_FIXTURE_ENTRIES.map((e, i) => `h2 ${i + 1}. ${e.question}`)]);
    expect(html.startsWith(`<h1>Interview preparation: Alex Morgan</h1><p>${SUBTITLE}</p><h2>1. `)).toBe(true);
  });

  it("has each story's parts as paragraphs after its question, labelled in bold, in STAR order then the reflection", () => {
    PREP_FIXTURE_ENTRIES.forEach((entry, n) => {
      if (entry.storyId === null) return;
      const blocksOfSection = section(n);
      const parts = blocksOfSection.filter((b) => b.tag === 'p' && PART.test(b.text));
      expect(parts.map((p) => p.text), entry.question).toEqual(STORY_PARTS[entry.storyId]);
      // The label alone is bold; the person's words are plain text, with no markup inside.
      for (const part of parts) expect(part.html).toMatch(/^<strong>[^<]+:<\/strong> [^<]+$/);
      // The story's title comes before its first part.
      const title = blocksOfSection.findIndex((b) => b.text.startsWith('Story: '));
      expect(title).toBeGreaterThan(0);
      expect(title).toBeLessThan(blocksOfSection.indexOf(parts[0]!));
    });
  });

  it("lists the key numbers as real list items under \"Key numbers:\", after the story's parts", () => {
    PREP_FIXTURE_ENTRIES.forEach((entry, n) => {
      if (entry.storyId === null) return;
      const blocksOfSection = section(n);
      const items = blocksOfSection.filter((b) => b.tag === 'li').map((b) => b.text);
      expect(items, entry.question).toEqual(STORY_KEY_NUMBERS[entry.storyId]);
      const label = blocksOfSection.findIndex((b) => b.tag === 'p' && b.text === 'Key numbers:');
      expect(blocksOfSection[label + 1]!.tag).toBe('li');
      expect(label).toBeGreaterThan(blocksOfSection.findLastIndex((b) => PART.test(b.text)));
    });
    expect(html.match(/<p><strong>Key numbers:<\/strong><\/p><ul><li>/g)).toHaveLength(4);
    expect(html).not.toContain('•');
  });

  it('says "No story prepared yet." under a question no story answers, and nothing else', () => {
    const none = PREP_FIXTURE_ENTRIES.findIndex((e) => e.storyId === null);
    expect(section(none).map((b) => `${b.tag} ${b.text}`)).toEqual([`h2 ${none + 1}. ${PREP_FIXTURE_ENTRIES[none]!.question}`, `p ${NO_STORY_YET}`]);
    expect(blocks.filter((b) => b.text === NO_STORY_YET)).toHaveLength(1);
  });

  it('says where each story came from: the achievement, that it has been deleted, or nothing when written from scratch', () => {
    const texts = (storyId: string) => section(PREP_FIXTURE_ENTRIES.findIndex((e) => e.storyId === storyId)).map((b) => b.text);
    expect(texts('st-gone')).toContain(SOURCE_GONE_MESSAGE);
    expect(texts('st-conflict')).toContain('From the achievement “Weekly RAG review”');
    expect(texts('st-governance').filter((t) => t.startsWith('From the achievement') || t === SOURCE_GONE_MESSAGE)).toEqual([]);
    expect(blocks.filter((b) => b.text === SOURCE_GONE_MESSAGE)).toHaveLength(1);
  });

  it("keeps the person's characters as text: no markup comes out of \"*\", \"_\", \"<b>\" or \"&\"", () => {
    expect(html).toContain('they called it _box-ticking_ and "PMO &lt;b&gt;admin&lt;/b&gt;".');
    expect(html).toContain('the same *critical* week &amp; neither would move.');
    expect(html).toContain('<h2>2. Why do you want to move from &lt;b&gt;project&lt;/b&gt; delivery into a PMO_role?</h2>');
    expect(html).not.toContain('<b>');
  });

  it('has no header or footer parts, no tables and no text boxes, on an A4 page with a real Word bullet list', async () => {
    const parts = Object.keys(zip.files);
    expect(parts).toContain('word/document.xml');
    expect(parts.filter((p) => /^word\/(header|footer)\d*\.xml$/.test(p))).toEqual([]);
    expect(body).not.toMatch(/<w:(tbl|headerReference|footerReference|txbxContent|drawing)\b/);
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const numbering = await zip.file('word/numbering.xml')!.async('string');
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/>/);
    const listParagraphs = body.match(/<w:p>(?:(?!<\/w:p>).)*<w:numPr>(?:(?!<\/w:p>).)*<\/w:p>/gs) ?? [];
    expect(listParagraphs).toHaveLength(Object.values(STORY_KEY_NUMBERS).flat().length + STORY_KEY_NUMBERS['st-conflict']!.length);
  });
});
