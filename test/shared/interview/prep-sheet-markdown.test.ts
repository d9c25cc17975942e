import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { buildPrepSheet, NO_STORY_YET } from '../../../shared/interview/prep-sheet/document';
import { renderPrepSheetMarkdown } from '../../../shared/interview/prep-sheet/markdown';
import { SOURCE_GONE_MESSAGE } from '../../../shared/interview/story-source';
import { BANK_TEXT, interviewFixturePlan, MY_SPONSOR_QUESTION, PREP_FIXTURE_ENTRIES, PREP_FIXTURE_QUESTION_IDS, STORY_KEY_NUMBERS, STORY_PARTS } from '../../support/interview-fixture';

/**
 * The prep sheet's Markdown read back by an independent Markdown reader (marked's lexer): the headings,
 * the story parts and the key-number list must come out as those structures, and whatever the person
 * typed ("*", "_", "<b>", "&") as literal text, never as emphasis or HTML.
 */

const lex = (questionIds: readonly string[] = PREP_FIXTURE_QUESTION_IDS, subtitle = '') =>
  marked.lexer(renderPrepSheetMarkdown(buildPrepSheet(interviewFixturePlan(), questionIds, subtitle)));

/** The text a reader sees in inline tokens (escapes resolved). */
function plain(tokens: Token[] = []): string {
  return tokens.map((t) => ('tokens' in t && t.tokens ? plain(t.tokens) : 'text' in t ? String(t.text) : '')).join('');
}

/** Every token type in a tree (inline tokens and list items included). */
function typesIn(tokens: Token[] = []): string[] {
  return tokens.flatMap((t) => [t.type, ...typesIn('tokens' in t ? t.tokens : []), ...(t.type === 'list' ? typesIn((t as Tokens.List).items) : [])]);
}

const headings = (tokens: Token[]) => tokens.filter((t): t is Tokens.Heading => t.type === 'heading');

/** The block tokens from the n-th question's heading (0-based) up to the next, spaces dropped. */
function section(tokens: Token[], n: number): Token[] {
  const starts = tokens.flatMap((t, i) => (t.type === 'heading' && t.depth === 2 ? [i] : []));
  return tokens.slice(starts[n], starts[n + 1] ?? tokens.length).filter((t) => t.type !== 'space');
}

const PART = /^(Situation|Task|Action|Result|Reflection: what I would do differently):/;

describe('prep sheet Markdown', () => {
  it('has exactly one "#" heading, the title, and one "##" heading per question, numbered in the order asked', () => {
    const tokens = lex();
    const all = headings(tokens);
    expect(all.filter((h) => h.depth === 1).map((h) => plain(h.tokens))).toEqual(['Interview preparation: Alex Morgan']);
    expect(all[0]).toBe(tokens[0]);
    expect(all.filter((h) => h.depth === 2).map((h) => plain(h.tokens))).toEqual(PREP_FIXTURE_ENTRIES.map((e, i) => `${i + 1}. ${e.question}`));
    expect(all.every((h) => h.depth <= 2)).toBe(true);
  });

  it("has each story's parts as paragraphs with a bold label, in STAR order then the reflection, the person's words plain", () => {
    const tokens = lex();
    PREP_FIXTURE_ENTRIES.forEach((entry, n) => {
      if (entry.storyId === null) return;
      const parts = section(tokens, n).filter((t): t is Tokens.Paragraph => t.type === 'paragraph' && PART.test(plain(t.tokens)));
      expect(parts.map((p) => plain(p.tokens)), entry.question).toEqual(STORY_PARTS[entry.storyId]);
      for (const part of parts) {
        const [label, ...words] = part.tokens;
        expect(label!.type).toBe('strong');
        expect(typesIn(words).every((type) => type === 'text' || type === 'escape'), plain(part.tokens)).toBe(true);
      }
    });
  });

  it('gives "*", "_", "<b>" and "&" back as literal text: no emphasis and no HTML made of what the person typed', () => {
    const tokens = lex();
    expect(typesIn(tokens)).not.toContain('html');
    const texts = tokens.map((t) => ('tokens' in t ? plain(t.tokens) : ''));
    expect(texts).toContain('Situation: Project managers skipped the stage-gate checklist; they called it _box-ticking_ and "PMO <b>admin</b>".');
    expect(texts).toContain('Situation: Two project managers both booked the only test environment for the same *critical* week & neither would move.');
    for (const question of [MY_SPONSOR_QUESTION, PREP_FIXTURE_ENTRIES[1].question]) {
      const heading = headings(tokens).find((h) => plain(h.tokens).endsWith(question))!;
      expect(typesIn(heading.tokens).every((type) => type === 'text' || type === 'escape'), question).toBe(true);
    }
  });

  it('lists the key numbers as a Markdown list right after "Key numbers:"', () => {
    const tokens = lex();
    PREP_FIXTURE_ENTRIES.forEach((entry, n) => {
      if (entry.storyId === null) return;
      const blocks = section(tokens, n);
      const label = blocks.findIndex((t) => t.type === 'paragraph' && plain(t.tokens) === 'Key numbers:');
      const list = blocks[label + 1] as Tokens.List;
      expect(list.type, entry.question).toBe('list');
      expect(list.ordered).toBe(false);
      expect(list.items.map((item) => plain(item.tokens).trim())).toEqual(STORY_KEY_NUMBERS[entry.storyId]);
      expect(blocks.filter((t) => t.type === 'list')).toHaveLength(1);
    });
  });

  it('says where a story came from, and "No story prepared yet." under a question with none', () => {
    const tokens = lex();
    const paragraphs = (n: number) => section(tokens, n).filter((t) => t.type === 'paragraph').map((t) => plain((t as Tokens.Paragraph).tokens));
    const index = (storyId: string | null) => PREP_FIXTURE_ENTRIES.findIndex((e) => e.storyId === storyId);
    expect(paragraphs(index(null))).toEqual([NO_STORY_YET]);
    expect(paragraphs(index('st-gone'))).toContain(SOURCE_GONE_MESSAGE);
    expect(paragraphs(index('st-conflict'))).toContain('From the achievement “Weekly RAG review”');
    expect(paragraphs(index('st-governance')).filter((p) => p.startsWith('From the') || p === SOURCE_GONE_MESSAGE)).toEqual([]);
  });

  it('puts the subtitle under the title as a plain paragraph, even when it starts like a list and holds entities', () => {
    const subtitle = '1. For *PMO* Analyst & <i>R&amp;D</i> &copy; Northwind';
    const tokens = lex(['q-failing-project'], subtitle).filter((t) => t.type !== 'space');
    expect(tokens[1]!.type).toBe('paragraph');
    expect(plain((tokens[1] as Tokens.Paragraph).tokens)).toBe(subtitle);
    expect(typesIn([tokens[1]!])).not.toContain('html');
    expect(tokens[2]!.type).toBe('heading');
    // No subtitle: the first question follows the title.
    expect(lex(['q-failing-project']).filter((t) => t.type !== 'space')[1]!.type).toBe('heading');
  });

  it('drops repeated questions and ones no longer in the bank, numbering the rest without gaps', () => {
    const tokens = lex(['q-failing-project', 'q-not-in-the-bank', 'q-failing-project', 'mq-sponsor']);
    expect(headings(tokens).filter((h) => h.depth === 2).map((h) => plain(h.tokens))).toEqual([`1. ${BANK_TEXT['q-failing-project']}`, `2. ${MY_SPONSOR_QUESTION}`]);
    const empty = lex(['q-not-in-the-bank']).filter((t) => t.type !== 'space');
    expect(empty.map((t) => t.type)).toEqual(['heading', 'paragraph']);
    expect(plain((empty[1] as Tokens.Paragraph).tokens)).toBe('No questions in this set.');
  });
});
