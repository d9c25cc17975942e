import { describe, expect, it } from 'vitest';
import {
  AchievementFieldsSchema,
  CertificationFieldsSchema,
  IdSchema,
  LIMITS,
  MilestoneFieldsSchema,
  PLAN_SCHEMA_VERSION,
  PlanSchema,
  SkillFieldsSchema,
  createEmptyPlan,
} from '../../../shared/model';
import { MILESTONE_DEFAULTS } from '../../support/plan-builders';

const NOW = '2026-12-01T09:00:00.000Z';
const stamps = { createdAt: NOW, updatedAt: NOW };

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.success ? [] : result.error!.issues.map((i) => i.message);
}

describe('PlanSchema', () => {
  it('creates an empty plan that validates, with every default filled in', () => {
    const plan = createEmptyPlan(NOW);
    expect(PlanSchema.parse(plan)).toEqual(plan);
    expect(plan).toMatchObject({
      schemaVersion: PLAN_SCHEMA_VERSION,
      profile: { name: '', entryPath: null, targetDate: null, cvPageSize: 'A4', onboardedAt: null },
      preferences: { theme: 'system' },
      skills: [],
      certifications: [],
      milestones: [],
      achievements: [],
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('fills a milestone given only an id and a title with defaults', () => {
    expect(MilestoneFieldsSchema.parse({ id: 'm1', title: 'Shadow the PMO' })).toEqual({ id: 'm1', title: 'Shadow the PMO', ...MILESTONE_DEFAULTS });
  });

  it('trims a required title and refuses a blank one with a message naming the field', () => {
    expect(MilestoneFieldsSchema.parse({ id: 'm1', title: '  Pass P3O  ' }).title).toBe('Pass P3O');
    const blank = messages(MilestoneFieldsSchema.safeParse({ id: 'm1', title: '   ' }));
    expect(blank).toHaveLength(1);
    expect(blank[0]).toMatch(/milestone title/);
  });

  it('accepts a title of exactly the limit and refuses one character more, saying the limit', () => {
    const atLimit = 'x'.repeat(LIMITS.shortText);
    expect(MilestoneFieldsSchema.safeParse({ id: 'm1', title: atLimit }).success).toBe(true);
    const over = messages(MilestoneFieldsSchema.safeParse({ id: 'm1', title: `${atLimit}x` }));
    expect(over).toEqual([expect.stringMatching(/milestone title under 200 characters/)]);
    expect(messages(SkillFieldsSchema.safeParse({ id: 's', area: 'business', name: 'n', notes: 'x'.repeat(LIMITS.longText + 1) }))).toEqual([
      'Keep the notes under 5,000 characters.',
    ]);
  });

  it('refuses malformed ids, dates and skill levels with readable messages', () => {
    expect(messages(IdSchema.safeParse('has space'))).toEqual(['An id must be 1 to 64 letters, digits, dashes or underscores.']);
    expect(IdSchema.safeParse('x'.repeat(65)).success).toBe(false);
    expect(messages(MilestoneFieldsSchema.safeParse({ id: 'm', title: 't', dueDate: '2026-02-30' }))).toEqual(['Use a date in the form YYYY-MM-DD.']);
    for (const bad of [5, -1, 2.5]) {
      expect(messages(SkillFieldsSchema.safeParse({ id: 's', area: 'business', name: 'n', currentLevel: bad }))).toContain(
        'A skill level is a whole number from 0 to 4.',
      );
    }
    expect(messages(SkillFieldsSchema.safeParse({ id: 's', area: 'finance', name: 'n' }))).toEqual(['Choose business, leadership or organisational.']);
  });

  it('needs a name for a custom certification but not for a catalog one', () => {
    const custom = CertificationFieldsSchema.safeParse({ id: 'c', catalogId: null, customName: '  ' });
    expect(custom.success).toBe(false);
    expect(custom.error!.issues[0]).toMatchObject({ path: ['customName'], message: 'Give the certification a name, or pick one from the catalog.' });
    expect(CertificationFieldsSchema.safeParse({ id: 'c', catalogId: 'pmp' }).success).toBe(true);
  });

  it('limits list lengths and CPD amounts', () => {
    const tags = Array.from({ length: LIMITS.tagsPerItem + 1 }, (_, i) => `t${i}`);
    expect(messages(AchievementFieldsSchema.safeParse({ id: 'a', title: 't', tags }))).toEqual(['A plan can hold at most 20 tags per achievement.']);
    const cpd = [{ id: 'e', date: '2026-01-01', amount: 0 }];
    expect(messages(CertificationFieldsSchema.safeParse({ id: 'c', catalogId: 'pmp', cpd }))).toEqual(['Log a positive number of hours or points.']);
  });

  it('refuses two items with the same id in one collection, naming the id', () => {
    const plan = createEmptyPlan(NOW);
    const milestone = { ...MilestoneFieldsSchema.parse({ id: 'dup', title: 'One' }), ...stamps };
    const result = PlanSchema.safeParse({ ...plan, milestones: [milestone, { ...milestone, title: 'Two' }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['milestones', 1, 'id'], message: 'Two milestones share the id "dup".' });
    // The same id in different collections is fine.
    const skill = { ...SkillFieldsSchema.parse({ id: 'dup', area: 'business', name: 'n' }), ...stamps };
    expect(PlanSchema.safeParse({ ...plan, milestones: [milestone], skills: [skill] }).success).toBe(true);
  });

  it('refuses another schema version and missing timestamps', () => {
    const plan = createEmptyPlan(NOW);
    expect(PlanSchema.safeParse({ ...plan, schemaVersion: 1 }).success).toBe(false);
    expect(PlanSchema.safeParse({ ...plan, updatedAt: '2026-12-01' }).success).toBe(false);
  });
});
