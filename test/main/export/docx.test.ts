import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../main/services/export/docx';
import { buildCvDocument, DEFAULT_EXPORT_OPTIONS, documentBullets, type ExportOptions } from '../../../shared/cv/export';
import { CV_FIXTURE_HEADINGS, CV_FIXTURE_PROFILE, CV_TODAY, cvFixturePlan } from '../../support/cv-fixture';

/**
 * The Word file read back by an independent reader (mammoth, which maps Word's Heading styles to h1-h3
 * and real numbered/bulleted paragraphs to ul/li — typed "•" characters would come out as plain <p>),
 * and its zip parts inspected for what ATS parsers trip over.
 */

const documentFor = (options: Partial<ExportOptions> = {}) => buildCvDocument(cvFixturePlan(), { ...DEFAULT_EXPORT_OPTIONS, ...options }, CV_TODAY);
const decode = (html: string) => html.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');

async function readBack(options: Partial<ExportOptions> = {}) {
  const cv = documentFor(options);
  const bytes = await renderDocx(cv);
  const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const zip = await JSZip.loadAsync(bytes);
  return { cv, bytes, html, messages, zip };
}

describe('DOCX export', () => {
  it('has the name and every section and group as Word headings, in order', async () => {
    const { html, messages } = await readBack();
    expect(messages.filter((m) => m.type === 'warning')).toEqual([]);
    const headings = [...html.matchAll(/<(h[1-6])>(.*?)<\/\1>/g)].map((m) => `${m[1]} ${decode(m[2]!)}`);
    expect(headings).toEqual(CV_FIXTURE_HEADINGS);
  });

  it('has the contact details in the body under the name, as links, then the summary', async () => {
    const { html } = await readBack();
    expect(html.startsWith(
      '<h1>Alex Morgan</h1><p>Project Manager</p><p><a href="mailto:alex.morgan@example.com">alex.morgan@example.com</a> · ' +
        '<a href="tel:07700900123">07700 900123</a> · Leeds, UK · <a href="https://www.linkedin.com/in/alex-morgan">www.linkedin.com/in/alex-morgan</a></p>' +
        `<p>${CV_FIXTURE_PROFILE.summary}</p><h2>Experience</h2>`,
    )).toBe(true);
  });

  it('has every bullet as a real list item, in order, under its role with the place and dates', async () => {
    const { cv, html } = await readBack();
    const experience = html.slice(html.indexOf('<h2>Experience</h2>'), html.indexOf('<h2>Certifications</h2>'));
    const items = [...experience.matchAll(/<li>(.*?)<\/li>/g)].map((m) => decode(m[1]!));
    expect(items).toEqual(documentBullets(cv).map((b) => b.text));
    expect(experience).toMatch(
      /<h3>Project Manager, Northwind Health<\/h3><p>Leeds · Mar 2021 – present<\/p><p>Deliver digital projects for a regional NHS trust, reporting to the portfolio board.<\/p><ul><li>Cut late status reports/,
    );
    expect(experience).toMatch(/<h3>Project Coordinator, Contoso Retail<\/h3><p>Manchester · Jan 2018 – Feb 2021<\/p><ul><li>Coached/);
    // Certifications and skills are list items too; the name is bold.
    expect(html).toContain('<li><strong>PRINCE2 7 Foundation</strong>, PeopleCert (AXELOS). Passed March 2024. Credential ID GR656-123456. Valid until March 2027.</li>');
    expect(html).toContain('<li><strong>Organisational skills:</strong> Status reporting (Expert), RAID management (Proficient).</li>');
    expect(html).not.toContain('•');
  });

  it('keeps work in progress under its own heading, apart from the certifications earned', async () => {
    const { html } = await readBack();
    const earned = html.slice(html.indexOf('<h2>Certifications</h2>'), html.indexOf('<h2>Certifications in progress</h2>'));
    expect(earned.match(/<li>/g)).toHaveLength(2);
    expect(earned).not.toMatch(/Exam booked|Studying/);
    const inProgress = html.slice(html.indexOf('<h2>Certifications in progress</h2>'), html.indexOf('<h2>Skills</h2>'));
    expect(inProgress).toContain('<li><strong>P3O Foundation (Portfolio, Programme and Project Offices)</strong>, PeopleCert (AXELOS). Exam booked for March 2027.</li>');
    const held = (await readBack({ certifications: 'held' })).html;
    expect(held).not.toMatch(/in progress|P3O/);
  });

  it('keeps a role\'s place-and-dates line with what follows it', async () => {
    const body = await (await readBack()).zip.file('word/document.xml')!.async('string');
    const meta = /<w:p>(?:(?!<\/w:p>).)*Leeds · Mar 2021 – present(?:(?!<\/w:p>).)*<\/w:p>/s.exec(body)?.[0] ?? '';
    expect(meta).toContain('<w:keepNext/>');
  });

  it('defines the bullets as a Word bullet list and keeps each bullet on one page', async () => {
    const { zip } = await readBack();
    const numbering = await zip.file('word/numbering.xml')!.async('string');
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/>/);
    const body = await zip.file('word/document.xml')!.async('string');
    const listParagraphs = body.match(/<w:p>(?:(?!<\/w:p>).)*<w:numPr>(?:(?!<\/w:p>).)*<\/w:p>/gs) ?? [];
    expect(listParagraphs).toHaveLength(5 + 2 + 2 + 2);
    for (const paragraph of listParagraphs) expect(paragraph).toContain('<w:keepLines/>');
  });

  it('has no header or footer parts, tables, text boxes, images or columns', async () => {
    const { zip } = await readBack();
    const parts = Object.keys(zip.files);
    expect(parts.filter((p) => /^word\/(header|footer)\d*\.xml$/.test(p))).toEqual([]);
    // The contact details are in the body (checked above), so nothing an ATS skips holds them.
    expect(parts.filter((p) => p.startsWith('word/media/'))).toEqual([]);
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).not.toMatch(/<w:(headerReference|footerReference|tbl|txbxContent|drawing|pict|cols w:num="[2-9])/);
    expect(body).not.toMatch(/<(v:textbox|wps:txbx|mc:AlternateContent)/);
  });

  it('uses the chosen page size', async () => {
    const a4 = await (await readBack()).zip.file('word/document.xml')!.async('string');
    expect(a4).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const letter = await (await readBack({ pageSize: 'Letter' })).zip.file('word/document.xml')!.async('string');
    expect(letter).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });

  it('reads back in one list with no group headings when asked', async () => {
    const { html } = await readBack({ grouping: 'none', certifications: 'none', skillsSummary: false });
    expect(html).not.toContain('<h3>');
    expect(html.match(/<li>/g)).toHaveLength(5);
  });

  it('is in the person’s English: Word proofs it (and reads it aloud) as en-GB or en-US', async () => {
    for (const english of ['en-GB', 'en-US'] as const) {
      const plan = cvFixturePlan();
      const cv = buildCvDocument({ ...plan, preferences: { ...plan.preferences, english } }, DEFAULT_EXPORT_OPTIONS, CV_TODAY);
      const styles = await (await JSZip.loadAsync(await renderDocx(cv))).file('word/styles.xml')!.async('string');
      expect(styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0]).toContain(`<w:lang w:val="${english}"/>`);
    }
  });
});
