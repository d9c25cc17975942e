import { contactHref, LINE_SEPARATOR, roleMetaLine } from './cv-lines';
import { certificationDetail, skillLineText, type CvContactItem, type CvDocument } from './document';

/**
 * Markdown: "#" for the name, then the current role, the contact details as links (mailto:, tel:, the
 * web address) and the summary; "##" for standard section headings, "###" for each role with its place
 * and dates in italics under it; "- " bullets. The person's words are escaped so a "*" or "_" they typed
 * stays a character instead of turning half a bullet into italics. Lines are not wrapped: Markdown tools
 * reflow paragraphs anyway.
 */
export function renderMarkdown(document: CvDocument): string {
  const blocks: string[] = [`# ${escapeMarkdown(document.title)}`];
  if (document.currentRole !== '') blocks.push(escapeMarkdown(document.currentRole));
  if (document.contact.length > 0) blocks.push(document.contact.map(contactMarkdown).join(LINE_SEPARATOR));
  if (document.summary !== '') blocks.push(escapeMarkdown(document.summary));
  for (const section of document.sections) {
    blocks.push(`## ${section.heading}`);
    if (section.kind === 'achievements') {
      for (const group of section.groups) {
        if (group.heading !== null) blocks.push(`### ${escapeMarkdown(group.heading)}`);
        if (group.role) {
          const meta = roleMetaLine(group.role);
          if (meta !== '') blocks.push(`*${escapeMarkdown(meta)}*`);
          if (group.role.summary !== '') blocks.push(escapeMarkdown(group.role.summary));
        }
        if (group.bullets.length > 0) blocks.push(group.bullets.map((b) => `- ${escapeMarkdown(b.text)}`).join('\n'));
      }
    } else if (section.kind === 'certifications' || section.kind === 'in-progress') {
      blocks.push(section.items.map((item) => `- **${escapeMarkdown(item.name)}**${escapeMarkdown(certificationDetail(item))}`).join('\n'));
    } else {
      blocks.push(section.lines.map((line) => `- **${line.label}:** ${escapeMarkdown(skillLineText(line))}.`).join('\n'));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

/** "[alex@example.com](mailto:alex@example.com)"; a detail that is not a link (the location) as text. */
function contactMarkdown(item: CvContactItem): string {
  const href = contactHref(item);
  return href === null ? escapeMarkdown(item.text) : `[${escapeMarkdown(item.text)}](${escapeLinkTarget(href)})`;
}

/** Percent-encode what would end or confuse a CommonMark link destination. */
function escapeLinkTarget(href: string): string {
  return href.replace(/[\s()<>\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
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
