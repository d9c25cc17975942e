import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CERTIFICATIONS, SKILLS } from '../../../shared/catalog';
import { VOCABULARY, type TermAlias } from '../../../shared/catalog/vocabulary';
import { gradeAsks, listingAnalyser, type Grade, type ListingAnalysis } from '../../../shared/listings';
import { CERTIFICATION_STATUSES, MILESTONE_STATUSES, PlanChangeSchema, PlanSchema, SKILL_LEVELS, applyPlanChange, type Plan, type PlanChangeInput } from '../../../shared/model';
import { arbitraryPlan } from '../../support/arbitraries';
import { UK_LISTING, US_LISTING } from '../../support/listing-fixtures';

/**
 * Properties of the analysis over listings assembled from the vocabulary's own aliases: a plan only
 * ever gains from a new item, spelling and layout do not change what is asked, the analysis is pure,
 * and every mention is a run of the text's own words.
 */

const NOW = '2026-12-01T09:00:00.000Z';
const TODAY = '2026-12-01';

interface Entry {
  termId: string;
  alias: TermAlias;
}
const ALIASES: Entry[] = VOCABULARY.flatMap((t) => t.aliases.map((alias) => ({ termId: t.id, alias })));
const LOOSE = ALIASES.filter((e) => !e.alias.exactCase);
const EXACT = ALIASES.filter((e) => e.alias.exactCase);
// Words no alias, heading, sentence cue or level word uses.
const FILLER = ['careful', 'weekly', 'across', 'several', 'busy', 'departments', 'alongside', 'colleagues', 'using', 'clear', 'notes'];

/** One bullet: filler, the alias (as one unit), the word the alias needs nearby if any, filler. */
interface Bullet {
  entry: Entry;
  before: string[];
  after: string[];
}
const bullet = (entries: Entry[]) =>
  fc.record({ entry: fc.constantFrom(...entries), before: fc.array(fc.constantFrom(...FILLER), { maxLength: 3 }), after: fc.array(fc.constantFrom(...FILLER), { maxLength: 3 }) });
const listingShape = (entries: Entry[]) =>
  fc.record({
    essential: fc.array(bullet(entries), { minLength: 1, maxLength: 5 }),
    desirable: fc.array(bullet(entries), { maxLength: 4 }),
    general: fc.array(bullet(entries), { maxLength: 3 }),
  });
type Shape = { essential: Bullet[]; desirable: Bullet[]; general: Bullet[] };

/** The words of a bullet as units; `aliasText` may respell the alias. */
function units(b: Bullet, aliasText: (alias: TermAlias) => string): string[] {
  const context = b.entry.alias.needsNearby[0];
  return [...b.before, aliasText(b.entry.alias), ...(context ? ['alongside', context] : []), ...b.after];
}

/** The advert: a role paragraph, essential and desirable criteria; `join` puts the gap before unit i of a bullet. */
function render(shape: Shape, aliasText: (alias: TermAlias) => string = (a) => a.text, join: (unitIndex: number) => string = () => ' '): string {
  const lines = (bullets: Bullet[]) => bullets.map((b) => `- ${units(b, aliasText).map((u, i) => (i === 0 ? u : `${join(i)}${u}`)).join('')}`);
  return [
    'PMO Analyst',
    'About the role',
    ...lines(shape.general),
    '',
    'Essential criteria:',
    ...lines(shape.essential),
    '',
    'Desirable criteria:',
    ...lines(shape.desirable),
  ].join('\n');
}

const askSet = (result: ListingAnalysis) => result.asks.map((a) => `${a.key}:${a.weight}`).sort();
const analyse = (text: string) => listingAnalyser().analyse(text);

describe('(a) adding a plan item never lowers a grade', () => {
  const RANK: Record<Grade, number> = { evidenced: 4, claimed: 3, planned: 2, missing: 1, unknown: 0 };
  const FRESH = 'added-item-0000001'; // longer than any generated id, so it is new
  const level = fc.constantFrom(...SKILL_LEVELS);
  const month = fc.tuple(fc.integer({ min: 2005, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
  const subset = (ids: string[]) => (ids.length === 0 ? fc.constant<string[]>([]) : fc.subarray(ids));
  /** Mostly something the listing asks for, so the new item often counts. */
  const likely = <T>(asked: T[], any: T[]): fc.Arbitrary<T> => (asked.length === 0 ? fc.constantFrom(...any) : fc.oneof({ arbitrary: fc.constantFrom(...asked), weight: 3 }, fc.constantFrom(...any)));

  function newItem(plan: Plan, shape: Shape): fc.Arbitrary<PlanChangeInput> {
    const skillIds = plan.skills.map((s) => s.id);
    const certIds = plan.certifications.map((c) => c.id);
    const terms = [...shape.essential, ...shape.desirable, ...shape.general].map((b) => VOCABULARY.find((t) => t.id === b.entry.termId)!);
    const words = fc.oneof(
      { arbitrary: likely(terms.flatMap((t) => t.aliases.map((a) => a.text)), ALIASES.map((e) => e.alias.text)), weight: 4 },
      fc.string({ maxLength: 30 }).filter((s) => s.trim() !== ''),
    );
    const catalogSkill = fc.option(likely(terms.flatMap((t) => (t.catalogSkillId ? [t.catalogSkillId] : [])), SKILLS.map((s) => s.id)), { nil: null });
    const catalogCert = fc.option(likely(terms.flatMap((t) => t.catalogCertificationIds), CERTIFICATIONS.map((c) => c.id)), { nil: null });
    return fc.oneof(
      fc
        .record({ catalogId: catalogSkill, name: words, description: words, currentLevel: level, targetLevel: level })
        .map((item) => ({ type: 'skill.put', item: { id: FRESH, area: 'business', ...item } }) as PlanChangeInput),
      fc
        .record({ catalogId: catalogCert, customName: words, status: fc.constantFrom(...CERTIFICATION_STATUSES) })
        .map((item) => ({ type: 'certification.put', item: { id: FRESH, ...item } }) as PlanChangeInput),
      fc
        .record({ title: words, action: words, skillIds: subset(skillIds) })
        .map(({ title, action, skillIds: ids }) => ({ type: 'achievement.put', item: { id: FRESH, title: title.trim(), star: { action }, skillIds: ids } }) as PlanChangeInput),
      fc
        .record({ title: words, status: fc.constantFrom(...MILESTONE_STATUSES), skillIds: subset(skillIds), certificationIds: subset(certIds) })
        .map(({ title, status, ...links }) => ({ type: 'milestone.put', item: { id: FRESH, title: title.trim(), status, links } }) as PlanChangeInput),
      fc.record({ months: fc.array(month, { minLength: 0, maxLength: 2 }), current: fc.boolean() }).map(({ months, current }) => {
        const [start, end] = [...months].sort();
        return { type: 'role.put', item: { id: FRESH, title: 'PMO Analyst', startMonth: start ?? null, endMonth: current ? null : (end ?? null), current } } as PlanChangeInput;
      }),
    );
  }

  const years = fc.option(fc.integer({ min: 1, max: 15 }), { nil: null });
  it('for any plan, any listing of vocabulary terms and any new skill, certification, achievement, milestone or role', () => {
    fc.assert(
      fc.property(
        fc.tuple(arbitraryPlan({ maxItems: 3 }), listingShape(ALIASES)).chain(([plan, shape]) => fc.tuple(fc.constant(plan), newItem(plan, shape), fc.constant(shape), years)),
        ([plan, change, shape, asked]) => {
          const text = `${render(shape)}${asked === null ? '' : `\n- ${asked}+ years' experience in a PMO`}`;
          const asks = listingAnalyser(plan.termMappings).analyse(text).asks;
          const after = PlanSchema.parse(applyPlanChange(plan, PlanChangeSchema.parse(change), { now: NOW, today: TODAY }));
          const before = gradeAsks(asks, plan, TODAY);
          const now = gradeAsks(asks, after, TODAY);
          before.forEach((graded, i) => {
            expect(RANK[now[i]!.grade], `${graded.ask.key}: ${graded.grade} -> ${now[i]!.grade} after ${change.type}`).toBeGreaterThanOrEqual(RANK[graded.grade]);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('(b) spelling and layout do not change what is asked', () => {
  it('is case-insensitive for aliases that are not exactCase', () => {
    const recase = fc.constantFrom<(s: string) => string>(
      (s) => s.toUpperCase(),
      (s) => s.toLowerCase(),
      (s) => s.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()),
    );
    fc.assert(
      fc.property(listingShape(LOOSE), recase, (shape, change) => {
        const original = analyse(render(shape));
        for (const b of [...shape.essential, ...shape.desirable, ...shape.general]) expect(original.asks.map((a) => a.key)).toContain(b.entry.termId);
        expect(askSet(analyse(render(shape, (a) => change(a.text))))).toEqual(askSet(original));
      }),
    );
  });

  it('is insensitive to extra spaces and tabs between the words of a line', () => {
    const gaps = fc.array(fc.constantFrom(' ', '  ', '\t', ' \t ', '   '), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(listingShape(ALIASES), gaps, (shape, runs) => {
        let n = 0;
        const spaced = render(shape)
          .split('\n')
          .map((line) => (line.startsWith('- ') ? `- ${line.slice(2).replace(/ /g, () => runs[n++ % runs.length]!)}` : line))
          .join('\n');
        expect(askSet(analyse(spaced))).toEqual(askSet(analyse(render(shape))));
      }),
    );
  });

  it('is insensitive to a sentence wrapped onto more lines between its terms', () => {
    fc.assert(
      fc.property(listingShape(ALIASES), fc.array(fc.boolean(), { minLength: 1, maxLength: 10 }), (shape, wraps) => {
        const wrapped = render(shape, (a) => a.text, (i) => (wraps[i % wraps.length] ? '\n' : ' '));
        expect(askSet(analyse(wrapped))).toEqual(askSet(analyse(render(shape))));
      }),
    );
  });

  it('finds an exactCase alias only with its capitals', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXACT), fc.constantFrom(...FILLER), ({ termId, alias }, filler) => {
        const sentence = (word: string) => `Use ${word} ${filler} alongside ${alias.needsNearby[0] ?? 'colleagues'} here.`;
        expect(analyse(sentence(alias.text)).asks.map((a) => a.key)).toContain(termId);
        expect(analyse(sentence(alias.text.toLowerCase())).asks.map((a) => a.key)).not.toContain(termId);
      }),
    );
  });
});

/** Any text: an assembled listing, the fixtures, or anything at all, with stray text spliced in. */
const anyText = fc.oneof(
  listingShape(ALIASES).map((shape) => render(shape)),
  fc.tuple(listingShape(ALIASES), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat()).map(([shape, noise, at]) => {
    const text = render(shape);
    const i = at % (text.length + 1);
    return `${text.slice(0, i)}${noise}${text.slice(i)}`;
  }),
  fc.constantFrom(UK_LISTING, US_LISTING),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('(c) the analysis is deterministic and pure', () => {
  it('gives equal results for the same text from two analysers, and changes neither the text nor the mappings', () => {
    const mappings = Object.freeze([]) as readonly never[];
    fc.assert(
      fc.property(anyText, (text) => {
        const copy = `${text}`;
        const first = listingAnalyser([]).analyse(text);
        const second = listingAnalyser(mappings).analyse(copy);
        expect(second).toEqual(first);
        expect(listingAnalyser([]).analyse(text)).toEqual(first);
        expect(text).toBe(copy);
      }),
    );
  });

  it('grades without changing the plan', () => {
    fc.assert(
      fc.property(arbitraryPlan({ maxItems: 3 }), listingShape(ALIASES), (plan, shape) => {
        const snapshot = JSON.stringify(plan);
        const frozen = deepFreeze(structuredClone(plan));
        const asks = listingAnalyser(frozen.termMappings).analyse(render(shape)).asks;
        expect(gradeAsks(asks, frozen, TODAY)).toEqual(gradeAsks(asks, frozen, TODAY));
        expect(JSON.stringify(frozen)).toBe(snapshot);
      }),
      { numRuns: 50 },
    );
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('(d) mentions are runs of the text’s own words', () => {
  it('lie inside the text, in order, start and end on a letter or digit, and never overlap between terms', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = analyse(text);
        const terms: { start: number; end: number }[] = [];
        for (const ask of result.asks) {
          ask.mentions.forEach((m, i) => {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(text.length);
            if (i > 0) expect(m.start).toBeGreaterThanOrEqual(ask.mentions[i - 1]!.end);
          });
          if (ask.group === 'experience' || ask.group === 'degree') continue;
          for (const m of ask.mentions) {
            expect(text.slice(m.start, m.end)).toMatch(/^[\p{L}\p{N}][\s\S]*$/u);
            expect(text.slice(m.start, m.end)).toMatch(/[\p{L}\p{N}]$/u);
            terms.push(m);
          }
        }
        terms.sort((a, b) => a.start - b.start);
        terms.forEach((m, i) => i > 0 && expect(m.start).toBeGreaterThanOrEqual(terms[i - 1]!.end));
        for (const other of result.otherTerms) expect(text.slice(other.start, other.end)).toBe(other.phrase);
      }),
    );
  });
});
