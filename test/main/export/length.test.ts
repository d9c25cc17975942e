import { describe, expect, it } from 'vitest';
import { printWithChromium } from '../../../main/bridge/bridge-print';
import { buildCvDocument, DEFAULT_EXPORT_OPTIONS, renderPrintHtml, type ExportOptions } from '../../../shared/cv/export';
import { estimatePages } from '../../../shared/cv/export/length';
import { PlanSchema, type Plan } from '../../../shared/model';
import { achievement } from '../../support/plan-builders';
import { CV_TODAY, cvFixturePlan, longCvPlan } from '../../support/cv-fixture';
import { PdfFile } from './pdf-tools';

/**
 * The Export screen's "About N pages" is a pure estimate (shared/cv/export/length.ts); this calibrates
 * it against real PDFs of several sizes and both page sizes, counted by pdfinfo. Within one page is the
 * promise; on this machine it was exact for 23 of 24 sizes tried while calibrating.
 */

/** Many short bullets (one or two lines each) in three roles, unlike longCvPlan's four-line ones. */
function shortBulletsPlan(count: number): Plan {
  const base = cvFixturePlan();
  const texts = base.achievements.filter((a) => a.includeInCv).map((a) => a.cvBullet);
  const roleIds = ['r-northwind', 'r-contoso', null];
  const achievements = Array.from({ length: count }, (_, i) =>
    achievement({ id: `s-${i}`, title: `s${i}`, date: `20${10 + (i % 16)}-01-01`, roleId: roleIds[i % 3]!, cvBullet: texts[i % texts.length]! }),
  );
  return PlanSchema.parse({ ...base, achievements });
}

const cases: [string, () => Plan, Partial<ExportOptions>][] = [
  ['the fixture on A4', cvFixturePlan, {}],
  ['8 long bullets on Letter', () => longCvPlan(8), { pageSize: 'Letter' }],
  ['24 long bullets on A4', () => longCvPlan(24), {}],
  ['60 long bullets on Letter', () => longCvPlan(60), { pageSize: 'Letter' }],
  ['40 short bullets on A4', () => shortBulletsPlan(40), {}],
  ['120 short bullets on Letter, no extra sections', () => shortBulletsPlan(120), { pageSize: 'Letter', certifications: 'none', skillsSummary: false }],
];

describe('the page estimate against Chromium\'s PDFs', () => {
  it.each(cases)('is within one page for %s', async (_name, plan, options) => {
    const document = buildCvDocument(plan(), { ...DEFAULT_EXPORT_OPTIONS, ...options }, CV_TODAY);
    const pdf = new PdfFile(await printWithChromium(renderPrintHtml(document), document.pageSize));
    try {
      const { pages } = pdf.info();
      expect(Math.abs(estimatePages(document) - pages), `estimated ${estimatePages(document)}, printed ${pages}`).toBeLessThanOrEqual(1);
    } finally {
      pdf.dispose();
    }
  }, 60_000);
});
