import type { Plan, Skill } from '../model/plan';
import { COMPETENCY_AREAS, type CompetencyArea } from '../model/vocabulary';

/**
 * Readiness: how far along the plan is, 0–100, overall and per competency area.
 *
 * The formula, kept simple enough to explain in one tooltip:
 *
 *   skills         = average over skills of min(current, target) / target   (a target of 0 counts as met)
 *   milestones     = done / (milestones not dropped)
 *   certifications = passed / (certifications past "considering")            (overall only: they have no area)
 *
 *   readiness = round(100 × average of the parts that have data)
 *
 * An area uses only its own skills and milestones; the overall figure uses every skill, every milestone
 * (with or without an area) and the certifications. A part with nothing to count is left out rather
 * than counted as 0, so adding a skill never makes an empty area look worse than "no data".
 *
 * Guarantees (tested as properties):
 * - always a whole number from 0 to 100;
 * - completing a milestone never lowers any figure: the done count rises while the count stays put,
 *   or (for a dropped milestone) both rise by one, and d/n ≤ (d+1)/(n+1); a part that appears because
 *   of the completion is worth 100, which cannot lower an average;
 * - an empty plan (or area) shows 0 with `hasData: false`, so the UI can say "nothing to measure yet"
 *   instead of presenting 0 as a verdict.
 */

export interface ReadinessPart {
  /** How many items were counted. */
  counted: number;
  /** 0–100 for this part alone. */
  score: number;
}

export interface ReadinessFigure {
  /** 0–100. */
  score: number;
  /** False when there was nothing to measure; the score is then 0. */
  hasData: boolean;
  skills: ReadinessPart | null;
  milestones: (ReadinessPart & { done: number }) | null;
  /** Only in the overall figure. */
  certifications: (ReadinessPart & { passed: number }) | null;
}

export interface Readiness {
  overall: ReadinessFigure;
  areas: Record<CompetencyArea, ReadinessFigure>;
}

export type ReadinessInput = Pick<Plan, 'skills' | 'milestones' | 'certifications'>;

export function computeReadiness(plan: ReadinessInput): Readiness {
  const areas = Object.fromEntries(
    COMPETENCY_AREAS.map((area) => [
      area,
      figure(
        plan.skills.filter((s) => s.area === area),
        plan.milestones.filter((m) => m.area === area),
        null,
      ),
    ]),
  ) as Record<CompetencyArea, ReadinessFigure>;
  return { overall: figure(plan.skills, plan.milestones, plan.certifications), areas };
}

/** How far one skill is towards its target, 0–1. */
export function skillProgress(skill: Pick<Skill, 'currentLevel' | 'targetLevel'>): number {
  if (skill.targetLevel <= 0) return 1;
  return Math.min(skill.currentLevel, skill.targetLevel) / skill.targetLevel;
}

function figure(
  skills: ReadinessInput['skills'],
  milestones: ReadinessInput['milestones'],
  certifications: ReadinessInput['certifications'] | null,
): ReadinessFigure {
  const fractions: number[] = [];

  let skillPart: ReadinessPart | null = null;
  if (skills.length > 0) {
    const fraction = skills.reduce((sum, s) => sum + skillProgress(s), 0) / skills.length;
    fractions.push(fraction);
    skillPart = { counted: skills.length, score: toScore(fraction) };
  }

  let milestonePart: ReadinessFigure['milestones'] = null;
  const counted = milestones.filter((m) => m.status !== 'dropped');
  if (counted.length > 0) {
    const done = counted.filter((m) => m.status === 'done').length;
    fractions.push(done / counted.length);
    milestonePart = { counted: counted.length, done, score: toScore(done / counted.length) };
  }

  let certificationPart: ReadinessFigure['certifications'] = null;
  const tracked = (certifications ?? []).filter((c) => c.status !== 'considering');
  if (tracked.length > 0) {
    const passed = tracked.filter((c) => c.status === 'passed').length;
    fractions.push(passed / tracked.length);
    certificationPart = { counted: tracked.length, passed, score: toScore(passed / tracked.length) };
  }

  const hasData = fractions.length > 0;
  const mean = hasData ? fractions.reduce((a, b) => a + b, 0) / fractions.length : 0;
  return { score: toScore(mean), hasData, skills: skillPart, milestones: milestonePart, certifications: certificationPart };
}

/** A fraction as a whole percentage, held to 0–100 even if a stored level is out of range. */
function toScore(fraction: number): number {
  if (!Number.isFinite(fraction)) return 0;
  return Math.min(100, Math.max(0, Math.round(fraction * 100)));
}
