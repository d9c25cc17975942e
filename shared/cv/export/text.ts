import { certificationDetail, skillLineText, type CvDocument } from './document';

/**
 * Plain text, ready to paste into an online application form or an email: headings in capitals, bullets
 * as "- ", lines wrapped at 80 columns with continuation lines indented under the bullet's text.
 */

export const TEXT_WIDTH = 80;

export function renderPlainText(document: CvDocument, width = TEXT_WIDTH): string {
  const blocks: string[][] = [[document.title, ...(document.currentRole !== '' ? [document.currentRole] : [])]];
  for (const section of document.sections) {
    blocks.push([section.heading.toLocaleUpperCase('en-GB')]);
    if (section.kind === 'achievements') {
      for (const group of section.groups) {
        const lines = group.heading === null ? [] : wrap(group.heading, width, '', '');
        for (const bullet of group.bullets) lines.push(...wrap(bullet.text, width, '- ', '  '));
        blocks.push(lines);
      }
    } else if (section.kind === 'certifications') {
      blocks.push(section.items.flatMap((item) => wrap(`${item.name}${certificationDetail(item)}`, width, '- ', '  ')));
    } else {
      blocks.push(section.lines.flatMap((line) => wrap(`${line.label}: ${skillLineText(line)}.`, width, '- ', '  ')));
    }
  }
  return `${blocks.filter((block) => block.length > 0).map((block) => block.join('\n')).join('\n\n')}\n`;
}

/**
 * Greedy word wrap. `first` prefixes the first line, `rest` the others; a word longer than a whole
 * line (a URL, a long ID) is kept intact on its own line rather than cut.
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
