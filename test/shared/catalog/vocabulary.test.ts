import { describe, expect, it } from 'vitest';
import { LAST_VERIFIED, findCertificationEntry, findSkillEntry } from '../../../shared/catalog';
import { term, type TermInput } from '../../../shared/catalog/vocabulary/build';
import {
  CERTIFICATION_TERMS,
  SKILL_TERMS,
  TOOL_TERMS,
  VOCABULARY,
  VocabularyTermSchema,
  findVocabularyTerm,
  type VocabularyTerm,
} from '../../../shared/catalog/vocabulary';

/**
 * The job-listing vocabulary is data we ship: every term must parse, point at real catalog entries,
 * carry a source and a date, and no two terms may claim the same words without context to tell them
 * apart.
 */

const COVERAGE = [
  'cert-pmp',
  'cert-prince2',
  'cert-prince2-foundation',
  'cert-prince2-practitioner',
  'cert-p3o',
  'cert-msp',
  'cert-mop',
  'cert-apm-pmq',
  'cert-apm-ppq',
  'cert-pgmp',
  'cert-pmi-acp',
  'cert-psm',
  'cert-csm',
  'cert-agilepm',
  'skill-governance',
  'skill-raid',
  'skill-status-reporting',
  'skill-resource-capacity',
  'skill-budget',
  'skill-portfolio-prioritisation',
  'skill-benefits',
  'skill-change-control',
  'skill-stakeholders',
  'skill-methods-templates',
  'skill-lessons-learned',
  'tool-ms-project',
  'tool-power-bi',
  'tool-excel',
  'tool-jira',
  'tool-smartsheet',
  'tool-sharepoint',
  'tool-planview',
  'tool-clarity',
];

/** How the matcher compares alias text: case folded, ® and ™ dropped, whitespace collapsed. */
const fold = (text: string): string => text.replace(/[®™]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Folded alias texts claimed by more than one term where no claimant has context (exactCase or needsNearby). */
function clashes(terms: readonly VocabularyTerm[]): string[] {
  const claims = new Map<string, { termId: string; guarded: boolean }[]>();
  for (const t of terms) {
    for (const alias of t.aliases) {
      const key = fold(alias.text);
      const list = claims.get(key) ?? [];
      list.push({ termId: t.id, guarded: alias.exactCase || alias.needsNearby.length > 0 });
      claims.set(key, list);
    }
  }
  return [...claims]
    .filter(([, list]) => new Set(list.map((c) => c.termId)).size > 1 && !list.some((c) => c.guarded))
    .map(([key]) => key);
}

const input = (overrides: Partial<TermInput> = {}): TermInput => ({
  id: 'tool-example',
  kind: 'tool',
  label: 'Example',
  aliases: [{ text: 'Example' }],
  catalogSkillId: null,
  catalogCertificationIds: [],
  issuingBody: '',
  area: 'organisational',
  suggestedMilestone: 'Try the example',
  sourceUrl: 'https://example.com/',
  lastVerified: LAST_VERIFIED,
  unverified: false,
  unverifiedNote: '',
  ...overrides,
});

const rows = VOCABULARY.map((t) => [t.id, t] as const);

describe('vocabulary builder', () => {
  it('fills the same alias defaults as the schema', () => {
    const raw = input({ aliases: [{ text: 'Example' }, { text: 'EX', exactCase: true, needsNearby: ['tool'] }] });
    const built = term(raw);
    expect(built.aliases[0]).toEqual({ text: 'Example', exactCase: false, needsNearby: [], notNearby: [], notFollowedBy: [], notPrecededBy: [] });
    expect(built).toEqual(VocabularyTermSchema.parse(raw));
  });

  it('reads a bare string alias as that text with every default', () => {
    expect(term(input({ aliases: ['Example'] }))).toEqual(VocabularyTermSchema.parse(input({ aliases: [{ text: 'Example' }] })));
  });

  it('does not share default arrays between aliases', () => {
    const built = term(input({ aliases: ['A', 'B'] }));
    expect(built.aliases[0]?.needsNearby).not.toBe(built.aliases[1]?.needsNearby);
  });
});

describe('vocabulary terms', () => {
  it.each(rows)('%s parses with the schema and equals the builder output', (_id, t) => {
    expect(VocabularyTermSchema.parse(t)).toEqual(t);
    expect(term(t)).toEqual(t);
  });

  it.each(rows)('%s carries an https source and the verification date', (_id, t) => {
    expect(t.sourceUrl).toMatch(/^https:\/\/[a-z0-9.-]+\//);
    expect(t.lastVerified).toBe(LAST_VERIFIED);
  });

  it.each(rows)('%s has a note exactly when it is unverified', (_id, t) => {
    expect(t.unverifiedNote.trim() !== '').toBe(t.unverified);
  });

  it('uses unique ids in lower-case kebab case', () => {
    const ids = VOCABULARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(cert|skill|tool)-[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('lists certifications, then skills, then tools', () => {
    expect(VOCABULARY).toEqual([...CERTIFICATION_TERMS, ...SKILL_TERMS, ...TOOL_TERMS]);
    expect(CERTIFICATION_TERMS.every((t) => t.kind === 'certification')).toBe(true);
    expect(SKILL_TERMS.every((t) => t.kind === 'skill')).toBe(true);
    expect(TOOL_TERMS.every((t) => t.kind === 'tool')).toBe(true);
  });

  it('covers the certifications, skills and tools PMO adverts name', () => {
    const missing = COVERAGE.filter((id) => findVocabularyTerm(id) === undefined);
    expect(missing).toEqual([]);
  });

  it('finds a term by id and nothing for an unknown id', () => {
    expect(findVocabularyTerm('tool-power-bi')?.label).toBe('Power BI');
    expect(findVocabularyTerm('no-such-term')).toBeUndefined();
  });
});

describe('vocabulary aliases', () => {
  it('lets no two terms claim the same words unless one has context', () => {
    expect(clashes(VOCABULARY)).toEqual([]);
  });

  it('the clash check catches an unguarded clash and allows a guarded one', () => {
    const a = term(input({ id: 'tool-a', aliases: ['Clarity PPM', 'Shared'] }));
    const b = term(input({ id: 'tool-b', aliases: ['shared®'] }));
    const c = term(input({ id: 'tool-c', aliases: [{ text: 'Clarity  ppm', exactCase: true }] }));
    expect(clashes([a, b, c])).toEqual(['shared']);
  });

  it('repeats no alias within a term (capitals count only where they matter: "Excel" and "EXCEL")', () => {
    for (const t of VOCABULARY) {
      const folded = t.aliases.map((a) => (a.exactCase ? `exact:${a.text}` : fold(a.text)));
      expect(new Set(folded).size, t.id).toBe(folded.length);
    }
  });

  it('leaves out words every PMO advert uses', () => {
    const tooBroad = new Set(['pmo', 'project management office', 'reporting', 'change management']);
    const used = VOCABULARY.flatMap((t) => t.aliases.map((a) => fold(a.text))).filter((text) => tooBroad.has(text));
    expect(used).toEqual([]);
  });

  it('gives ambiguous abbreviations their context', () => {
    const alias = (id: string, text: string) => findVocabularyTerm(id)?.aliases.find((a) => a.text === text);
    expect(alias('cert-msp', 'MSP')).toMatchObject({ exactCase: true, notNearby: expect.arrayContaining(['managed service']) });
    expect(alias('cert-msp', 'MSP')?.needsNearby).toEqual(expect.arrayContaining(['programme', 'Foundation']));
    expect(alias('cert-csm', 'CSM')).toMatchObject({ exactCase: true, needsNearby: expect.arrayContaining(['scrum']) });
    expect(alias('cert-pmi-acp', 'ACP')).toMatchObject({ exactCase: true, needsNearby: ['PMI', 'agile'] });
    expect(alias('cert-mop', 'MoP')).toMatchObject({ exactCase: true });
    expect(alias('tool-excel', 'Excel')).toMatchObject({ exactCase: true, notFollowedBy: ['at', 'in'] });
    expect(alias('tool-clarity', 'Clarity')).toMatchObject({ exactCase: true, needsNearby: expect.arrayContaining(['PPM']) });
  });
});

describe('vocabulary links to the catalog', () => {
  it.each(SKILL_TERMS.map((t) => [t.id, t] as const))('%s maps to a catalog skill and takes its area and source', (_id, t) => {
    const skill = t.catalogSkillId === null ? undefined : findSkillEntry(t.catalogSkillId);
    expect(skill).toBeDefined();
    expect(t.area).toBe(skill?.area);
    expect(t.sourceUrl).toBe(skill?.sourceUrl);
    // Skills the catalog does not record in job ads ship flagged.
    expect(t.unverified).toBe(!skill?.seenInJobAds);
  });

  it.each(CERTIFICATION_TERMS.map((t) => [t.id, t] as const))('%s names real catalog certifications or an issuing body', (_id, t) => {
    expect(t.catalogSkillId).toBeNull();
    expect(t.area).toBe('organisational');
    for (const id of t.catalogCertificationIds) expect(findCertificationEntry(id), id).toBeDefined();
    if (t.catalogCertificationIds.length > 0) {
      expect(t.catalogCertificationIds.map((id) => findCertificationEntry(id)?.sourceUrl)).toContain(t.sourceUrl);
    } else {
      expect(t.issuingBody.trim()).not.toBe('');
      expect(t.unverified).toBe(true);
    }
  });

  it('lets a Practitioner satisfy a Foundation requirement, not the other way round', () => {
    expect(findVocabularyTerm('cert-prince2-foundation')?.catalogCertificationIds).toEqual(['prince2-7-foundation', 'prince2-7-practitioner']);
    expect(findVocabularyTerm('cert-prince2-practitioner')?.catalogCertificationIds).toEqual(['prince2-7-practitioner']);
    expect(findVocabularyTerm('cert-msp-practitioner')?.catalogCertificationIds).toEqual(['msp-5-practitioner']);
  });

  it.each(TOOL_TERMS.map((t) => [t.id, t] as const))('%s is an organisational tool with no catalog link', (_id, t) => {
    expect(t.catalogSkillId).toBeNull();
    expect(t.catalogCertificationIds).toEqual([]);
    expect(t.area).toBe('organisational');
  });
});
