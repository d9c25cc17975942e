import { LINE_SEPARATOR, roleMetaLine } from './cv-lines';
import { certificationDetail, skillLineText, type CvDocument } from './document';

/**
 * Plain text, ready to paste into an online application form: the name, current role, one line of
 * contact details and the summary at the top, headings in capitals, bullets as "- ". By default every
 * bullet is one line and nothing is hard-wrapped, because a job site's form reflows text itself and a
 * hard break lands mid-sentence. `wrapText` wraps at 80 columns instead, for pasting into an e-mail,
 * with continuation lines indented under the bullet's text.
 */

export const TEXT_WIDTH = 80;

export interface PlainTextOptions {
  /** Wrap at `width` columns (for e-mail); off by default. */
  wrapText?: boolean;
  width?: number;
}

export function renderPlainText(document: CvDocument, options: PlainTextOptions = {}): string {
  const width = options.wrapText ? (options.width ?? TEXT_WIDTH) : Number.POSITIVE_INFINITY;
  const line = (text: string, first = '', rest = '') => wrap(text, width, first, rest);
  const bullet = (text: string) => line(text, '- ', '  ');

  const top = [document.title, ...(document.currentRole !== '' ? [document.currentRole] : [])];
  if (document.contact.length > 0) top.push(...wrapJoined(document.contact.map((c) => c.text), width));
  const blocks: string[][] = [top];
  if (document.summary !== '') blocks.push(line(document.summary));
  for (const section of document.sections) {
    blocks.push([section.heading.toLocaleUpperCase('en-GB')]);
    if (section.kind === 'achievements') {
      for (const group of section.groups) {
        const lines = group.heading === null ? [] : line(group.heading);
        if (group.role) {
          const meta = roleMetaLine(group.role);
          if (meta !== '') lines.push(...line(meta));
          if (group.role.summary !== '') lines.push(...line(group.role.summary));
        }
        for (const item of group.bullets) lines.push(...bullet(item.text));
        blocks.push(lines);
      }
    } else if (section.kind === 'certifications' || section.kind === 'in-progress') {
      blocks.push(section.items.flatMap((item) => bullet(`${item.name}${certificationDetail(item)}`)));
    } else {
      blocks.push(section.lines.flatMap((skills) => bullet(`${skills.label}: ${skillLineText(skills)}.`)));
    }
  }
  return `${blocks.filter((block) => block.length > 0).map((block) => block.join('\n')).join('\n\n')}\n`;
}

/**
 * Greedy word wrap. `first` prefixes the first line, `rest` the others; a word longer than a whole
 * line (a URL, a long ID) is kept intact on its own line rather than cut. An infinite width gives one
 * line with its whitespace tidied.
 */
export function wrap(text: string, width: number, first: string, rest: string): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let current = first;
  let empty = true;
  for (const word of words) {
    if (!empty && current.length + 1 + word.length > width) {
      lines.push(current);
      current = rest;
      empty = true;
    }
    current += empty ? word : ` ${word}`;
    empty = false;
  }
  if (!empty) lines.push(current);
  return lines;
}

/** Items joined by `separator`, wrapped only between items so a phone number or address stays whole. */
function wrapJoined(items: readonly string[], width: number, separator = LINE_SEPARATOR): string[] {
  const lines: string[] = [];
  let current = '';
  for (const item of items) {
    if (current !== '' && current.length + separator.length + item.length > width) {
      lines.push(current);
      current = '';
    }
    current += current === '' ? item : `${separator}${item}`;
  }
  if (current !== '') lines.push(current);
  return lines;
}
