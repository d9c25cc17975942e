import fc from 'fast-check';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findExisting } from '../../../shared/cv-import/duplicates';
import { readJsonResume } from '../../../shared/cv-import/json-resume';
import { importChange, type ImportSelection } from '../../../shared/cv-import/to-change';
import type { FoundProfile, ImportFindings } from '../../../shared/cv-import/findings';
import { PlanChangeSchema, PlanSchema, applyPlanChange, createEmptyPlan, type Plan } from '../../../shared/model';

const NOW = '2026-12-01T09:00:00.000Z';
const clock = { now: NOW, today: '2026-12-01' };
const sample = JSON.parse(fs.readFileSync('node_modules/@jsonresume/schema/sample.resume.json', 'utf8'));

function findingsOf(doc: unknown): ImportFindings {
  const result = readJsonResume(doc);
  if (!result.ok) throw new Error(result.message);
  return result.findings;
}

/** Everything ticked; every profile field the plan has blank filled; unmatched skills put under business. */
function everything(findings: ImportFindings, plan: Plan): ImportSelection {
  const keys = new Set([...findings.roles, ...findings.achievements, ...findings.certifications, ...findings.skills].map((i) => i.key));
  const profileFields = new Set((Object.keys(findings.profile) as (keyof FoundProfile)[]).filter((f) => (plan.profile[f] ?? '') === ''));
  return { keys, profileFields, skillAreas: new Map(findings.skills.map((s) => [s.key, 'business' as const])) };
}

function importInto(plan: Plan, doc: unknown): { plan: Plan; added: boolean } {
  const findings = findingsOf(doc);
  let n = 0;
  const change = importChange(findings, everything(findings, plan), findExisting(findings, plan), () => `imp-${++n}`);
  if (change === null) return { plan, added: false };
  const next = PlanSchema.parse(applyPlanChange(plan, PlanChangeSchema.parse(change), clock));
  return { plan: next, added: true };
}

describe('importing findings into the plan', () => {
  it('adds the sample resume as one valid change: its role, the highlights in it, the skills and the contact details', () => {
    const { plan } = importInto(createEmptyPlan(NOW), sample);
    expect(plan.roles.map((r) => [r.organisation, r.title, r.startMonth, r.endMonth])).toEqual([['Pied Piper', 'CEO/President', '2013-12', '2014-12']]);
    const inRole = plan.achievements.filter((a) => a.roleId === plan.roles[0]!.id);
    expect(inRole.map((a) => a.title)).toEqual(sample.work[0].highlights);
    expect(plan.achievements.filter((a) => a.tags.includes('volunteer'))).toHaveLength(1);
    expect(plan.profile).toMatchObject({ name: 'Richard Hendriks', email: 'richard.hendriks@mail.com' });
  });

  it('adds nothing the second time the same file is imported', () => {
    const once = importInto(createEmptyPlan(NOW), sample).plan;
    expect(importInto(once, sample)).toEqual({ plan: once, added: false });
  });

  it('imports any generated resume so that a second import adds nothing, and every reported item is in the plan (property)', () => {
    const words = fc.stringMatching(/^[A-Za-z][A-Za-z ]{2,30}[a-z]$/);
    const resume = fc.record({
      work: fc.array(fc.record({ name: words, position: words, startDate: fc.constantFrom('2019-03-01', '2020-01', 'Jan 2021', undefined), endDate: fc.constantFrom(undefined, '2022-05-01', '2018-01'), location: fc.oneof(fc.constant(undefined), words), highlights: fc.uniqueArray(words, { maxLength: 4 }) }), { maxLength: 4 }),
      certificates: fc.array(fc.record({ name: fc.oneof(words, fc.constantFrom('PMP', 'PRINCE2 Foundation', 'Certified ScrumMaster')), issuer: words, date: fc.constantFrom(undefined, '2021-06-01', 'Jun 2019') }), { maxLength: 3 }),
      skills: fc.array(fc.record({ name: fc.oneof(words, fc.constantFrom('Stakeholder management', 'Risk management')) }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(resume, (doc) => {
        const findings = findingsOf(doc);
        const { plan } = importInto(createEmptyPlan(NOW), doc);
        // Nothing reported as found is lost: every role, line, certificate and skill is in the plan.
        // Every field it shows is kept: a role's dates and place, an achievement's words and role, a certificate's issuer and date.
        for (const role of findings.roles) {
          expect(plan.roles).toContainEqual(expect.objectContaining({ organisation: role.organisation, title: role.title, location: role.location, startMonth: role.startMonth, endMonth: role.endMonth, current: role.current }));
        }
        for (const a of findings.achievements) {
          const kept = plan.achievements.find((p) => p.title === a.title);
          expect(kept).toBeDefined();
          expect(kept!.cvBullet || kept!.title).toBe(a.text);
          const role = findings.roles.find((r) => r.key === a.roleKey);
          if (role) expect(plan.roles.find((r) => r.id === kept!.roleId)).toMatchObject({ organisation: role.organisation, title: role.title });
        }
        for (const c of findings.certifications) {
          expect(plan.certifications).toContainEqual(expect.objectContaining(c.catalogId ? { catalogId: c.catalogId } : { customName: c.name, customBody: c.issuer, issuedOn: c.issuedOn }));
        }
        for (const s of findings.skills) expect(plan.skills.some((p) => p.name === s.name || (s.catalogId !== null && p.catalogId === s.catalogId))).toBe(true);
        expect(importInto(plan, doc).added).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a file that lists the same thing twice', () => {
  it('adds it once', () => {
    const { plan } = importInto(createEmptyPlan(NOW), { certificates: [{ name: 'PMP' }, { name: 'Project Management Professional' }], skills: [{ name: 'Facilitation' }, { name: 'facilitation' }] });
    expect(plan.certifications.map((c) => c.catalogId)).toEqual(['pmp']);
    expect(plan.skills.map((s) => s.name)).toEqual(['Facilitation']);
  });
});
