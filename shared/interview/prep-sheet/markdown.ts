import { escapeMarkdown } from '../../cv/export/markdown';
import { NO_STORY_YET, type PrepSheetDocument } from './document';

/**
 * The prep sheet as Markdown: "#" title, "##" per question (numbered), the themes in italics, the
 * story's title in bold, then each STAR part as "**Situation:** …", then the key numbers as a list. The
 * person's words are escaped with the CV export's escaper, so nothing they typed becomes formatting.
 */
export function renderPrepSheetMarkdown(document: PrepSheetDocument): string {
  const blocks: string[] = [`# ${escapeMarkdown(document.title)}`];
  if (document.subtitle !== '') blocks.push(escapeMarkdown(document.subtitle));
  document.entries.forEach((entry, index) => {
    blocks.push(`## ${index + 1}. ${escapeMarkdown(entry.question)}`);
    if (entry.tags !== '') blocks.push(`*${escapeMarkdown(entry.tags)}*`);
    if (entry.story === null) {
      blocks.push(NO_STORY_YET);
      return;
    }
    const story = entry.story;
    blocks.push(`**Story: ${escapeMarkdown(story.title)}**`);
    if (story.sourceNote !== null) blocks.push(`*${escapeMarkdown(story.sourceNote)}*`);
    for (const part of story.parts) blocks.push(`**${part.label}:** ${escapeMarkdown(part.text)}`);
    if (story.keyNumbers.length > 0) blocks.push('**Key numbers:**', story.keyNumbers.map((n) => `- ${escapeMarkdown(n)}`).join('\n'));
    blocks.push(`*${escapeMarkdown(story.length)}*`);
  });
  if (document.entries.length === 0) blocks.push('No questions in this set.');
  return `${blocks.join('\n\n')}\n`;
}
