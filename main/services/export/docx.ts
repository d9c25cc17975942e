import { Document, ExternalHyperlink, HeadingLevel, Paragraph, TextRun } from 'docx';
import { contactHref, LINE_SEPARATOR, roleMetaLine } from '../../../shared/cv/export/cv-lines';
import { certificationDetail, skillLineText, type CvContactItem, type CvDocument, type CvRoleLine } from '../../../shared/cv/export/document';
import { appDocument, BULLETS, docxBytes } from './docx-page';

/**
 * The CV document as a Word file, built the way applicant tracking systems read best (pmo-facts.md):
 * one column; the name and the section names in Word's own Heading styles; the contact details in the
 * body under the name (ATSs skip headers and footers), email, phone and link as hyperlinks; bullets as
 * REAL Word list items (a bullet numbering definition, not a typed "•"); no tables, text boxes, images,
 * headers or footers. Each bullet keeps its lines together so Word never splits one across pages, and
 * headings (and a role's place-and-dates line) keep with what follows them. Needs nothing from Node's
 * fs, so it runs in main and in tests alike.
 */

export function buildDocx(document: CvDocument): Document {
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(document.title)] })];
  const top = [...(document.currentRole !== '' ? [[new TextRun(document.currentRole)]] : []), ...(document.contact.length > 0 ? [contactRuns(document.contact)] : [])];
  top.forEach((runs, i) => children.push(new Paragraph({ children: runs, spacing: { after: i === top.length - 1 ? 160 : 20 } })));
  if (document.summary !== '') children.push(new Paragraph({ children: [new TextRun(document.summary)], spacing: { after: 160 } }));
  for (const section of document.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.heading)] }));
    if (section.kind === 'achievements') {
      for (const group of section.groups) {
        if (group.heading !== null) children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(group.heading)] }));
        if (group.role) children.push(...roleParagraphs(group.role));
        for (const bullet of group.bullets) children.push(bulletParagraph([new TextRun(bullet.text)]));
      }
    } else if (section.kind === 'certifications' || section.kind === 'in-progress') {
      for (const item of section.items) {
        children.push(bulletParagraph([new TextRun({ text: item.name, bold: true }), new TextRun(certificationDetail(item))]));
      }
    } else {
      for (const line of section.lines) {
        children.push(bulletParagraph([new TextRun({ text: `${line.label}:`, bold: true }), new TextRun(` ${skillLineText(line)}.`)]));
      }
    }
  }

  return appDocument({
    creator: document.personName || 'PMO Pathway',
    title: document.personName ? `${document.personName} - Achievements` : 'Achievements',
    pageSize: document.pageSize,
    language: document.language,
    children,
  });
}

/** "alex@example.com · 07700 900123 · Leeds · linkedin.com/in/alex", the links as Word hyperlinks. */
function contactRuns(contact: readonly CvContactItem[]): (TextRun | ExternalHyperlink)[] {
  return contact.flatMap((item, i) => {
    const href = contactHref(item);
    const text = href === null ? new TextRun(item.text) : new ExternalHyperlink({ link: href, children: [new TextRun({ text: item.text, style: 'Hyperlink' })] });
    return i === 0 ? [text] : [new TextRun(LINE_SEPARATOR), text];
  });
}

/** The role's "Leeds · Mar 2021 – present" and its summary, kept with the first bullet. */
function roleParagraphs(role: CvRoleLine): Paragraph[] {
  const meta = roleMetaLine(role);
  return [
    ...(meta !== '' ? [new Paragraph({ children: [new TextRun({ text: meta, color: '333333' })], keepNext: true, keepLines: true })] : []),
    ...(role.summary !== '' ? [new Paragraph({ children: [new TextRun(role.summary)], keepNext: true })] : []),
  ];
}

function bulletParagraph(runs: TextRun[]): Paragraph {
  return new Paragraph({ numbering: { reference: BULLETS, level: 0 }, keepLines: true, children: runs });
}

/** The .docx file's bytes. */
export function renderDocx(document: CvDocument): Promise<Uint8Array> {
  return docxBytes(buildDocx(document));
}
