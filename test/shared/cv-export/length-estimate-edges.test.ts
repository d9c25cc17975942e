import { describe, expect, it } from 'vitest';
import type { CvDocument, CvRoleLine, CvSection } from '../../../shared/cv/export/document';
import { estimatePages, lengthEstimate, lineCount } from '../../../shared/cv/export/length';

/**
 * Pins the page estimate at its edges: Arial's widths letter by letter, where a line wraps exactly, and
 * how the print template's boxes fill A4 (259 x 174 mm of text: 734.17 x 493.23 pt). The heights the
 * sums below use come from the template: the 20pt name 27 + 4, a body line 11 x 1.35 = 14.85, the
 * current role +2, the contact line and the summary +10, a section heading 14 + 13 x 1.35 + 3 + 6 =
 * 40.55, a group heading 10 + 11.5 x 1.35 + 1 = 26.525 per line, a role's lines and a bullet +3.
 * W, 30 "m"s (30 x 833 thousandths of 11pt = 274.89pt), never shares a line with another W, so a text
 * of n Ws takes exactly n lines, in the page's width and in a bullet's (14pt narrower).
 */

const W = 'm'.repeat(30);
const wide = (lines: number) => Array.from({ length: lines }, () => W).join(' ');

function cv(parts: Partial<CvDocument>): CvDocument {
  return { title: 'Alex', personName: 'Alex', currentRole: '', contact: [], summary: '', pageSize: 'A4', language: 'en-GB', sections: [], work: [], ...parts };
}

const EMAIL = { kind: 'email', text: 'alex@example.com', href: 'mailto:alex@example.com' } as const;

function roleLine(parts: Partial<CvRoleLine>): CvRoleLine {
  return { id: 'r1', title: 'Project Manager', organisation: 'Northwind Health', location: '', dates: '', startMonth: null, endMonth: null, current: false, summary: '', ...parts };
}

function experience(bullets: string[], heading: string | null = null, role: CvRoleLine | null = null): CvSection {
  return {
    kind: 'achievements',
    heading: 'Experience',
    groups: [{ key: 'g1', heading, role, bullets: bullets.map((text, i) => ({ id: `b${i}`, text, date: null, roleId: null })) }],
  };
}

describe('line wrapping by character widths', () => {
  it('measures capitals and the letters at the ends of the alphabet by their own widths', () => {
    // At 1000pt a width in thousandths is a width in points; a space is 278.
    expect(lineCount('zz zz', 2300, 1000)).toBe(1); // z 500: 1000 + 278 + 1000 = 2278
    expect(lineCount('II II', 1400, 1000)).toBe(1); // I 278: 556 + 278 + 556 = 1390
    expect(lineCount('AA AA', 2900, 1000)).toBe(2); // A 667: 2946, too wide
    expect(lineCount('ZZ ZZ', 2700, 1000)).toBe(2); // Z 611: 2722, too wide
  });

  it('keeps a second word on the line when it ends exactly at the edge', () => {
    expect(lineCount('cc cc', 2278, 1000)).toBe(1);
    expect(lineCount('cc cc', 2277, 1000)).toBe(2);
  });

  it('counts a space only between words, not before the first', () => {
    // 1000 + 278 + 1000 + 278 + 1000 = 3556: the third word wraps in 3500.
    expect(lineCount('cc cc cc', 3500, 1000)).toBe(2);
    expect(lineCount('cc cc cc', 3556, 1000)).toBe(1);
  });

  it('ignores spaces before, after and between words', () => {
    expect(lineCount('cc ', 1100, 1000)).toBe(1);
    expect(lineCount('  cc \n\t', 1100, 1000)).toBe(1);
    expect(lineCount('cc   cc', 2278, 1000)).toBe(1);
  });

  it('measures plain text as regular and bold text about 6% wider', () => {
    expect(lineCount('cc cc', 2300, 1000)).toBe(1);
    expect(lineCount('cc cc', 2300, 1000, true)).toBe(2); // 2278 x 1.06 = 2414.68
    expect(lineCount('cc cc', 2415, 1000, true)).toBe(1);
  });
});

describe('the page estimate at the edge of a page', () => {
  it('overflows one A4 side with the name and a 47-line summary, which is not too long', () => {
    // 31 + 47 x 14.85 + 10 = 738.95 > 734.17
    const document = cv({ summary: wide(47) });
    expect(lengthEstimate(document)).toEqual({ pages: 2, text: 'About 2 pages of A4 — a UK CV is usually 2 sides of A4.', tooLong: false });
    // 31 + 46 x 14.85 + 10 = 724.1: one side.
    expect(estimatePages(cv({ summary: wide(46) }))).toBe(1);
  });

  it('gives the current role and the contact line their lines', () => {
    // 724.1 + 16.85 = 740.95, and 724.1 + 24.85 = 748.95.
    expect(estimatePages(cv({ currentRole: 'Project Manager', summary: wide(46) }))).toBe(2);
    expect(estimatePages(cv({ contact: [EMAIL], summary: wide(46) }))).toBe(2);
  });

  it('gives no space to an empty current role, contact line, summary or role lines', () => {
    // 31 + 40.55 + 26.525 + 42 x 14.85 + 3 = 724.775: an empty line of any of them would overflow.
    const document = cv({ sections: [experience([wide(42)], 'Project Manager, Northwind Health', roleLine({}))] });
    expect(estimatePages(document)).toBe(1);
  });

  it('counts a section heading and the gap under each bullet', () => {
    // 31 + 40.55 + 4 x (11 x 14.85 + 3) = 736.95: over by 2.78pt.
    expect(estimatePages(cv({ sections: [experience([wide(11), wide(11), wide(11), wide(11)])] }))).toBe(2);
    expect(estimatePages(cv({ sections: [experience([wide(11), wide(11), wide(11), wide(10)])] }))).toBe(1);
  });

  it('counts a group heading in full', () => {
    // 31 + 16.85 + 40.55 + 26.525 + 41 x 14.85 + 4 x 3 = 735.775: over by 1.6pt.
    const bullets = [wide(11), wide(10), wide(10), wide(10)];
    expect(estimatePages(cv({ currentRole: 'PMO Analyst', sections: [experience(bullets, 'Northwind Health')] }))).toBe(2);
    expect(estimatePages(cv({ currentRole: 'PMO Analyst', sections: [experience(bullets)] }))).toBe(1);
  });

  it('measures a group heading in bold, which can wrap where regular text would not', () => {
    // 51 "m"s and a space at 11.5pt: 482.17pt regular, 511.1pt bold, so two lines: 10 + 2 x 15.525 + 1 = 42.05.
    // 31 + 40.55 + 42.05 + 42 x 14.85 + 3 = 740.3 > 734.17.
    const heading = `${'m'.repeat(25)} ${'m'.repeat(25)}`;
    expect(estimatePages(cv({ sections: [experience([wide(42)], heading)] }))).toBe(2);
  });

  it("counts a role's place and dates line and its summary", () => {
    // 31 + 40.55 + 26.525 + 17.85 + 17.85 + 41 x 14.85 + 3 = 745.625; without either line, 727.775.
    const role = roleLine({ location: 'Leeds', dates: 'Mar 2021 – present', summary: 'Deliver digital projects.' });
    expect(estimatePages(cv({ sections: [experience([wide(41)], 'Project Manager, Northwind Health', role)] }))).toBe(2);
    expect(estimatePages(cv({ sections: [experience([wide(41)], 'Project Manager, Northwind Health', roleLine({ location: 'Leeds' }))] }))).toBe(1);
  });

  it('wraps bullets in the width left after the list indent', () => {
    // Two words of 27 "m"s: 497.86pt, wider than a bullet's 479.23pt, so two lines.
    // 31 + 40.55 + (2 x 14.85 + 3) + (43 x 14.85 + 3) = 745.8 > 734.17.
    const twoWords = `${'m'.repeat(27)} ${'m'.repeat(27)}`;
    expect(lineCount(twoWords, 479)).toBe(2);
    expect(estimatePages(cv({ sections: [experience([twoWords, wide(43)])] }))).toBe(2);
  });

  it('counts every line of a certification and of a skills line', () => {
    // 31 + 40.55 + 45 x 14.85 + 3 = 742.8 > 734.17.
    const certifications: CvSection = {
      kind: 'certifications',
      heading: 'Certifications',
      items: [{ id: 'c1', name: wide(45), issuer: '', status: 'passed', credentialId: '', issuedOn: null, expiresOn: null, facts: [] }],
    };
    expect(estimatePages(cv({ sections: [certifications] }))).toBe(2);
    // "Organisational: W" shares the first line, "W (Proficient)." the last: still 45 lines.
    const skills: CvSection = {
      kind: 'skills',
      heading: 'Skills',
      lines: [{ area: 'organisational', label: 'Organisational', skills: [{ id: 's1', name: wide(45), level: 3, levelLabel: 'Proficient', keywords: [] }] }],
    };
    expect(estimatePages(cv({ sections: [skills] }))).toBe(2);
  });
});

describe('page breaks', () => {
  it('counts a block taller than a page as the pages it fills, with the name and contact lines kept on its first', () => {
    // 31 + 16.85 + 24.85 + 70 x 14.85 + 10 = 1122.2: more than one page, less than two.
    const document = cv({ currentRole: 'Project Manager', contact: [EMAIL], summary: wide(70) });
    expect(estimatePages(document)).toBe(2);
  });

  it('moves a bullet that does not fit whole to the next page', () => {
    // Three bullets of 29 lines (433.65pt): no two fit on one page, so three pages, not 1.8 pages' worth.
    expect(estimatePages(cv({ sections: [experience([wide(29), wide(29), wide(29)])] }))).toBe(3);
  });

  it("keeps the section heading, group heading and role's lines with the first bullet, even when that overflows the next page", () => {
    // Page 1: the name and a one-line summary. The headings and role lines (102.775pt) go over with the
    // 43-line bullet (641.55pt): 744.3pt, which runs onto a third page.
    const role = roleLine({ location: 'Leeds', summary: 'Deliver digital projects.' });
    const document = cv({ summary: 'Project manager moving into a PMO.', sections: [experience([wide(43)], 'Northwind Health', role)] });
    expect(estimatePages(document)).toBe(3);
  });
});
