import { Document, Footer, Header, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printWithChromium } from '../../../main/bridge/bridge-print';
import { AtsService, docxBodyText } from '../../../main/services/ats/ats-service';
import { ExportService } from '../../../main/services/export/export-service';
import { atsReport, type AtsReport } from '../../../shared/ats/checks';
import { buildCvDocument, DEFAULT_EXPORT_OPTIONS, documentBullets } from '../../../shared/cv/export';
import { cvFixturePlan, CV_TODAY, longCvPlan } from '../../support/cv-fixture';

/**
 * The self-check over real files: our own DOCX and PDF (printed by real Chromium, as the bridge prints)
 * read back by mammoth and pdf.js pass every check; a Word file with the contact details only in its
 * header fails the contact check, because mammoth (like many ATSs) reads the body only.
 */

const clock = { now: () => new Date(`${CV_TODAY}T09:00:00.000Z`) };
const platform = { saveFile: async () => ({ saved: false as const }), printToPdf: printWithChromium };
const serviceFor = (plan = cvFixturePlan()) => {
  const plans = { snapshot: () => ({ plan }) };
  return new AtsService(plans, new ExportService(plans, platform, clock), clock);
};
const failing = (report: AtsReport) => report.checks.filter((c) => !c.ok).map((c) => c.id);

describe('the ATS self-check on files the app exports', () => {
  let docx: AtsReport;
  let pdf: AtsReport;
  beforeAll(async () => {
    docx = await serviceFor().check(DEFAULT_EXPORT_OPTIONS, 'docx');
    pdf = await serviceFor().check(DEFAULT_EXPORT_OPTIONS, 'pdf');
  }, 120_000);

  it('reads every bullet of the DOCX back in order, with the contact details in the body', () => {
    const bullets = documentBullets(buildCvDocument(cvFixturePlan(), DEFAULT_EXPORT_OPTIONS, CV_TODAY)).length;
    expect(failing(docx)).toEqual([]);
    expect(docx.checks.find((c) => c.id === 'bullets')?.summary).toBe(`${bullets} of ${bullets} achievements read back in order.`);
    expect(docx.checks.find((c) => c.id === 'contact')?.summary).toBe('Your contact details are in the body text (email, phone, location, link).');
    expect(docx.fileName).toMatch(/Alex Morgan/);
  });

  it('reads the PDF back page by page: every bullet in order and on one page, within the usual length', () => {
    expect(failing(pdf)).toEqual([]);
    expect(pdf.checks.map((c) => c.id)).toEqual(['text', 'bullets', 'contact', 'headings', 'characters', 'pages', 'split', 'file-name']);
    expect(pdf.checks.find((c) => c.id === 'pages')?.summary).toMatch(/^1 page of A4: within the usual length/);
  });

  it('says a long PDF runs past the usual length, and how to cut it', async () => {
    const long = await serviceFor(longCvPlan(40)).check(DEFAULT_EXPORT_OPTIONS, 'pdf');
    const pages = long.checks.find((c) => c.id === 'pages')!;
    expect(pages.ok).toBe(false);
    expect(pages.fix).toMatch(/Most relevant first/);
    expect(long.checks.find((c) => c.id === 'split')?.ok).toBe(true);
  }, 120_000);

  afterAll(() => undefined);
});

describe('a Word file with the contact details only in its header', () => {
  it('fails the contact check, naming each detail, because only the body is read', async () => {
    const document = buildCvDocument(cvFixturePlan(), DEFAULT_EXPORT_OPTIONS, CV_TODAY);
    const word = new Document({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph(document.contact.map((c) => c.text).join(' | '))] }) },
          footers: { default: new Footer({ children: [new Paragraph('Page 1')] }) },
          children: [new Paragraph(document.title), ...documentBullets(document).map((b) => new Paragraph(b.text))],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(word));
    const report = atsReport(document, { format: 'docx', pages: [await docxBodyText(bytes)], fileName: 'CV.docx' });
    const contact = report.checks.find((c) => c.id === 'contact')!;
    expect(contact.ok).toBe(false);
    expect(contact.problems).toEqual(document.contact.map((c) => `Your ${c.kind} (${c.text}) is not in the text an ATS reads; many skip headers and footers.`));
    expect(report.checks.find((c) => c.id === 'bullets')?.ok).toBe(true);
    expect(report.checks.find((c) => c.id === 'file-name')).toMatchObject({ ok: false, problems: ['CV.docx does not say whose CV it is.'] });
  });
});
