import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJsonResume } from '../../../shared/cv-import/json-resume';

const sample = JSON.parse(fs.readFileSync('node_modules/@jsonresume/schema/sample.resume.json', 'utf8'));

function findings(doc: unknown) {
  const result = readJsonResume(doc);
  if (!result.ok) throw new Error(result.message);
  return result.findings;
}

describe('JSON Resume import', () => {
  it("reads the JSON Resume project's own sample, reporting only what the plan has no place for", () => {
    const f = findings(sample);
    expect(f.profile).toMatchObject({ name: 'Richard Hendriks', currentRole: 'Programmer', email: 'richard.hendriks@mail.com', phone: '(912) 555-4321', location: 'San Francisco, California', link: 'http://richardhendricks.example.com' });
    expect(f.roles).toEqual([
      expect.objectContaining({ organisation: 'Pied Piper', title: 'CEO/President', location: 'Palo Alto, CA', startMonth: '2013-12', endMonth: '2014-12', current: false }),
    ]);
    expect(f.achievements.filter((a) => a.from === 'work').map((a) => a.text)).toEqual(sample.work[0].highlights);
    expect(f.achievements.filter((a) => a.roleKey === f.roles[0]!.key)).toHaveLength(3);
    expect(f.achievements.map((a) => a.from)).toEqual(expect.arrayContaining(['volunteer', 'projects', 'awards']));
    expect(f.skills.map((s) => s.name)).toEqual(['Web Development', 'Compression']);
    expect(f.warnings.map((w) => w.where).sort()).toEqual(['education', 'interests', 'languages', 'publications', 'references']);
  });

  it('matches certificates to the catalog by name and alias, and keeps the rest as custom', () => {
    const f = findings({
      certificates: [
        { name: 'Project Management Professional (PMP)', issuer: 'PMI', date: '2021-06-01' },
        { name: 'PRINCE2® Practitioner', date: '2019-03' },
        { name: 'Certified Widget Wrangler', issuer: 'Widget Guild' },
      ],
    });
    expect(f.certifications.map((c) => [c.name, c.catalogId, c.issuer, c.issuedOn])).toEqual([
      ['Project Management Professional (PMP)', 'pmp', 'PMI', '2021-06-01'],
      ['PRINCE2® Practitioner', expect.stringMatching(/^prince2.*practitioner$/), '', '2019-03-01'],
      ['Certified Widget Wrangler', null, 'Widget Guild', null],
    ]);
  });

  it('skips a wrong field and reports it, never refusing the whole file', () => {
    const f = findings({ basics: { name: 42, email: ['x'] }, work: [{ name: 'Acme', position: 'PM', startDate: 'sometime', highlights: 'not a list' }, 'junk'] });
    expect(f.profile.name).toBe('42');
    expect(f.profile.email).toBe('');
    expect(f.roles).toEqual([expect.objectContaining({ organisation: 'Acme', title: 'PM', startMonth: null })]);
    expect(f.warnings.map((w) => w.where)).toEqual(['basics.email', 'work[0].startDate', 'work[0].highlights', 'work[1]']);
  });

  it('keeps the first 50 keywords of a skill that lists hundreds, and says so', () => {
    const f = findings({ skills: [{ name: 'Excel', keywords: Array.from({ length: 300 }, (_, i) => `kw${i}`) }] });
    expect(f.skills[0]!.keywords).toHaveLength(50);
    expect(f.skills[0]!.keywords.at(-1)).toBe('kw49');
    expect(f.warnings).toEqual([{ where: 'skills[0].keywords', message: 'has 300 keywords; the first 50 were kept.' }]);
  });

  it('refuses JSON that is not a resume, in words', () => {
    for (const doc of [null, [], 'resume', { schemaVersion: 5, milestones: [] }]) {
      const result = readJsonResume(doc);
      expect(result).toEqual({ ok: false, message: expect.stringContaining('not a resume') });
    }
  });
});
