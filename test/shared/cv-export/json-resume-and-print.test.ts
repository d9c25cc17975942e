import { describe, expect, it } from 'vitest';
import { buildCvDocument, buildJsonResume, DEFAULT_EXPORT_OPTIONS, renderJsonResume, renderPrintHtml, type ExportOptions } from '../../../shared/cv/export';
import { PlanSchema } from '../../../shared/model';
import { achievement, role } from '../../support/plan-builders';
import { CV_FIXTURE_HEADINGS, CV_FIXTURE_PROFILE, CV_TODAY, cvFixturePlan } from '../../support/cv-fixture';
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

  it('round-trips the work history, contact details and summary to where the schema puts them', () => {
    const resume = JSON.parse(renderJsonResume(documentFor({ grouping: 'area', order: 'impact' }))) as ReturnType<typeof buildJsonResume>;
    expect(jsonResumeErrors(resume)).toEqual([]);
    expect(resume.basics).toEqual({
      name: 'Alex Morgan',
      label: 'Project Manager',
      email: 'alex.morgan@example.com',
      phone: '07700 900123',
      location: { city: 'Leeds, UK' },
      profiles: [{ network: 'LinkedIn', url: 'https://www.linkedin.com/in/alex-morgan' }],
      summary: CV_FIXTURE_PROFILE.summary,
    });
    // One entry per role, newest role first whatever the grouping and order, then the achievements in no role.
    expect(resume.work.map((w) => [w.name, w.position, w.location, w.startDate, w.endDate, w.highlights.length])).toEqual([
      ['Northwind Health', 'Project Manager', 'Leeds', '2021-03', undefined, 2],
      ['Contoso Retail', 'Project Coordinator', 'Manchester', '2018-01', '2021-02', 2],
      [undefined, undefined, undefined, undefined, undefined, 1],
    ]);
    expect(resume.work[0]!.summary).toBe('Deliver digital projects for a regional NHS trust, reporting to the portfolio board.');
    expect(resume.work[1]!.highlights).toEqual([
      'Renegotiated three supplier contracts for the store refit, saving £120,000 in the first year.',
      'Coached six new project managers through a two-week onboarding, so each ran a stage-gate review within 3 days.',
    ]);
  });

  it('gives a link that is not LinkedIn as basics.url, and leaves out what the profile does not have', () => {
    const plan = cvFixturePlan();
    const own = PlanSchema.parse({ ...plan, profile: { ...plan.profile, link: 'https://alexmorgan.dev', phone: '', summary: '' } });
    const resume = buildJsonResume(buildCvDocument(own, DEFAULT_EXPORT_OPTIONS, CV_TODAY));
    expect(resume.basics).toEqual({ name: 'Alex Morgan', label: 'Project Manager', email: 'alex.morgan@example.com', location: { city: 'Leeds, UK' }, url: 'https://alexmorgan.dev' });
    expect(jsonResumeErrors(resume)).toEqual([]);
  });

  it('lists only passed certifications as certificates: work in progress is nowhere in the file', () => {
    const text = renderJsonResume(documentFor());
    const resume = JSON.parse(text) as ReturnType<typeof buildJsonResume>;
    expect(resume.certificates).toEqual([
      { name: 'PRINCE2 7 Foundation', issuer: 'PeopleCert (AXELOS)', date: '2024-03-14' },
      { name: 'ITIL 3 Foundation', issuer: 'AXELOS', date: '2019-05-01' },
    ]);
    expect(text).not.toMatch(/P3O|MSP 5|Exam booked|Studying|exam-booked|"status"/);
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
  it('is one self-contained document: CSP forbids loading anything, no scripts, images or tables, links only to contact details', () => {
    const html = renderPrintHtml(documentFor());
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<(script|img|table|iframe|link|object|svg)\b/i);
    expect(html).not.toMatch(/src=|url\(|@import/i);
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual(['mailto:alex.morgan@example.com', 'tel:07700900123', 'https://www.linkedin.com/in/alex-morgan']);
    expect(html).not.toMatch(/column-count|columns:|float:|position:\s*(absolute|fixed)/);
  });

  it('puts name, role, contact line and summary at the top of the body, and each role\'s place and dates under its heading', () => {
    const html = renderPrintHtml(documentFor());
    const body = html.slice(html.indexOf('<body>'));
    expect(body).toContain(
      '<h1>Alex Morgan</h1>\n<p class="subtitle">Project Manager</p>\n<p class="contact">' +
        '<a href="mailto:alex.morgan@example.com"><span class="nb">alex.morgan@example.com</span></a> · ' +
        '<a href="tel:07700900123"><span class="nb">07700 900123</span></a> · <span class="nb">Leeds, UK</span> · ' +
        '<a href="https://www.linkedin.com/in/alex-morgan"><span class="nb">www.linkedin.com/in/alex-morgan</span></a></p>\n<p class="summary">',
    );
    expect(body).toContain(
      '<h3>Project Manager, Northwind Health</h3>\n<p class="role-meta">Leeds · <span class="nb">Mar 2021 – present</span></p>\n' +
        '<p class="role-summary">Deliver digital projects for a regional NHS trust, reporting to the portfolio board.</p>\n<ul>',
    );
  });

  it('sets the page size and margins, keeps every bullet whole and headings with what follows', () => {
    expect(renderPrintHtml(documentFor())).toContain('@page { size: A4 portrait; margin: 18mm 18mm 20mm 18mm; }');
    expect(renderPrintHtml(documentFor({ pageSize: 'Letter' }))).toContain('@page { size: letter portrait;');
    const html = renderPrintHtml(documentFor());
    expect(html).toMatch(/li \{[^}]*break-inside: avoid;/);
    expect(html).toMatch(/h2, h3, \.role-meta, \.role-summary \{ break-after: avoid;/);
  });

  it('writes text a parser reads back whole: a typed bullet marker, no ligatures or hyphenation, IDs and figures unbroken', () => {
    const html = renderPrintHtml(documentFor());
    expect(html).toMatch(/ul \{[^}]*list-style-type: "\u2022 +";/);
    expect(html).toMatch(/body \{[^}]*hyphens: manual;[^}]*font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0;/);
    for (const token of ['GR656-123456', '40 %', '3 days', 'two-week', 'stage-gate', '12 projects', 'lessons-learned']) {
      expect(html, token).toContain(`<span class="nb">${token}</span>`);
    }
    // A figure keeps the word after it ("£120,000 in"): no line starts with a stranded "in" or unit.
    expect(html).toContain('<span class="nb">£120,000 in</span>');
  });

  it('uses standard headings and real list items, in reading order', () => {
    const html = renderPrintHtml(documentFor());
    const headings = [...html.matchAll(/<(h[123])>(.*?)<\/\1>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual(CV_FIXTURE_HEADINGS);
    expect(html.match(/<li>/g)).toHaveLength(5 + 2 + 2 + 2);
  });

  it('escapes what the person typed, and never links anything but mailto:, tel: and web addresses', () => {
    const plan = cvFixturePlan();
    const hostile = PlanSchema.parse({
      ...plan,
      profile: { ...plan.profile, name: '<img src=x onerror=alert(1)>', location: '<b>Leeds</b>' },
      roles: [role({ id: 'r-q', organisation: '"Q&A" <Ltd>', title: '' })],
      achievements: [achievement({ id: 'x', title: 'x', roleId: 'r-q', cvBullet: '</li><script>alert(1)</script>' })],
    });
    const document = buildCvDocument(hostile, DEFAULT_EXPORT_OPTIONS, CV_TODAY);
    const html = renderPrintHtml(document);
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('<h1>&lt;img src=x onerror=alert(1)&gt;</h1>');
    expect(html).toContain('<span class="nb">&lt;b&gt;Leeds&lt;/b&gt;</span>');
    expect(html).toContain('<h3>&quot;Q&amp;A&quot; &lt;Ltd&gt;</h3>');
    expect(html).toContain('<li>&lt;/li&gt;&lt;script&gt;alert(1)&lt;/script&gt;</li>');
    // The profile's schema only takes web addresses; the template does not rely on it.
    const forged = renderPrintHtml({ ...document, contact: [{ kind: 'link', text: 'click me', href: 'javascript:alert(1)' }] });
    expect(forged).not.toContain('javascript:');
    expect(forged).toContain('<p class="contact"><span class="nb">click me</span></p>');
  });
});
