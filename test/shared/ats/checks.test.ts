import { describe, expect, it } from 'vitest';
import { atsReport } from '../../../shared/ats/checks';
import { buildCvDocument, DEFAULT_EXPORT_OPTIONS, documentBullets, renderPlainText, type CvDocument } from '../../../shared/cv/export';
import { cvFixturePlan, CV_TODAY } from '../../support/cv-fixture';

/**
 * The checklist over text with planted defects: each defect is caught by its check, with its message,
 * and a clean read-back passes. The clean text is the plain-text export of the same document (what a
 * reader of the body gets, in order).
 */

const document = (options = DEFAULT_EXPORT_OPTIONS): CvDocument => buildCvDocument(cvFixturePlan(), options, CV_TODAY);
const clean = (doc = document()) => renderPlainText(doc);
const report = (pages: string[], doc = document(), fileName = 'Alex Morgan - CV.pdf') => atsReport(doc, { format: 'pdf', pages, fileName });
const checkOf = (r: ReturnType<typeof report>, id: string) => r.checks.find((c) => c.id === id)!;

describe('the ATS checklist', () => {
  const bullets = documentBullets(document()).map((b) => b.text);

  it('passes a clean read-back', () => {
    const r = report([clean()]);
    expect(r.checks.filter((c) => !c.ok)).toEqual([]);
    expect(checkOf(r, 'bullets').summary).toBe(`${bullets.length} of ${bullets.length} achievements read back in order.`);
  });

  it('names a bullet that did not come back', () => {
    const r = report([clean().replace(bullets[1]!, '')]);
    expect(checkOf(r, 'bullets')).toMatchObject({ ok: false, summary: `${bullets.length - 1} of ${bullets.length} achievements read back in order.` });
    expect(checkOf(r, 'bullets').problems).toEqual([expect.stringMatching(/ is not in the text as written\.$/)]);
    expect(checkOf(r, 'bullets').problems[0]).toContain(bullets[1]!.slice(0, 30));
  });

  it('names a bullet that comes back out of order', () => {
    const text = clean();
    const swapped = text.replace(bullets[0]!, '\u0000').replace(bullets[1]!, bullets[0]!).replace('\u0000', bullets[1]!);
    const r = report([swapped]);
    expect(checkOf(r, 'bullets').ok).toBe(false);
    expect(checkOf(r, 'bullets').problems).toEqual([expect.stringMatching(/reads back earlier than the achievement before it \(number 1\)\.$/)]);
  });

  it('catches a ligature and an unreadable character, naming the words', () => {
    const text = clean().replace(/fi/, '\ufb01').replace(/ro/, '\ufffd');
    const r = report([text]);
    expect(checkOf(r, 'characters').ok).toBe(false);
    expect(checkOf(r, 'characters').problems.some((p) => p.includes('a ligature'))).toBe(true);
    expect(checkOf(r, 'characters').problems.some((p) => p.includes('could not be read'))).toBe(true);
  });

  it('catches contact details that only a header had, as the body text lacks them', () => {
    const doc = document();
    const body = doc.contact.reduce((text, item) => text.split(item.text).join(''), clean());
    const r = report([body], doc);
    expect(checkOf(r, 'contact').problems).toHaveLength(doc.contact.length);
  });

  it('says when no text came back at all, and when a page came back empty', () => {
    expect(checkOf(report(['', '  ']), 'text')).toMatchObject({ ok: false, summary: 'No text came back from the file: an ATS would read nothing.' });
    expect(checkOf(report([clean(), '']), 'text')).toMatchObject({ ok: false, problems: ['Page 2 has no text an ATS can read.'] });
  });

  it('finds a bullet split across two pages', () => {
    const text = clean();
    const bullet = bullets[2]!;
    // A page ends between two words of it, as a line of a PDF does.
    const cut = text.indexOf(' ', text.indexOf(bullet) + Math.floor(bullet.length / 2));
    const r = report([text.slice(0, cut), text.slice(cut)]);
    expect(checkOf(r, 'split').problems).toEqual([expect.stringMatching(/starts on one page and ends on the next\.$/)]);
    expect(checkOf(r, 'bullets').ok).toBe(true);
  });

  it('says a heading is not one ATSs look for, and how to get “Experience”', () => {
    const doc = document({ ...DEFAULT_EXPORT_OPTIONS, grouping: 'none' });
    const r = report([clean(doc)], doc);
    expect(checkOf(r, 'headings').problems).toContain('“Achievements” is not a heading ATSs look for: they expect “Experience”.');
    expect(checkOf(r, 'headings').fix).toMatch(/Group by organisation and role/);
  });

  it('wants the person’s name in the file name', () => {
    expect(checkOf(report([clean()], document(), 'CV.pdf'), 'file-name').ok).toBe(false);
    expect(checkOf(report([clean()], document(), 'Alex Morgan - Achievements - 2026-11.pdf'), 'file-name').ok).toBe(true);
  });
});
