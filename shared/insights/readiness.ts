import type { Plan, Skill } from '../model/plan';
import { COMPETENCY_AREAS, type CompetencyArea } from '../model/vocabulary';

/**
 * Readiness: how far along the plan is, 0–100, per competency area and overall. This is the one
 * definition; every screen that shows a readiness figure takes it from here, so the same plan shows the
 * same figure everywhere.
 *
 *   skill          = min(current, target) / target, as a whole percentage   (a target of 0 counts as met)
 *   area           = average of that area's skills                           ("how close your leadership
 *                                                                              skills are to their targets")
 *   overall        = average of the parts that have something to count:
 *                      skills         = average of every skill
 *                      milestones     = done / (milestones not dropped)
 *                      certifications = passed / (certifications past "considering")
 *
 * Milestones and certifications count towards the overall figure only: an area measures skills alone,
 * so ticking a milestone tagged Leadership never makes the leadership area read 100% while it has no
 * skills. A part with nothing to count is left out rather than counted as 0, so an empty part never
 * drags the figure down.
 *
 * Every figure is the rounded average of the whole-number percentages listed beneath it (each skill's,
 * then each part's), so the "How is this worked out?" explanation adds up with the numbers it shows.
 *
 * Guarantees (tested as properties):
 * - always a whole number from 0 to 100;
 * - completing a milestone never lowers any figure: areas do not count milestones; in the overall
 *   figure the done count rises while the count stays put, or (for a dropped milestone) both rise by
 *   one, and d/n ≤ (d+1)/(n+1) (rounding keeps the order); a part that appears because of the
 *   completion is worth 100, which cannot lower an average;
 * - raising a skill's current level never lowers any figure;
 * - nothing to measure gives 0 with `hasData: false`, so the UI says so in words instead of presenting
 *   0 as a verdict.
 */

/** One skill's contribution. */
export interface SkillScore {
  skillId: string;
  name: string;
  currentLevel: number;
  targetLevel: number;
  /** 0–100: how far the current level is towards the target, capped at the target. */
  percent: number;
}

export interface SkillsPart {
  /** 0–100: the rounded average of `skills[].percent`. */
  score: number;
  counted: number;
  /** In plan order. */
  skills: SkillScore[];
}

export interface MilestonesPart {
  score: number;
  /** Milestones not dropped. */
  counted: number;
  done: number;
}

export interface CertificationsPart {
  score: number;
  /** Certifications past "considering". */
  counted: number;
  passed: number;
}

export interface AreaReadiness {
  area: CompetencyArea;
  /** 0–100; 0 when there is nothing to measure. */
  score: number;
  /** False when the area has no skills. */
  hasData: boolean;
  skills: SkillsPart | null;
}

export interface OverallReadiness {
  /** 0–100; 0 when there is nothing to measure. */
  score: number;
  /** False when no part has anything to count. */
  hasData: boolean;
  skills: SkillsPart | null;
  milestones: MilestonesPart | null;
  certifications: CertificationsPart | null;
  /** What the plan holds but the figure leaves out, so the explanation can say so. */
  notCounted: { droppedMilestones: number; consideredCertifications: number };
}

export interface Readiness {
  overall: OverallReadiness;
  areas: Record<CompetencyArea, AreaReadiness>;
}

export type ReadinessInput = Pick<Plan, 'skills' | 'milestones' | 'certifications'>;
export type SkillInput = Pick<Skill, 'id' | 'name' | 'area' | 'currentLevel' | 'targetLevel'>;

export function computeReadiness(plan: ReadinessInput): Readiness {
  return { overall: overallReadiness(plan), areas: readinessByArea(plan.skills) };
}

/** Every area's figure. Needs only the skills: this is what the Skills screen shows. */
export function readinessByArea(skills: readonly SkillInput[]): Record<CompetencyArea, AreaReadiness> {
  return Object.fromEntries(COMPETENCY_AREAS.map((area) => [area, areaReadiness(skills, area)])) as Record<CompetencyArea, AreaReadiness>;
}

/** One area's figure: that area's skills against their targets. */
export function areaReadiness(skills: readonly SkillInput[], area: CompetencyArea): AreaReadiness {
  const part = skillsPart(skills.filter((s) => s.area === area));
  return { area, score: part?.score ?? 0, hasData: part !== null, skills: part };
}

export function overallReadiness(plan: ReadinessInput): OverallReadiness {
  const skills = skillsPart(plan.skills);

  const countedMilestones = plan.milestones.filter((m) => m.status !== 'dropped');
  const done = countedMilestones.filter((m) => m.status === 'done').length;
  const milestones: MilestonesPart | null =
    countedMilestones.length === 0 ? null : { score: percentOf(done, countedMilestones.length), counted: countedMilestones.length, done };

  const tracked = plan.certifications.filter((c) => c.status !== 'considering');
  const passed = tracked.filter((c) => c.status === 'passed').length;
  const certifications: CertificationsPart | null = tracked.length === 0 ? null : { score: percentOf(passed, tracked.length), counted: tracked.length, passed };

  const parts = [skills, milestones, certifications].filter((p) => p !== null).map((p) => p.score);
  return {
    score: averageScore(parts),
    hasData: parts.length > 0,
    skills,
    milestones,
    certifications,
    notCounted: {
      droppedMilestones: plan.milestones.length - countedMilestones.length,
      consideredCertifications: plan.certifications.length - tracked.length,
    },
  };
}

/** How far one skill is towards its target, 0–1. */
export function skillProgress(skill: Pick<Skill, 'currentLevel' | 'targetLevel'>): number {
  if (skill.targetLevel <= 0) return 1;
  return Math.min(skill.currentLevel, skill.targetLevel) / skill.targetLevel;
}

/** The rounded average of whole-number percentages; 0 for none. */
export function averageScore(scores: readonly number[]): number {
  if (scores.length === 0) return 0;
  // Rounded straight from the percentages: going through a fraction would turn 28.5 into 28.499….
  return clampPercent(Math.round(scores.reduce((a, b) => a + b, 0) / scores.length));
}

function skillsPart(skills: readonly SkillInput[]): SkillsPart | null {
  if (skills.length === 0) return null;
  const scored = skills.map(
    (s): SkillScore => ({ skillId: s.id, name: s.name, currentLevel: s.currentLevel, targetLevel: s.targetLevel, percent: skillPercent(s) }),
  );
  return { score: averageScore(scored.map((s) => s.percent)), counted: scored.length, skills: scored };
}

/** One skill as a whole percentage of its target (what the explanation lists). */
export function skillPercent(skill: Pick<Skill, 'currentLevel' | 'targetLevel'>): number {
  if (skill.targetLevel <= 0) return 100;
  return percentOf(Math.min(skill.currentLevel, skill.targetLevel), skill.targetLevel);
}

/**
 * part / whole as a whole percentage, held to 0–100 even if a stored level is out of range. Multiplied
 * before dividing, so an exact half (57 of 200 = 28.5) rounds up as a person would, not down as
 * 57 / 200 × 100 = 28.499… would.
 */
function percentOf(part: number, whole: number): number {
  return clampPercent(Math.round((part * 100) / whole));
}

function clampPercent(percent: number): number {
  if (!Number.isFinite(percent)) return 0;
  return Math.min(100, Math.max(0, percent));
}
