import { certificationDetail, skillLineText, type CvDocument } from './document';

/**
 * Markdown: "#" for the name, "##" for standard section headings, "###" for each organisation and role,
 * "- " bullets. The person's words are escaped so a "*" or "_" they typed stays a character instead of
 * turning half a bullet into italics. Lines are not wrapped: Markdown tools reflow paragraphs anyway.
 */
export function renderMarkdown(document: CvDocument): string {
  const blocks: string[] = [`# ${escapeMarkdown(document.title)}`];
  if (document.currentRole !== '') blocks.push(escapeMarkdown(document.currentRole));
  for (const section of document.sections) {
    blocks.push(`## ${section.heading}`);
    if (section.kind === 'achievements') {
      for (const group of section.groups) {
        if (group.heading !== null) blocks.push(`### ${escapeMarkdown(group.heading)}`);
        if (group.bullets.length > 0) blocks.push(group.bullets.map((b) => `- ${escapeMarkdown(b.text)}`).join('\n'));
      }
    } else if (section.kind === 'certifications') {
      blocks.push(section.items.map((item) => `- **${escapeMarkdown(item.name)}**${escapeMarkdown(certificationDetail(item))}`).join('\n'));
    } else {
      blocks.push(section.lines.map((line) => `- **${line.label}:** ${escapeMarkdown(skillLineText(line))}.`).join('\n'));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

/**
 * Backslash-escape what CommonMark would read as formatting: emphasis, code, links, HTML, and a line
 * start that looks like a heading, list, quote or numbered item.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/^([#+\-=>])/, '\\$1')
    .replace(/^(\d+)([.)])(\s)/, '$1\\$2$3');
}
