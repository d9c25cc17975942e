import { describe, expect, it } from 'vitest';
import {
  CERTIFICATIONS,
  CertificationEntrySchema,
  FRAMEWORKS,
  FrameworkEntrySchema,
  findCertificationEntry,
  findSkillEntry,
  PrerequisitesSchema,
  RenewalRuleSchema,
  SKILLS,
  SkillEntrySchema,
} from '../../../shared/catalog';

/**
 * The catalog schemas exist to keep our own entries honest, so each rule must really refuse what it
 * is there to refuse. Each case takes a real entry and breaks one thing.
 */

const refuses = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success === false;
const issuesOf = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } } }, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error!.issues.map((i) => ({ message: i.message, path: i.path }));
};

const framework = FRAMEWORKS[0]!;
const skill = SKILLS[0]!;
const certification = CERTIFICATIONS.find((c) => !c.unverified && c.prerequisites.kind === 'none')!;
const withPrerequisites = CERTIFICATIONS.find((c) => c.prerequisites.kind === 'required')!;

describe('the catalog schemas accept the shipped entries as they are', () => {
  it('a framework, a skill and certifications', () => {
    expect(FrameworkEntrySchema.parse(framework)).toEqual(framework);
    expect(SkillEntrySchema.parse(skill)).toEqual(skill);
    expect(CertificationEntrySchema.parse(certification)).toEqual(certification);
    expect(CertificationEntrySchema.parse(withPrerequisites)).toEqual(withPrerequisites);
  });
});

describe('and refuse each kind of mistake', () => {
  it('a blank name, summary or element', () => {
    expect(refuses(FrameworkEntrySchema, { ...framework, name: '   ' })).toBe(true);
    expect(refuses(FrameworkEntrySchema, { ...framework, summary: '' })).toBe(true);
    expect(refuses(FrameworkEntrySchema, { ...framework, elements: [' '] })).toBe(true);
    expect(refuses(SkillEntrySchema, { ...skill, description: ' ' })).toBe(true);
    expect(refuses(SkillEntrySchema, { ...skill, examples: [''] })).toBe(true);
    expect(refuses(CertificationEntrySchema, { ...certification, shortName: '' })).toBe(true);
  });

  it('a source that is not an https link to a named host', () => {
    for (const sourceUrl of ['http://www.pmi.org/', 'httpsx://www.pmi.org/', 'xhttps://www.pmi.org/', 'https://localhost/', 'www.pmi.org', '']) {
      expect(refuses(FrameworkEntrySchema, { ...framework, sourceUrl }), sourceUrl).toBe(true);
    }
  });

  it('an unverified flag without a note, or a note without the flag, pointing at the note', () => {
    expect(issuesOf(SkillEntrySchema, { ...skill, unverified: true, unverifiedNote: '  ' })).toEqual([
      { message: 'An unverified entry needs a note saying what is unconfirmed, and only an unverified one.', path: ['unverifiedNote'] },
    ]);
    expect(refuses(FrameworkEntrySchema, { ...framework, unverifiedNote: 'Not sure.' })).toBe(true);
  });

  it('a skill with no framework behind it, or a framework element that is blank', () => {
    expect(refuses(SkillEntrySchema, { ...skill, frameworks: [] })).toBe(true);
    expect(refuses(SkillEntrySchema, { ...skill, frameworks: [{ frameworkId: skill.frameworks[0]!.frameworkId, element: ' ' }] })).toBe(true);
    expect(SkillEntrySchema.safeParse({ ...skill, frameworks: [{ frameworkId: skill.frameworks[0]!.frameworkId, element: null }] }).success).toBe(true);
  });

  it('an unknown level or focus', () => {
    expect(refuses(CertificationEntrySchema, { ...certification, level: 'expert' })).toBe(true);
    expect(refuses(CertificationEntrySchema, { ...certification, focus: 'finance' })).toBe(true);
  });

  it('an unverified certification that does not say which fields, and the other way round', () => {
    expect(issuesOf(CertificationEntrySchema, { ...certification, unverified: true, unverifiedNote: 'The exam changed.', unverifiedFields: [] })).toEqual([
      { message: 'An unverified certification must say which fields are unconfirmed, and only an unverified one.', path: ['unverifiedFields'] },
    ]);
    expect(refuses(CertificationEntrySchema, { ...certification, unverifiedFields: ['exam'] })).toBe(true);
    expect(refuses(CertificationEntrySchema, { ...certification, unverified: true, unverifiedNote: 'x', unverifiedFields: ['price'] })).toBe(true);
  });

  it('prerequisites listed on a certification that has none, saying so', () => {
    const none = certification.prerequisites;
    const route = { education: null, experience: [], trainingHours: null, trainingTopic: '' };
    for (const extra of [{ certificationIds: ['pmp'] }, { routes: [route] }, { waivers: [{ certificationId: 'pmp', waives: 'training' }] }]) {
      expect(issuesOf(PrerequisitesSchema, { ...none, ...extra }), JSON.stringify(extra)).toEqual([{ message: 'Only a certification with prerequisites can list them.', path: [] }]);
      expect(PrerequisitesSchema.safeParse({ ...none, ...extra, kind: 'required' }).success).toBe(true);
    }
    expect(refuses(PrerequisitesSchema, { ...none, kind: 'maybe' })).toBe(true);
    expect(refuses(PrerequisitesSchema, { ...none, summary: ' ' })).toBe(true);
  });

  it('eligibility routes with an unknown education, experience kind or waiver', () => {
    const required = withPrerequisites.prerequisites;
    const route = { education: 'degree', experience: [{ kind: 'project', months: 36, withinYears: 8 }], trainingHours: 35, trainingTopic: 'project management' };
    expect(PrerequisitesSchema.safeParse({ ...required, routes: [route] }).success).toBe(true);
    expect(PrerequisitesSchema.safeParse({ ...required, routes: [{ ...route, education: 'secondary-diploma' }] }).success).toBe(true);
    expect(refuses(PrerequisitesSchema, { ...required, routes: [{ ...route, education: 'doctorate' }] })).toBe(true);
    for (const kind of ['project', 'programme', 'portfolio', 'business', 'agile']) {
      expect(PrerequisitesSchema.safeParse({ ...required, routes: [{ ...route, experience: [{ kind, months: 12, withinYears: null }] }] }).success, kind).toBe(true);
    }
    expect(refuses(PrerequisitesSchema, { ...required, routes: [{ ...route, experience: [{ kind: 'sales', months: 12, withinYears: null }] }] })).toBe(true);
    expect(refuses(PrerequisitesSchema, { ...required, routes: [{ ...route, experience: [{ kind: 'project', months: 0, withinYears: null }] }] })).toBe(true);
    for (const waives of ['training', 'experience']) {
      expect(PrerequisitesSchema.safeParse({ ...required, waivers: [{ certificationId: 'capm', waives }] }).success, waives).toBe(true);
    }
    expect(refuses(PrerequisitesSchema, { ...required, waivers: [{ certificationId: 'capm', waives: 'exam' }] })).toBe(true);
  });

  it('renewal rules of each kind, with a note where the rule is unknown', () => {
    expect(RenewalRuleSchema.safeParse({ kind: 'none', note: '' }).success).toBe(true);
    expect(RenewalRuleSchema.safeParse({ kind: 'unknown', note: 'Check with the body.' }).success).toBe(true);
    expect(refuses(RenewalRuleSchema, { kind: 'unknown', note: ' ' })).toBe(true);
    expect(refuses(RenewalRuleSchema, { kind: 'never', note: '' })).toBe(true);
    expect(refuses(RenewalRuleSchema, { kind: 'resit-or-cpd', validityYears: 3, cpd: { amount: 20, unit: 'CPD point', perYears: 1, requiresMembership: false }, alternatives: [] })).toBe(true);
  });
});

describe('catalog look-ups', () => {
  it('find entries by their stable id, and nothing for an unknown one', () => {
    expect(findSkillEntry(skill.id)).toBe(skill);
    expect(findSkillEntry('no-such-skill')).toBeUndefined();
    expect(findCertificationEntry(certification.id)).toBe(certification);
    expect(findCertificationEntry('no-such-certification')).toBeUndefined();
  });

  it('a skill takes its source link from the first framework it cites, and starts verified with no examples unless given', () => {
    for (const entry of SKILLS) {
      const first = FRAMEWORKS.find((f) => f.id === entry.frameworks[0]!.frameworkId)!;
      expect(entry.sourceUrl, entry.id).toBe(first.sourceUrl);
      expect(entry).toMatchObject({ unverified: false, unverifiedNote: '' });
      expect(Array.isArray(entry.examples)).toBe(true);
    }
    // A skill whose ads named no tools has none listed.
    expect(SKILLS.some((entry) => entry.examples.length === 0)).toBe(true);
  });
});
