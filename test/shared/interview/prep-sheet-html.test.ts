import { describe, expect, it } from 'vitest';
import type { PrepSheetDocument, PrepSheetEntry, PrepSheetStory } from '../../../shared/interview/prep-sheet/document';
import { renderPrepSheetHtml } from '../../../shared/interview/prep-sheet/print-html';

/**
 * The prep sheet's print HTML (what the PDF is printed from) read as text, no DOM: the page's
 * elements are one per line between <body> and </body>, so each test splits the body into lines and
 * checks the markup the person's words end up in. Documents are built by hand, so nothing here depends
 * on buildPrepSheet. What the person typed ("<b>", "&", quotes) must come back escaped, never as markup.
 */

const STORY: PrepSheetStory = {
  id: 's-1',
  title: 'Gate checklist',
  parts: [
    { label: 'Situation', text: 'Managers skipped the checklist.' },
    { label: 'Action', text: 'I logged supplier ID GR656-123456 in the log.' },
    { label: 'Result', text: 'Late actions fell by 40 % in a quarter.' },
    { label: 'Reflection: what I would do differently', text: 'Start sooner.' },
  ],
  keyNumbers: ['40 % fewer late actions', 'Cut the checklist to fifteen items'],
  length: 'Spoken: about 1 min · Written: 140 words',
  sourceNote: 'From the achievement “Gate <review>”',
};
const TRICKY_QUESTION = 'Why <b>PMO</b> & "not" delivery?';
const ENTRIES: PrepSheetEntry[] = [
  { questionId: 'q-1', question: TRICKY_QUESTION, tags: 'Conflict · Leadership skills', story: STORY },
  { questionId: 'q-2', question: 'A question with no story', tags: '', story: null },
  {
    questionId: 'q-3',
    question: 'Third: a 12-week plan?',
    tags: '',
    story: { id: 's-3', title: 'Plan GR656-123456', parts: [{ label: 'Action', text: 'I did it.' }], keyNumbers: [], length: 'Spoken: about 5 s · Written: 3 words', sourceNote: null },
  },
];
const doc = (fields: Partial<PrepSheetDocument> = {}): PrepSheetDocument => ({
  title: 'Interview preparation: Sam & Jo',
  personName: 'Sam & Jo',
  subtitle: 'For PMO Analyst, Northwind <Health>',
  pageSize: 'A4',
  language: 'en-GB',
  entries: ENTRIES,
  ...fields,
});

/** The body's lines: one element a line (a list spans several). */
function bodyLines(html: string): string[] {
  const start = html.indexOf('<body>\n');
  const end = html.indexOf('\n</body>');
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return html.slice(start + '<body>\n'.length, end).split('\n');
}
const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]);
const styleOf = (html: string) => html.slice(html.indexOf('<style>'), html.indexOf('</style>'));

describe('prep sheet print HTML: the page', () => {
  const html = renderPrepSheetHtml(doc());

  it('is one whole document with the title, escaped, as its <title> and its only <h1>', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    // In the person's English, as the CV is.
    expect(renderPrepSheetHtml(doc({ language: 'en-US' })).startsWith('<!DOCTYPE html>\n<html lang="en-US">')).toBe(true);
    expect(html.endsWith('</body>\n</html>\n')).toBe(true);
    expect(all(html, /<h1>(.*?)<\/h1>/g)).toEqual(['Interview preparation: Sam &amp; Jo']);
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html).toContain('<title>Interview preparation: Sam &amp; Jo</title>');
    expect(bodyLines(html)[0]).toBe('<h1>Interview preparation: Sam &amp; Jo</h1>');
  });

  it('carries a CSP that loads nothing, and loads nothing itself', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import/i);
  });

  it('keeps questions in normal case: the prep sheet’s h2 rule comes after the CV’s capitals and undoes them', () => {
    const style = styleOf(html);
    const capitals = style.indexOf('text-transform: uppercase');
    const h2Rules = [...style.matchAll(/(?:^|\n)h2 \{([^}]*)\}/g)];
    expect(capitals).toBeGreaterThan(0);
    const last = h2Rules.at(-1)!;
    expect(last[1]).toContain('text-transform: none');
    expect(last.index).toBeGreaterThan(capitals);
  });

  it('prints on the document’s page size', () => {
    expect(styleOf(html)).toContain('@page { size: A4 portrait;');
    expect(styleOf(renderPrepSheetHtml(doc({ pageSize: 'Letter' })))).toContain('@page { size: letter portrait;');
  });
});

describe('prep sheet print HTML: the entries', () => {
  const lines = bodyLines(renderPrepSheetHtml(doc()));

  it('has every element in order, the person’s words escaped and IDs and figures kept whole', () => {
    expect(lines).toEqual([
      '<h1>Interview preparation: Sam &amp; Jo</h1>',
      '<p class="subtitle">For PMO Analyst, Northwind &lt;Health&gt;</p>',
      '<h2>1. Why &lt;b&gt;PMO&lt;/b&gt; &amp; &quot;not&quot; delivery?</h2>',
      '<p class="tags">Conflict · Leadership skills</p>',
      '<p class="story-title">Story: Gate checklist</p>',
      '<p class="source">From the achievement “Gate &lt;review&gt;”</p>',
      '<p class="part"><strong>Situation:</strong> Managers skipped the checklist.</p>',
      '<p class="part"><strong>Action:</strong> I logged supplier ID <span class="nb">GR656-123456</span> in the log.</p>',
      '<p class="part"><strong>Result:</strong> Late actions fell by <span class="nb">40 %</span> in a quarter.</p>',
      '<p class="part"><strong>Reflection: what I would do differently:</strong> Start sooner.</p>',
      '<p class="story-title">Key numbers:</p>',
      '<ul>',
      '<li><span class="nb">40 %</span> fewer late actions</li>',
      '<li>Cut the checklist to fifteen items</li>',
      '</ul>',
      '<p class="length">Spoken: about 1 min · Written: 140 words</p>',
      '<h2>2. A question with no story</h2>',
      '<p class="part">No story prepared yet.</p>',
      '<h2>3. Third: a <span class="nb">12-week</span> plan?</h2>',
      '<p class="story-title">Story: Plan <span class="nb">GR656-123456</span></p>',
      '<p class="part"><strong>Action:</strong> I did it.</p>',
      '<p class="length">Spoken: about 5 s · Written: 3 words</p>',
    ]);
  });

  it('numbers one h2 per entry from 1, in the order given', () => {
    expect(all(lines.join('\n'), /<h2>(\d+)\. /g)).toEqual(['1', '2', '3']);
    const reversed = bodyLines(renderPrepSheetHtml(doc({ entries: [...ENTRIES].reverse() })));
    expect(all(reversed.join('\n'), /<h2>(.*?)<\/h2>/g)).toEqual(['1. Third: a <span class="nb">12-week</span> plan?', '2. A question with no story', `3. Why &lt;b&gt;PMO&lt;/b&gt; &amp; &quot;not&quot; delivery?`]);
  });

  it('never turns what the person typed into markup', () => {
    const html = renderPrepSheetHtml(doc());
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<review>');
    expect(html).not.toContain('<Health>');
    expect(html).not.toContain('"not"');
    expect(html).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
    const apostrophe = bodyLines(renderPrepSheetHtml(doc({ entries: [{ questionId: 'q', question: "The board's view?", tags: '', story: null }] })));
    expect(apostrophe[2]).toBe('<h2>1. The board&#39;s view?</h2>');
  });

  it('writes a tags line, a source line and a key-number list only when there is something to put in them', () => {
    expect(lines.filter((l) => l.startsWith('<p class="tags">'))).toEqual(['<p class="tags">Conflict · Leadership skills</p>']);
    expect(lines.filter((l) => l.startsWith('<p class="source">'))).toHaveLength(1);
    expect(lines.filter((l) => l === '<ul>')).toHaveLength(1);
    expect(lines.filter((l) => l === '<p class="story-title">Key numbers:</p>')).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('<li>'))).toHaveLength(2);
  });

  it('writes the subtitle paragraph only when there is a subtitle', () => {
    const without = bodyLines(renderPrepSheetHtml(doc({ subtitle: '' })));
    expect(without.some((l) => l.includes('class="subtitle"'))).toBe(false);
    expect(without.slice(0, 2)).toEqual(['<h1>Interview preparation: Sam &amp; Jo</h1>', `<h2>1. Why &lt;b&gt;PMO&lt;/b&gt; &amp; &quot;not&quot; delivery?</h2>`]);
    expect(lines.filter((l) => l.includes('class="subtitle"'))).toEqual(['<p class="subtitle">For PMO Analyst, Northwind &lt;Health&gt;</p>']);
  });

  it('says "No questions in this set." for a sheet with no entries, and only then', () => {
    expect(bodyLines(renderPrepSheetHtml(doc({ entries: [], subtitle: '' })))).toEqual(['<h1>Interview preparation: Sam &amp; Jo</h1>', '<p>No questions in this set.</p>']);
    expect(lines).not.toContain('<p>No questions in this set.</p>');
  });
});
