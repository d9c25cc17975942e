import { describe, expect, it } from 'vitest';
import type { CvDocument, CvGroup, CvRoleLine } from '../../../shared/cv/export/document';
import { renderPrintHtml } from '../../../shared/cv/export/print-html';

/**
 * Pins the print template's exact markup where a CV has gaps: no current role, contact or summary, a
 * role with only dates, only a place or neither, a role with no bullets, a group with no heading; and
 * the document's frame around the body (head, title, closing tags, final newline).
 */

function cv(parts: Partial<CvDocument>): CvDocument {
  return { title: 'Alex', personName: 'Alex', currentRole: '', contact: [], summary: '', pageSize: 'A4', language: 'en-GB', sections: [], work: [], ...parts };
}

function roleLine(parts: Partial<CvRoleLine>): CvRoleLine {
  return { id: 'r', title: '', organisation: '', location: '', dates: '', startMonth: null, endMonth: null, current: false, summary: '', ...parts };
}

function group(key: string, heading: string | null, role: CvRoleLine | null, bullets: string[]): CvGroup {
  return { key, heading, role, bullets: bullets.map((text, i) => ({ id: `${key}-${i}`, text, date: null, roleId: null })) };
}

/** The lines between <body> and </body>, after checking what follows the style sheet is exactly the close of the head, the body and the end. */
function bodyLines(html: string): string[] {
  const afterStyle = html.slice(html.indexOf('</style>\n') + '</style>\n'.length).split('\n');
  expect(afterStyle.slice(0, 2)).toEqual(['</head>', '<body>']);
  expect(afterStyle.slice(-3)).toEqual(['</body>', '</html>', '']);
  return afterStyle.slice(2, -3);
}

describe('print HTML for a CV with gaps', () => {
  const byRole = cv({
    title: 'Alex & Sam',
    summary: 'Cut costs by 40 % this year.',
    sections: [
      {
        kind: 'achievements',
        heading: 'Experience',
        groups: [
          group('g1', 'Project Manager, Northwind Health', roleLine({ dates: 'Mar 2021 – present' }), ['Ran the weekly RAG review.', 'Rebuilt the RAID log.']),
          group('g2', 'Project Coordinator, Contoso Retail', roleLine({ location: 'Leeds', summary: 'Ran the store refit.' }), []),
          group('g3', 'Volunteer, Parish Council', roleLine({}), ['Kept the minutes.']),
        ],
      },
      {
        kind: 'skills',
        heading: 'Skills',
        lines: [
          {
            area: 'organisational',
            label: 'Organisational',
            skills: [
              { id: 's1', name: 'RAID management', level: 3, levelLabel: 'Proficient', keywords: [] },
              { id: 's2', name: 'Status reporting', level: 4, levelLabel: 'Expert', keywords: [] },
            ],
          },
        ],
      },
    ],
  });

  it('opens with the head: charset, the content security policy and the escaped name as the title', () => {
    const lines = renderPrintHtml(byRole).split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '<!DOCTYPE html>',
      '<html lang="en-GB">',
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
      '<title>Alex &amp; Sam</title>',
      '<style>',
    ]);
  });

  it('leaves out an empty role, contact line and role lines, writes no list for a role without bullets, and each skill line as a list item', () => {
    expect(bodyLines(renderPrintHtml(byRole))).toEqual([
      '<h1>Alex &amp; Sam</h1>',
      '<p class="summary">Cut costs by <span class="nb">40 %</span> this year.</p>',
      '<h2>Experience</h2>',
      '<h3>Project Manager, Northwind Health</h3>',
      '<p class="role-meta"><span class="nb">Mar 2021 – present</span></p>',
      '<ul>',
      '<li>Ran the weekly RAG review.</li>',
      '<li>Rebuilt the RAID log.</li>',
      '</ul>',
      '<h3>Project Coordinator, Contoso Retail</h3>',
      '<p class="role-meta">Leeds</p>',
      '<p class="role-summary">Ran the store refit.</p>',
      // The role without bullets: no <ul>, only the empty line its missing list leaves.
      '',
      '<h3>Volunteer, Parish Council</h3>',
      '<ul>',
      '<li>Kept the minutes.</li>',
      '</ul>',
      '<h2>Skills</h2>',
      '<ul>',
      '<li><strong>Organisational:</strong> RAID management (Proficient), Status reporting (Expert).</li>',
      '</ul>',
    ]);
  });

  it('writes the current role and contact line but no summary paragraph when the summary is empty, and no h3 for a group without a heading', () => {
    const oneList = cv({
      title: 'Achievements',
      currentRole: 'PMO Analyst',
      contact: [{ kind: 'email', text: 'alex@example.com', href: 'mailto:alex@example.com' }],
      sections: [{ kind: 'achievements', heading: 'Achievements', groups: [group('all', null, null, ['Ran the weekly RAG review.'])] }],
    });
    expect(bodyLines(renderPrintHtml(oneList))).toEqual([
      '<h1>Achievements</h1>',
      '<p class="subtitle">PMO Analyst</p>',
      '<p class="contact"><a href="mailto:alex@example.com"><span class="nb">alex@example.com</span></a></p>',
      '<h2>Achievements</h2>',
      '<ul>',
      '<li>Ran the weekly RAG review.</li>',
      '</ul>',
    ]);
  });
});
