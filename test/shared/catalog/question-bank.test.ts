import { describe, expect, it } from 'vitest';
import {
  BEHAVIOURS_BY_ID,
  CIVIL_SERVICE_BEHAVIOURS_ID,
  INTERVIEW_FACTS_VERIFIED,
  INTERVIEW_FRAMEWORKS,
} from '../../../shared/catalog/interview/frameworks';
import { QUESTION_BANK, QUESTION_BANK_VERSION } from '../../../shared/catalog/interview/questions';
import { InterviewFrameworkSchema, QuestionEntrySchema } from '../../../shared/catalog/interview/schema';
import { COMPETENCY_AREAS, INTERVIEW_THEMES } from '../../../shared/model/vocabulary';

/**
 * The question bank and the behaviour frameworks are data we ship: every entry must parse, name only
 * behaviours that exist, and together they must cover every theme, every area and every Civil Service
 * behaviour, so a practice run can always find a question.
 */

/** The nine behaviours as pmo-facts.md ("Interview frameworks to cite") lists them, in its order. */
const CIVIL_SERVICE_NAMES = [
  'Seeing the Big Picture',
  'Changing and Improving',
  'Making Effective Decisions',
  'Leadership',
  'Communicating and Influencing',
  'Working Together',
  'Developing Self and Others',
  'Managing a Quality Service',
  'Delivering at Pace',
];

const fold = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

const repeated = (values: readonly string[]): string[] => [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];

const byId = (id: string) => {
  const entry = QUESTION_BANK.find((q) => q.id === id);
  if (!entry) throw new Error(`missing question ${id}`);
  return entry;
};

describe('question bank', () => {
  it.each(QUESTION_BANK.map((q) => [q.id, q] as const))('question %s parses', (_id, entry) => {
    const result = QuestionEntrySchema.safeParse(entry);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    expect(QuestionEntrySchema.parse(entry)).toEqual(entry);
    expect(entry.lastVerified).toBe(INTERVIEW_FACTS_VERIFIED);
  });

  it('gives every question its own id and its own text', () => {
    expect(repeated(QUESTION_BANK.map((q) => q.id))).toEqual([]);
    expect(repeated(QUESTION_BANK.map((q) => fold(q.text)))).toEqual([]);
  });

  it('names only behaviours that exist', () => {
    const unknown = QUESTION_BANK.flatMap((q) => q.behaviours.filter((b) => !BEHAVIOURS_BY_ID.has(b)).map((b) => `${q.id}: ${b}`));
    expect(unknown).toEqual([]);
  });

  it('writes every question as a sentence', () => {
    expect(QUESTION_BANK.filter((q) => !/[?.]$/.test(q.text)).map((q) => q.id)).toEqual([]);
  });

  it.each(INTERVIEW_THEMES.map((t) => [t]))('has at least 3 questions on theme %s', (theme) => {
    expect(QUESTION_BANK.filter((q) => q.themes.includes(theme)).length).toBeGreaterThanOrEqual(3);
  });

  it.each(COMPETENCY_AREAS.map((a) => [a]))('has at least 12 questions in area %s', (area) => {
    expect(QUESTION_BANK.filter((q) => q.area === area).length).toBeGreaterThanOrEqual(12);
  });

  it('has a framework question phrased after every Civil Service behaviour', () => {
    const civilService = INTERVIEW_FRAMEWORKS.find((f) => f.id === CIVIL_SERVICE_BEHAVIOURS_ID);
    expect(civilService).toBeDefined();
    const named = new Set(QUESTION_BANK.filter((q) => q.origin === 'framework').flatMap((q) => q.behaviours));
    expect((civilService?.behaviours ?? []).map((b) => b.id).filter((id) => !named.has(id))).toEqual([]);
  });

  it('keeps the ids other code relies on, with their themes and area', () => {
    expect(byId('q-governance-standards').themes[0]).toBe('governance');
    const conflict = byId('q-conflict-between-pms');
    expect(conflict.themes).toEqual(['conflict', 'influence']);
    expect(conflict.area).toBe('leadership');
    expect(byId('q-failing-project').themes[0]).toBe('recovery');
  });

  it('has a positive whole version number', () => {
    expect(Number.isInteger(QUESTION_BANK_VERSION)).toBe(true);
    expect(QUESTION_BANK_VERSION).toBeGreaterThan(0);
  });
});

describe('interview frameworks', () => {
  it.each(INTERVIEW_FRAMEWORKS.map((f) => [f.id, f] as const))('framework %s parses, with unique behaviours, a source and a date', (_id, framework) => {
    expect(InterviewFrameworkSchema.parse(framework)).toEqual(framework);
    expect(repeated(framework.behaviours.map((b) => b.id))).toEqual([]);
    const url = new URL(framework.sourceUrl);
    expect(url.protocol).toBe('https:');
    expect(url.hostname).toMatch(/(^|\.)(gov\.uk|pmi\.org)$/);
    expect(framework.lastVerified).toBe(INTERVIEW_FACTS_VERIFIED);
  });

  it('gives no two frameworks the same behaviour id', () => {
    expect(repeated(INTERVIEW_FRAMEWORKS.flatMap((f) => f.behaviours.map((b) => b.id)))).toEqual([]);
  });

  it('lists the nine Civil Service behaviours by their GOV.UK names, in order', () => {
    const civilService = INTERVIEW_FRAMEWORKS.find((f) => f.id === CIVIL_SERVICE_BEHAVIOURS_ID);
    expect(civilService?.behaviours.map((b) => b.name)).toEqual(CIVIL_SERVICE_NAMES);
  });
});
