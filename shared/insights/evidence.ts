import type { Plan } from '../model/plan';

/**
 * Evidence per skill: the achievements linked to it. A skill with no evidence is one the person can
 * claim but not yet show at interview, which is what the seed's "demonstrable achievements" is about.
 */

export interface SkillEvidence {
  skillId: string;
  /** Distinct achievements linked to the skill, in plan order. */
  achievementIds: string[];
  count: number;
}

/** One entry per skill in the plan (in plan order), including skills with no evidence. */
export function evidenceBySkill(plan: Pick<Plan, 'skills' | 'achievements'>): SkillEvidence[] {
  const linked = new Map<string, Set<string>>(plan.skills.map((s) => [s.id, new Set<string>()]));
  for (const achievement of plan.achievements) {
    for (const skillId of achievement.skillIds) linked.get(skillId)?.add(achievement.id);
  }
  return plan.skills.map((s) => {
    const achievementIds = [...linked.get(s.id)!];
    return { skillId: s.id, achievementIds, count: achievementIds.length };
  });
}

/** The skills with no linked achievement yet, in plan order. */
export function skillsWithoutEvidence(plan: Pick<Plan, 'skills' | 'achievements'>): string[] {
  return evidenceBySkill(plan).filter((e) => e.count === 0).map((e) => e.skillId);
}
