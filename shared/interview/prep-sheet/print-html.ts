import { escapeHtml, printPage, unbrokenHtml } from '../../cv/export/print-html';
import { NO_STORY_YET, type PrepSheetDocument } from './document';

/**
 * The prep sheet's print template (its PDF), with the CV export's print styles, CSP and rules for a
 * text layer a reader gets back whole (real "•" bullets, no ligatures, no break inside an ID or a
 * number with its unit). A question keeps with its story's first part; no part is split across pages.
 */

const PREP_CSS = `
/* A question is read as asked: not in the CV's capitals for section headings. */
h2 { text-transform: none; letter-spacing: normal; font-size: 12.5pt; border-bottom: none; margin: 16pt 0 4pt; }
.tags { margin: 0 0 4pt; color: #333; font-style: italic; }
.story-title { margin: 4pt 0 2pt; font-weight: bold; }
.source { margin: 0 0 3pt; color: #333; font-style: italic; }
.part { margin: 0 0 4pt; break-inside: avoid; page-break-inside: avoid; }
.length { margin: 0 0 6pt; color: #333; font-size: 10pt; }
.tags, .story-title, .source { break-after: avoid; page-break-after: avoid; }
`;

export function renderPrepSheetHtml(document: PrepSheetDocument): string {
  const body: string[] = [`<h1>${escapeHtml(document.title)}</h1>`];
  if (document.subtitle !== '') body.push(`<p class="subtitle">${escapeHtml(document.subtitle)}</p>`);
  document.entries.forEach((entry, index) => {
    body.push(`<h2>${index + 1}. ${unbrokenHtml(entry.question)}</h2>`);
    if (entry.tags !== '') body.push(`<p class="tags">${escapeHtml(entry.tags)}</p>`);
    if (entry.story === null) {
      body.push(`<p class="part">${NO_STORY_YET}</p>`);
      return;
    }
    const story = entry.story;
    body.push(`<p class="story-title">Story: ${unbrokenHtml(story.title)}</p>`);
    if (story.sourceNote !== null) body.push(`<p class="source">${escapeHtml(story.sourceNote)}</p>`);
    for (const part of story.parts) body.push(`<p class="part"><strong>${escapeHtml(part.label)}:</strong> ${unbrokenHtml(part.text)}</p>`);
    if (story.keyNumbers.length > 0) {
      body.push('<p class="story-title">Key numbers:</p>', `<ul>\n${story.keyNumbers.map((n) => `<li>${unbrokenHtml(n)}</li>`).join('\n')}\n</ul>`);
    }
    body.push(`<p class="length">${escapeHtml(story.length)}</p>`);
  });
  if (document.entries.length === 0) body.push('<p>No questions in this set.</p>');
  return printPage({ title: document.title, pageSize: document.pageSize, language: document.language, css: PREP_CSS, body });
}
