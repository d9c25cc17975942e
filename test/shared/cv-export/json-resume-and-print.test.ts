import { describe, expect, it } from 'vitest';
import { buildCvDocument, buildJsonResume, DEFAULT_EXPORT_OPTIONS, renderJsonResume, renderPrintHtml, type ExportOptions } from '../../../shared/cv/export';
import { PlanSchema } from '../../../shared/model';
import { achievement } from '../../support/plan-builders';
import { CV_FIXTURE_HEADINGS, CV_TODAY, cvFixturePlan } from '../../support/cv-fixture';
import { jsonResumeErrors } from '../../support/json-resume-validator';

const documentFor = (options: Partial<ExportOptions> = {}) => buildCvDocument(cvFixturePlan(), { ...DEFAULT_EXPORT_OPTIONS, ...options }, CV_TODAY);

describe('JSON Resume', () => {
  it('is valid against the official schema, for every grouping and with sections left out', () => {
    for (const options of [{}, { grouping: 'area' as const }, { grouping: 'none' as const, certifications: 'none' as const, skillsSummary: false }]) {
      const text = renderJsonResume(documentFor(options));
      expect(jsonResumeErrors(JSON.parse(text))).toEqual([]);
      expect(text.endsWith('}\n')).toBe(true);
    }
    // The validator really checks: a wrong type is reported.
    expect(jsonResumeErrors({ basics: { name: 5 } })).not.toEqual([]);
  });

  it('puts achievements in work[].highlights by organisation and role, whatever the grouping', () => {
    const resume = buildJsonResume(documentFor({ grouping: 'area' }));
    expect(resume.basics).toEqual({ name: 'Alex Morgan', label: 'Project Manager' });
    expect(resume.work.map((w) => [w.name, w.position, w.highlights.length])).toEqual([
      ['Northwind Health', 'Project Manager', 2],
      ['Contoso Retail', 'Project Coordinator', 2],
      [undefined, undefined, 1],
    ]);
    expect(resume.work[1]!.highlights[1]).toBe('Renegotiated three supplier contracts for the store refit; saved £120,000 in the first year.');
  });

  it('gives certificates their credential ID, status and expiry, and skills their level and keywords', () => {
    const resume = buildJsonResume(documentFor());
    expect(resume.certificates?.[0]).toEqual({
      name: 'PRINCE2 7 Foundation',
      issuer: 'PeopleCert (AXELOS)',
      date: '2024-03-14',
      credentialId: 'GR656-123',
      status: 'passed',
      expiryDate: '2027-03-14',
    });
    expect(resume.certificates?.map((c) => c.status)).toEqual(['passed', 'passed', 'exam-booked', 'studying']);
    expect(resume.skills).toEqual([
      { name: 'Stakeholder management', level: 'Practising', keywords: ['coaching'] },
      { name: 'Status reporting', level: 'Expert', keywords: ['Reporting', 'Power BI'] },
      { name: 'RAID management', level: 'Proficient', keywords: ['Reporting', 'Power BI', 'governance'] },
    ]);
    const bare = buildJsonResume(documentFor({ certifications: 'none', skillsSummary: false }));
    expect(Object.keys(bare)).toEqual(['$schema', 'basics', 'work']);
  });
});

describe('print HTML', () => {
  it('is one self-contained document: CSP forbids loading anything, no scripts, images, tables or links', () => {
    const html = renderPrintHtml(documentFor());
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<(script|img|table|iframe|link|object|svg)\b/i);
    expect(html).not.toMatch(/(src|href)=|url\(|@import/i);
    expect(html).not.toMatch(/column-count|columns:|float:|position:\s*(absolute|fixed)/);
  });

  it('sets the page size and margins, keeps every bullet whole and headings with what follows', () => {
    expect(renderPrintHtml(documentFor())).toContain('@page { size: A4 portrait; margin: 18mm 18mm 20mm 18mm; }');
    expect(renderPrintHtml(documentFor({ pageSize: 'Letter' }))).toContain('@page { size: letter portrait;');
    const html = renderPrintHtml(documentFor());
    expect(html).toMatch(/li \{[^}]*break-inside: avoid;/);
    expect(html).toMatch(/h2, h3 \{ break-after: avoid;/);
  });

  it('uses standard headings and real list items, in reading order', () => {
    const html = renderPrintHtml(documentFor());
    const headings = [...html.matchAll(/<(h[123])>(.*?)<\/\1>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual(CV_FIXTURE_HEADINGS);
    expect(html.match(/<li>/g)).toHaveLength(5 + 4 + 2);
  });

  it('escapes what the person typed', () => {
    const plan = cvFixturePlan();
    const hostile = PlanSchema.parse({
      ...plan,
      profile: { ...plan.profile, name: '<img src=x onerror=alert(1)>' },
      achievements: [achievement({ id: 'x', title: 'x', organisation: '"Q&A" <Ltd>', cvBullet: '</li><script>alert(1)</script>' })],
    });
    const html = renderPrintHtml(buildCvDocument(hostile, DEFAULT_EXPORT_OPTIONS, CV_TODAY));
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('<h1>&lt;img src=x onerror=alert(1)&gt;</h1>');
    expect(html).toContain('<h3>&quot;Q&amp;A&quot; &lt;Ltd&gt;</h3>');
    expect(html).toContain('<li>&lt;/li&gt;&lt;script&gt;alert(1)&lt;/script&gt;</li>');
  });
});
