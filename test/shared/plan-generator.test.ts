import { describe, expect, it } from 'vitest';
import { LIMITS, PlanSchema, type Plan } from '../../shared/model';
import { BENCH_PLAN_SIZES, generatePlan, generatePlanOfBytes, splitItems } from '../support/plan-generator';

const itemCount = (plan: Plan) => plan.milestones.length + plan.achievements.length + plan.skills.length + plan.certifications.length;
const fileBytes = (plan: Plan) => Buffer.byteLength(JSON.stringify(plan, undefined, '\t'));

describe('the benchmark plan generator', () => {
  it.each(BENCH_PLAN_SIZES)('makes a valid plan of exactly %i items', (items) => {
    const plan = generatePlan({ items, seed: 7 });
    expect(itemCount(plan)).toBe(items);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(plan.profile.onboardedAt).not.toBeNull();
  });

  it('splits 10,000 items within the schema limits', () => {
    expect(splitItems(10_000)).toEqual({ milestones: 5_000, achievements: 3_500, skills: 1_000, certifications: 500 });
    expect(splitItems(1_000)).toEqual({ milestones: 500, achievements: 350, skills: 100, certifications: 50 });
    const most = LIMITS.milestones + LIMITS.achievements + LIMITS.skills + LIMITS.certifications;
    const full = splitItems(most);
    expect(full).toEqual({ milestones: LIMITS.milestones, achievements: LIMITS.achievements, skills: LIMITS.skills, certifications: LIMITS.certifications });
    expect(() => splitItems(most + 1)).toThrow();
    for (const total of [1, 3, 999, 7_777]) {
      const counts = splitItems(total);
      expect(counts.milestones + counts.achievements + counts.skills + counts.certifications).toBe(total);
    }
  });

  it('is deterministic: the same seed gives the same bytes, another seed another plan', () => {
    const a = JSON.stringify(generatePlan({ items: 300, seed: 42 }));
    expect(JSON.stringify(generatePlan({ items: 300, seed: 42 }))).toBe(a);
    expect(JSON.stringify(generatePlan({ items: 300, seed: 43 }))).not.toBe(a);
  });

  it('fills realistic content: links to existing items, dates, metrics, text', () => {
    const plan = generatePlan({ items: 1_000, seed: 3 });
    const ids = (items: { id: string }[]) => new Set(items.map((item) => item.id));
    const skills = ids(plan.skills);
    const certifications = ids(plan.certifications);
    const achievements = ids(plan.achievements);
    for (const m of plan.milestones) {
      expect(m.links.skillIds.every((id) => skills.has(id))).toBe(true);
      expect(m.links.certificationIds.every((id) => certifications.has(id))).toBe(true);
      expect(m.links.achievementIds.every((id) => achievements.has(id))).toBe(true);
      expect(m.completedOn !== null).toBe(m.status === 'done');
    }
    expect(plan.achievements.every((a) => a.skillIds.every((id) => skills.has(id)))).toBe(true);
    expect(plan.achievements.some((a) => a.metrics.length > 0)).toBe(true);
    expect(plan.achievements.some((a) => a.star.situation !== '')).toBe(true);
    expect(plan.milestones.some((m) => m.links.skillIds.length > 0)).toBe(true);
    expect(plan.milestones.filter((m) => m.dueDate !== null).length).toBeGreaterThan(plan.milestones.length / 2);
    expect(plan.certifications.some((c) => c.cpd.length > 0)).toBe(true);
  });

  it('takes exact counts per collection', () => {
    const plan = generatePlan({ counts: { achievements: 500 }, seed: 1 });
    expect(plan.achievements).toHaveLength(500);
    expect(plan.milestones).toHaveLength(0);
  });

  it('makes a plan of about a given file size', () => {
    const plan = generatePlanOfBytes(1024 * 1024);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(Math.abs(fileBytes(plan) / (1024 * 1024) - 1)).toBeLessThan(0.05);
  });
});
