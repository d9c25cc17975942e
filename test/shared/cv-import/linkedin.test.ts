import { describe, expect, it } from 'vitest';
import { readLinkedInExport } from '../../../shared/cv-import/linkedin';
import { LINKEDIN_CSV } from '../../support/cv-import-files';

const { positions: POSITIONS, certifications: CERTIFICATIONS, profile: PROFILE, skills: SKILLS } = LINKEDIN_CSV;

const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

function read(entries: Record<string, string>) {
  const result = readLinkedInExport(files(entries));
  if ('problem' in result) throw new Error(result.problem);
  return result;
}

describe('LinkedIn data export import', () => {
  it('copes with the BOM, the Notes preamble, quoted multi-line descriptions and blank rows', () => {
    const f = read({ 'Positions.csv': POSITIONS, 'Profile.csv': PROFILE, 'Certifications.csv': CERTIFICATIONS, 'Skills.csv': SKILLS });
    expect(f.roles.map((r) => [r.organisation, r.title, r.location, r.startMonth, r.endMonth, r.current])).toEqual([
      ['Northwind Health', 'Project Manager', 'Leeds', '2021-03', null, true],
      ['Contoso Retail', 'Project Coordinator', 'Manchester', '2018-01', '2021-02', false],
    ]);
    expect(f.achievements.map((a) => a.text)).toEqual(['Cut late status reports by 40% with a weekly RAID review', 'Brought 12 projects under one stage-gate process, saying "no" to three']);
    expect(f.achievements.every((a) => a.roleKey === f.roles[0]!.key)).toBe(true);
    expect(f.profile).toMatchObject({ name: 'Alex Morgan', currentRole: 'Project Manager | PMO in the making', summary: 'Ten years delivering change. Now moving into a PMO.', location: 'Leeds, England' });
    expect(f.certifications.map((c) => [c.catalogId !== null, c.issuer, c.issuedOn])).toEqual([[true, 'PeopleCert', '2019-06-01'], [false, 'Widget Guild', null]]);
    expect(f.skills.map((s) => [s.name, s.catalogId !== null])).toEqual([['Stakeholder Management', true], ['Knitting', false]]);
    expect(f.warnings).toEqual([]);
  });

  it('imports a partial export and says which files were missing', () => {
    const f = read({ 'Skills.csv': SKILLS });
    expect(f.skills).toHaveLength(2);
    expect(f.warnings.map((w) => w.where)).toEqual(['Profile.csv', 'Positions.csv', 'Certifications.csv']);
  });

  it('reports a file with the wrong headers instead of guessing', () => {
    const f = read({ 'Positions.csv': 'Employer,Job\nAcme,PM\n', 'Skills.csv': SKILLS });
    expect(f.roles).toEqual([]);
    expect(f.warnings[0]).toEqual({ where: 'Positions.csv', message: 'does not have the columns “Company Name” and “Title”, so it was left out.' });
  });

  it('refuses a zip with none of the export files, in words', () => {
    expect(readLinkedInExport(files({ 'notes.txt': 'hello' }))).toEqual({ problem: expect.stringContaining('not a LinkedIn data export') });
  });
});
