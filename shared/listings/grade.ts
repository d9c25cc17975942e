import { certificationDisplayName } from '../catalog/certifications';
import type { Certification, Plan, Skill } from '../model/plan';
import { CERTIFICATION_STATUS_LABELS, SKILL_LEVEL_LABELS, type SkillLevel } from '../model/vocabulary';
import type { ListingAsk } from './analyse';
import { planEvidence, type PlanEvidence } from './plan-evidence';
import { workHistoryMonths } from './work-history-months';

/**
 * Each ask graded against the plan, with the reason in words:
 * - Evidenced: an achievement shows it (or, for a certification, it is passed);
 * - Claimed: a skill at or above the level the advert implies (or the years in the work history);
 * - Planned: a milestone, a certification in progress, or a skill whose target reaches that level;
 * - Missing: none of those;
 * - Unknown: the plan does not record it (a degree), so the person checks it themself.
 */
export const GRADES = ['evidenced', 'claimed', 'planned', 'missing', 'unknown'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_LABELS: Record<Grade, string> = {
  evidenced: 'Evidenced',
  claimed: 'Claimed',
  planned: 'Planned',
  missing: 'Missing',
  unknown: 'Check yourself',
};

export interface GradedAsk {
  ask: ListingAsk;
  grade: Grade;
  reason: string;
  /** Plan skills and certifications that count for this ask (what a milestone would link). */
  skills: Skill[];
  certifications: Certification[];
}

const levelName = (level: number) => SKILL_LEVEL_LABELS[level as SkillLevel].name;
const quoted = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

export function gradeAsks(asks: readonly ListingAsk[], plan: Plan, today: string): GradedAsk[] {
  const evidence = planEvidence(plan);
  return asks.map((ask) => gradeAsk(ask, evidence, today));
}

export function gradeAsk(ask: ListingAsk, evidence: PlanEvidence, today: string): GradedAsk {
  const { plan } = evidence;
  const none = { skills: [] as Skill[], certifications: [] as Certification[] };
  if (ask.group === 'degree') {
    return { ask, grade: 'unknown', reason: 'Your plan does not record education: check this yourself. Most PMO leads hold a business degree, but it is rarely a deal-breaker.', ...none };
  }
  if (ask.group === 'experience') {
    const months = workHistoryMonths(plan.roles, today);
    const asked = (ask.years ?? 0) * 12;
    if (months === 0) return { ask, grade: 'missing', reason: 'Add start and end months to your work history (Settings) to compare your years.', ...none };
    const have = describeMonths(months);
    return months >= asked
      ? { ask, grade: 'claimed', reason: `Your work history adds up to ${have}; check that enough of it is the kind of experience asked for.`, ...none }
      : { ask, grade: 'missing', reason: `Your work history adds up to ${have}.`, ...none };
  }
  if (ask.group === 'certification') return gradeCertification(ask, evidence);
  return gradeSkill(ask, evidence);
}

function gradeCertification(ask: ListingAsk, evidence: PlanEvidence): GradedAsk {
  const term = ask.term!;
  const label = term.label.toLowerCase();
  // A custom certification added for this term carries its label ("Change Management (APMG)").
  const byLabel = evidence.plan.certifications.filter((c) => c.catalogId === null && c.customName.trim().toLowerCase() === label);
  const found = evidence.certificationsFor(ask.key, term.catalogCertificationIds);
  const certifications = byLabel.length === 0 ? found : [...new Set([...found, ...byLabel])];
  const result = (grade: GradedAsk['grade'], reason: string): GradedAsk => ({ ask, grade, reason, skills: [], certifications });
  const passed = certifications.find((c) => c.status === 'passed');
  if (passed) return result('evidenced', `You hold ${certificationDisplayName(passed)}.`);
  // Having held it counts for more than planning it, so adding a plan item never lowers a grade.
  const lapsed = certifications.find((c) => c.status === 'lapsed');
  if (lapsed) return result('claimed', `You held ${certificationDisplayName(lapsed)}; it has lapsed, so renew it before you rely on it.`);
  const inPlan = certifications[0];
  if (inPlan) return result('planned', `${certificationDisplayName(inPlan)} is in your plan (${CERTIFICATION_STATUS_LABELS[inPlan.status]}).`);
  const milestone = evidence.openMilestonesFor(ask.key, NO_IDS)[0];
  if (milestone) return result('planned', `Your milestone ${quoted(milestone.title)} is in your plan.`);
  return result('missing', 'Not in your plan.');
}

const NO_IDS: ReadonlySet<string> = new Set();

function gradeSkill(ask: ListingAsk, evidence: PlanEvidence): GradedAsk {
  const skills = evidence.skillsFor(ask.key, ask.term?.catalogSkillId ?? null, ask.mapping?.skillId ?? null);
  const skillIds = new Set(skills.map((s) => s.id));
  const result = (grade: GradedAsk['grade'], reason: string): GradedAsk => ({ ask, grade, reason, skills, certifications: [] });
  const shown = evidence.achievementsFor(ask.key, skillIds);
  if (shown.length > 0) {
    const more = shown.length > 1 ? ` and ${shown.length - 1} more` : '';
    return result('evidenced', `Shown by your achievement ${quoted(shown[0]!.title)}${more}.`);
  }
  const best = [...skills].sort((a, b) => b.currentLevel - a.currentLevel)[0];
  if (best && best.currentLevel >= ask.level) return result('claimed', `Your skill ${quoted(best.name)} is at ${levelName(best.currentLevel)}; it asks for ${levelName(ask.level)}. Log an achievement that shows it.`);
  const aiming = skills.find((s) => s.targetLevel >= ask.level);
  if (aiming) return result('planned', `Your skill ${quoted(aiming.name)} is at ${levelName(aiming.currentLevel)}, aiming for ${levelName(aiming.targetLevel)}; it asks for ${levelName(ask.level)}.`);
  const milestone = evidence.openMilestonesFor(ask.key, skillIds)[0];
  if (milestone) return result('planned', `Your milestone ${quoted(milestone.title)} is in your plan.`);
  if (best) return result('missing', `Your skill ${quoted(best.name)} is at ${levelName(best.currentLevel)}, aiming for ${levelName(best.targetLevel)}; it asks for ${levelName(ask.level)}.`);
  return result('missing', 'Not in your plan.');
}

function describeMonths(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [years > 0 ? `${years} year${years === 1 ? '' : 's'}` : '', rest > 0 ? `${rest} month${rest === 1 ? '' : 's'}` : ''].filter(Boolean);
  return parts.join(' ');
}
