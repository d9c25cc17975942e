import { documentBullets, type CvDocument } from '../cv/export/document';
import { USUAL_LENGTH } from '../cv/export/length';
import type { z } from 'zod';
import type { AtsCheckSchema, AtsReportSchema } from '../ipc/ats';
import { comparable, flatText, type ReadBack } from './read-back';

/**
 * The ATS self-check (issue 16): what an exported file gives back to a reader, against the CV document
 * it was made from, as a checklist in plain words. Each check is against common ATS behaviour (they read
 * the body text in order, look for standard headings, stumble on ligatures and on text that is only in
 * a header or footer); it is not a guarantee of what any one system does, and the screen says so.
 */

export type AtsCheck = z.infer<typeof AtsCheckSchema>;
export type AtsCheckId = AtsCheck['id'];
export type AtsReport = z.infer<typeof AtsReportSchema>;

const quote = (text: string, max = 70) => `“${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text}”`;
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function atsReport(document: CvDocument, readBack: ReadBack): AtsReport {
  const pages = readBack.pages;
  const whole = comparable(pages.join('\n'));
  const bullets = documentBullets(document).map((b) => b.text);
  const checks: AtsCheck[] = [
    textCheck(pages, readBack.format),
    bulletsCheck(bullets, whole),
    contactCheck(document, whole),
    headingsCheck(document, pages),
    charactersCheck(pages),
  ];
  if (readBack.format === 'pdf') checks.push(pagesCheck(document, pages.length), splitCheck(bullets, pages, whole));
  checks.push(fileNameCheck(document, readBack.fileName));
  return { format: readBack.format, fileName: readBack.fileName, pages, checks };
}

function check(id: AtsCheckId, summary: string, problems: string[] = [], fix: string | null = null): AtsCheck {
  return { id, ok: problems.length === 0, summary, problems, fix: problems.length === 0 ? null : fix };
}

function textCheck(pages: string[], format: ReadBack['format']): AtsCheck {
  if (flatText(pages.join(' ')) === '') return check('text', 'No text came back from the file: an ATS would read nothing.', ['The whole file read back empty.']);
  const empty = pages.map((page, i) => (flatText(page) === '' ? i + 1 : 0)).filter((n) => n > 0);
  return check(
    'text',
    empty.length === 0 ? `Text came back from ${format === 'pdf' ? `every page (${plural(pages.length, 'page')})` : 'the whole document'}.` : `${plural(empty.length, 'page')} came back with no text.`,
    empty.map((n) => `Page ${n} has no text an ATS can read.`),
  );
}

/** Every bullet found in the text, each after the one before it: missing ones and ones out of order are named. */
function bulletsCheck(bullets: readonly string[], whole: string): AtsCheck {
  if (bullets.length === 0) return check('bullets', 'There are no achievements in this export to read back.');
  const problems: string[] = [];
  let cursor = 0;
  let inOrder = 0;
  for (const [i, bullet] of bullets.entries()) {
    const wanted = comparable(bullet);
    const at = whole.indexOf(wanted, cursor);
    if (at >= 0) {
      inOrder += 1;
      cursor = at + wanted.length;
    } else if (whole.includes(wanted)) {
      problems.push(`${quote(bullet)} reads back earlier than the achievement before it (number ${i}).`);
    } else {
      problems.push(`${quote(bullet)} is not in the text as written${/[\ufb00-\ufb06\ufffd]/.test(whole) ? ' (see the characters check)' : ''}.`);
    }
  }
  return check(
    'bullets',
    `${inOrder.toLocaleString('en-GB')} of ${plural(bullets.length, 'achievement')} read back in order.`,
    problems,
    'Export again; if a bullet is still missing, check it in Achievements for characters pasted from elsewhere.',
  );
}

function contactCheck(document: CvDocument, whole: string): AtsCheck {
  if (document.contact.length === 0) {
    return check('contact', 'There are no contact details in this export.', ['An ATS files a CV under its contact details: add your email and phone in Settings.'], 'Add your email and phone in Settings → Your profile.');
  }
  const missing = document.contact.filter((item) => !whole.includes(comparable(item.text)));
  return check(
    'contact',
    missing.length === 0 ? `Your contact details are in the body text (${document.contact.map((c) => c.kind).join(', ')}).` : `${plural(missing.length, 'contact detail')} did not read back from the body.`,
    missing.map((item) => `Your ${item.kind} (${item.text}) is not in the text an ATS reads; many skip headers and footers.`),
  );
}

/** The headings ATSs look for a CV's parts under. */
const STANDARD_HEADINGS = ['experience', 'work experience', 'employment', 'certifications', 'certifications in progress', 'licences and certifications', 'skills', 'education', 'summary', 'profile'];

function headingsCheck(document: CvDocument, pages: string[]): AtsCheck {
  const lines = new Set(pages.flatMap((page) => page.split(/\n/)).map((line) => flatText(line).toLowerCase()));
  const problems: string[] = [];
  for (const section of document.sections) {
    const heading = section.heading.toLowerCase();
    if (!lines.has(heading)) problems.push(`The heading “${section.heading}” is not a line of its own in the text.`);
    else if (!STANDARD_HEADINGS.includes(heading)) problems.push(`“${section.heading}” is not a heading ATSs look for: they expect “Experience”.`);
  }
  const achievements = document.sections.find((s) => s.kind === 'achievements');
  return check(
    'headings',
    problems.length === 0 ? `Standard headings: ${document.sections.map((s) => s.heading).join(', ')}.` : 'Some headings may not be recognised.',
    problems,
    achievements && achievements.heading !== 'Experience' ? 'Group by organisation and role (Grouping, on this screen) to list your achievements under “Experience”.' : null,
  );
}

function charactersCheck(pages: string[]): AtsCheck {
  const words = new Set(pages.join(' ').split(/\s+/).filter((word) => /[\ufb00-\ufb06\ufffd]/.test(word)));
  return check(
    'characters',
    words.size === 0 ? 'No ligatures or unreadable characters.' : `${plural(words.size, 'word')} came back with a ligature or an unreadable character.`,
    [...words].slice(0, 20).map((word) => `${quote(word)}: ${/\ufffd/.test(word) ? 'a character that could not be read (�)' : 'letters joined into one character (a ligature), so a search for the word misses it'}.`),
    'Export the PDF again from this app (its print style turns ligatures off); a file made elsewhere may not.',
  );
}

function pagesCheck(document: CvDocument, count: number): AtsCheck {
  const usual = USUAL_LENGTH[document.pageSize];
  const long = count > usual.pages;
  return check(
    'pages',
    `${plural(count, 'page')} of ${usual.name}${long ? '' : `: within the usual length (${usual.advice})`}.`,
    long ? [`${plural(count, 'page')}, and ${usual.advice}.`] : [],
    'Choose “Most relevant first” and leave out older or smaller achievements with the filters.',
  );
}

function splitCheck(bullets: readonly string[], pages: string[], whole: string): AtsCheck {
  const flatPages = pages.map(comparable);
  const split = bullets.filter((bullet) => {
    const wanted = comparable(bullet);
    return whole.includes(wanted) === false ? false : !flatPages.some((page) => page.includes(wanted));
  });
  return check(
    'split',
    split.length === 0 ? 'No achievement is split across two pages.' : `${plural(split.length, 'achievement')} ${split.length === 1 ? 'is' : 'are'} split across two pages.`,
    split.map((bullet) => `${quote(bullet)} starts on one page and ends on the next.`),
  );
}

function fileNameCheck(document: CvDocument, fileName: string): AtsCheck {
  if (document.personName === '') return check('file-name', 'The file name has no name in it.', ['Recruiters and ATSs file CVs by name: add yours in Settings and the file is named after you.'], 'Add your name in Settings → Your profile.');
  const has = fileName.toLowerCase().includes(document.personName.toLowerCase());
  return check('file-name', has ? `The file name has your name in it (${fileName}).` : 'The file name does not have your name in it.', has ? [] : [`${fileName} does not say whose CV it is.`]);
}
