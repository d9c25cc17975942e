import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { NO_STORY_YET, type PrepSheetDocument } from '../../../shared/interview/prep-sheet/document';
import { appDocument, BULLETS, docxBytes } from '../export/docx-page';

/**
 * The interview prep sheet as a Word file, on the CV export's page, styles and real bullet list
 * (docx-page.ts): the title as Heading 1, each question as Heading 2, the story's parts as paragraphs
 * with their label in bold, the key numbers as list items. A part keeps its lines together; a question
 * keeps with its story.
 */
export function buildPrepSheetDocx(document: PrepSheetDocument) {
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(document.title)] })];
  if (document.subtitle !== '') children.push(new Paragraph({ children: [new TextRun(document.subtitle)], spacing: { after: 160 } }));
  document.entries.forEach((entry, index) => {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`${index + 1}. ${entry.question}`)] }));
    if (entry.tags !== '') children.push(new Paragraph({ children: [new TextRun({ text: entry.tags, italics: true, color: '333333' })], keepNext: true }));
    if (entry.story === null) {
      children.push(new Paragraph({ children: [new TextRun(NO_STORY_YET)] }));
      return;
    }
    const story = entry.story;
    children.push(new Paragraph({ children: [new TextRun({ text: `Story: ${story.title}`, bold: true })], keepNext: true }));
    if (story.sourceNote !== null) children.push(new Paragraph({ children: [new TextRun({ text: story.sourceNote, italics: true, color: '333333' })], keepNext: true }));
    for (const part of story.parts) {
      children.push(new Paragraph({ keepLines: true, children: [new TextRun({ text: `${part.label}:`, bold: true }), new TextRun(` ${part.text}`)] }));
    }
    if (story.keyNumbers.length > 0) {
      children.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: 'Key numbers:', bold: true })] }));
      for (const figure of story.keyNumbers) children.push(new Paragraph({ numbering: { reference: BULLETS, level: 0 }, keepLines: true, children: [new TextRun(figure)] }));
    }
    children.push(new Paragraph({ children: [new TextRun({ text: story.length, color: '333333', size: 20 })], spacing: { after: 160 } }));
  });
  if (document.entries.length === 0) children.push(new Paragraph({ children: [new TextRun('No questions in this set.')] }));
  return appDocument({
    creator: document.personName || 'PMO Pathway',
    title: document.title,
    pageSize: document.pageSize,
    language: document.language,
    children,
  });
}

export function renderPrepSheetDocx(document: PrepSheetDocument): Promise<Uint8Array> {
  return docxBytes(buildPrepSheetDocx(document));
}
