import { describe, expect, it } from 'vitest';
import {
  CERTIFICATIONS,
  CHECK_WITH_ISSUING_BODY,
  CertificationEntrySchema,
  FRAMEWORKS,
  FrameworkEntrySchema,
  LAST_VERIFIED,
  SKILLS,
  SkillEntrySchema,
  certificationDisplayName,
  findCertificationEntry,
  findSkillEntry,
  type CertificationEntry,
} from '../../../shared/catalog';
import { COMPETENCY_AREAS } from '../../../shared/model';

const byId = (id: string): CertificationEntry => {
  const entry = findCertificationEntry(id);
  if (!entry) throw new Error(`missing ${id}`);
  return entry;
};

describe('catalog entries', () => {
  it.each(FRAMEWORKS.map((f) => [f.id, f] as const))('framework %s validates and carries source and date', (_id, entry) => {
    expect(FrameworkEntrySchema.parse(entry)).toEqual(entry);
    expect(entry.sourceUrl).toMatch(/^https:\/\//);
    expect(entry.lastVerified).toBe(LAST_VERIFIED);
  });

  it.each(SKILLS.map((s) => [s.id, s] as const))('skill %s validates and carries source and date', (_id, entry) => {
    expect(SkillEntrySchema.parse(entry)).toEqual(entry);
    expect(entry.sourceUrl).toMatch(/^https:\/\//);
    expect(entry.lastVerified).toBe(LAST_VERIFIED);
  });

  it.each(CERTIFICATIONS.map((c) => [c.id, c] as const))('certification %s validates and carries body, source and date', (_id, entry) => {
    expect(CertificationEntrySchema.parse(entry)).toEqual(entry);
    expect(entry.issuingBody.length).toBeGreaterThan(0);
    expect(entry.sourceUrl).toMatch(/^https:\/\//);
    expect(entry.lastVerified).toBe(LAST_VERIFIED);
  });

  it('ships the "check with the issuing body" wording the UI shows beside catalog facts', () => {
    expect(CHECK_WITH_ISSUING_BODY).toMatch(/check with the issuing body/);
  });

  it('uses unique ids within each list', () => {
    for (const list of [FRAMEWORKS, SKILLS, CERTIFICATIONS]) {
      const ids = list.map((entry) => entry.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('skills framework', () => {
  it('fills every competency area', () => {
    for (const area of COMPETENCY_AREAS) expect(SKILLS.filter((s) => s.area === area).length).toBeGreaterThanOrEqual(3);
  });

  it('covers the skills PMO job ads ask for', () => {
    const adSkills = SKILLS.filter((s) => s.seenInJobAds).map((s) => s.id);
    expect(adSkills).toEqual(
      expect.arrayContaining([
        'status-reporting',
        'governance-assurance',
        'raid-management',
        'resource-capacity',
        'portfolio-prioritisation',
        'budget-tracking',
        'methods-templates',
        'lessons-learned',
        'change-control',
        'benefits-realisation',
        'stakeholder-management',
        'pmo-tools',
      ]),
    );
    expect(findSkillEntry('pmo-tools')?.examples).toEqual(['MS Project', 'Jira', 'Smartsheet', 'SharePoint', 'Excel', 'PowerPoint']);
  });

  it('cites only frameworks and elements that exist, and takes its source from the first', () => {
    for (const skill of SKILLS) {
      for (const ref of skill.frameworks) {
        const framework = FRAMEWORKS.find((f) => f.id === ref.frameworkId);
        expect(framework, `${skill.id} -> ${ref.frameworkId}`).toBeDefined();
        if (ref.element !== null) expect(framework!.elements).toContain(ref.element);
      }
      expect(skill.sourceUrl).toBe(FRAMEWORKS.find((f) => f.id === skill.frameworks[0]!.frameworkId)!.sourceUrl);
    }
  });

  it('finds a skill by id and nothing for an unknown id', () => {
    expect(findSkillEntry('raid-management')?.area).toBe('organisational');
    expect(findSkillEntry('no-such-skill')).toBeUndefined();
  });
});

describe('certifications', () => {
  it('holds every certification in pmo-facts.md', () => {
    expect(CERTIFICATIONS.map((c) => c.id).sort()).toEqual(
      [
        'pmp', 'capm', 'pgmp', 'pfmp', 'pmi-acp', 'pmi-pmocp',
        'prince2-7-foundation', 'prince2-7-practitioner', 'msp-5-foundation', 'msp-5-practitioner',
        'mop-foundation', 'p3o-foundation', 'apm-pfq', 'apm-pmq', 'apm-ppq', 'apm-chpp', 'psm-1', 'csm',
      ].sort(),
    );
  });

  it('flags exactly the entries pmo-facts.md marks [unverified]', () => {
    const flagged = CERTIFICATIONS.filter((c) => c.unverified).map((c) => c.id).sort();
    expect(flagged).toEqual(
      ['pmp', 'pgmp', 'pmi-acp', 'pmi-pmocp', 'prince2-7-practitioner', 'msp-5-foundation', 'msp-5-practitioner', 'mop-foundation', 'p3o-foundation', 'apm-pmq'].sort(),
    );
    expect(byId('pmi-pmocp').unverifiedFields).toEqual(['renewal']);
    expect(byId('p3o-foundation').unverifiedFields).toEqual(['renewal']);
    expect(byId('pmi-acp').unverifiedFields).toEqual(['exam']);
    expect(byId('msp-5-foundation').unverifiedNote).toMatch(/PRINCE2 Programme Management/);
  });

  it('points prerequisites and waivers only at certifications in the catalog', () => {
    for (const cert of CERTIFICATIONS) {
      for (const id of cert.prerequisites.certificationIds) expect(findCertificationEntry(id), `${cert.id} needs ${id}`).toBeDefined();
      for (const waiver of cert.prerequisites.waivers) expect(findCertificationEntry(waiver.certificationId)).toBeDefined();
    }
  });

  it('records the PMP facts, with renewal rules as data', () => {
    const pmp = byId('pmp');
    expect(pmp.exam).toMatchObject({ questions: 180, minutes: 230 });
    expect(pmp.prerequisites.routes.map((r) => [r.education, r.experience[0]?.months, r.experience[0]?.withinYears, r.trainingHours])).toEqual([
      ['degree', 36, 8, 35],
      ['secondary-diploma', 60, 8, 35],
    ]);
    expect(pmp.prerequisites.waivers).toEqual([{ certificationId: 'capm', waives: 'training' }]);
    expect(pmp.renewal).toMatchObject({ kind: 'cpd', amount: 60, unit: 'PDU', cycleYears: 3 });
    if (pmp.renewal.kind !== 'cpd') throw new Error('PMP renews by CPD');
    expect(pmp.renewal.categoryMinimums).toEqual([
      { category: 'Education', amount: 35, includes: ['Ways of Working', 'Power Skills', 'Business Acumen'] },
      { category: 'Ways of Working', amount: 8, includes: [] },
      { category: 'Power Skills', amount: 8, includes: [] },
      { category: 'Business Acumen', amount: 8, includes: [] },
    ]);
    expect(pmp.renewal.categoryMaximums).toEqual([{ category: 'Giving Back', amount: 25, includes: [] }]);
  });

  it('records the other PMI renewal amounts and exam facts', () => {
    expect(byId('capm').renewal).toMatchObject({ kind: 'cpd', amount: 15, cycleYears: 3 });
    expect(byId('capm').exam).toMatchObject({ questions: 150, minutes: 180 });
    expect(byId('pgmp').exam).toMatchObject({ questions: 170, minutes: 240 });
    expect(byId('pgmp').prerequisites.panelReview).toBe(true);
    expect(byId('pfmp').renewal).toMatchObject({ kind: 'cpd', amount: 60, cycleYears: 3 });
    expect(byId('pmi-acp').renewal).toMatchObject({ kind: 'cpd', amount: 30, cycleYears: 3 });
    expect(byId('pmi-acp').exam).toMatchObject({ questions: 120, minutes: null });
    expect(byId('pmi-pmocp').exam).toMatchObject({ questions: 120, minutes: 165 });
    expect(byId('pmi-pmocp').renewal.kind).toBe('unknown');
  });

  it('records the PeopleCert exams and the three-year resit-or-CPD rule', () => {
    expect(byId('prince2-7-foundation').exam).toMatchObject({ questions: 60, minutes: 60, passMarkScore: 36, passMarkPercent: 60, openBook: false });
    expect(byId('prince2-7-foundation').prerequisites.kind).toBe('none');
    expect(byId('prince2-7-practitioner').prerequisites.certificationIds).toEqual(['prince2-7-foundation']);
    expect(byId('msp-5-practitioner').prerequisites.certificationIds).toEqual(['msp-5-foundation']);
    expect(byId('mop-foundation').exam).toMatchObject({ questions: 50, minutes: 40, passMarkPercent: 50 });
    expect(byId('p3o-foundation').exam).toMatchObject({ questions: 75, scoredQuestions: 70, minutes: 60, passMarkPercent: 50 });
    expect(byId('p3o-foundation').renewal).toEqual({
      kind: 'resit-or-cpd',
      validityYears: 3,
      cpd: { amount: 20, unit: 'CPD point', perYears: 1, requiresMembership: true },
      alternatives: ['Re-sit the same exam', 'Pass another exam in the same suite'],
    });
  });

  it('records the agile certifications, and says so when APM facts are missing', () => {
    expect(byId('psm-1')).toMatchObject({ exam: { questions: 80, minutes: 60, passMarkPercent: 85 }, renewal: { kind: 'none' } });
    expect(byId('psm-1').prerequisites.kind).toBe('none');
    expect(byId('csm').renewal).toMatchObject({ kind: 'cpd', amount: 20, unit: 'SEU', cycleYears: 2 });
    expect(byId('csm').exam).toMatchObject({ questions: 50, minutes: 60, passMarkPercent: 74 });
    for (const id of ['apm-pfq', 'apm-pmq', 'apm-ppq', 'apm-chpp']) {
      expect(byId(id).exam).toBeNull();
      expect(byId(id).renewal.kind).toBe('unknown');
      expect(byId(id).prerequisites.kind).toBe('unknown');
    }
    expect(byId('apm-chpp').level).toBe('chartered');
    expect(byId('apm-pfq').level).toBe('entry');
  });

  it('names a plan certification from the catalog or from what the person typed', () => {
    expect(certificationDisplayName({ catalogId: 'csm', customName: '' })).toBe('Certified ScrumMaster');
    expect(certificationDisplayName({ catalogId: null, customName: ' Lean Six Sigma ' })).toBe('Lean Six Sigma');
    expect(certificationDisplayName({ catalogId: 'gone', customName: '' })).toBe('Unnamed certification');
  });
});

describe('catalog schemas reject dishonest entries', () => {
  const good = byId('p3o-foundation');

  it('rejects an unverified entry without a note, and a note on a verified one', () => {
    expect(CertificationEntrySchema.safeParse({ ...good, unverifiedNote: '' }).success).toBe(false);
    expect(CertificationEntrySchema.safeParse({ ...byId('csm'), unverifiedNote: 'hmm' }).success).toBe(false);
  });

  it('rejects an unverified certification that does not say which fields are unconfirmed', () => {
    expect(CertificationEntrySchema.safeParse({ ...good, unverifiedFields: [] }).success).toBe(false);
  });

  it('rejects a missing or insecure source and a malformed date', () => {
    expect(CertificationEntrySchema.safeParse({ ...good, sourceUrl: 'http://www.peoplecert.org/' }).success).toBe(false);
    expect(CertificationEntrySchema.safeParse({ ...good, sourceUrl: '' }).success).toBe(false);
    expect(CertificationEntrySchema.safeParse({ ...good, lastVerified: '25/11/2026' }).success).toBe(false);
  });

  it('rejects prerequisites listed under "none"', () => {
    const prerequisites = { ...good.prerequisites, kind: 'none', certificationIds: ['capm'] };
    expect(CertificationEntrySchema.safeParse({ ...good, prerequisites }).success).toBe(false);
  });
});
