import { COMPETENCY_AREAS, type CompetencyArea } from '../model/vocabulary';
import { readinessByArea, skillProgress, type AreaReadiness, type SkillInput } from './readiness';
import { explainAreaReadiness, type ReadinessExplanation } from './readiness-explanation';

/**
 * What the Skills screen shows per competency area: the area's readiness figure (the same one the
 * dashboard shows, from `readinessByArea`), how many skills are at target and how many have evidence.
 * Pure, so "the same plan gives the same figure on every screen" is tested without a DOM.
 */
export interface SkillAreaSummary {
  area: CompetencyArea;
  readiness: AreaReadiness;
  /** How the figure is worked out; null when the area has no skills. */
  explanation: ReadinessExplanation | null;
  total: number;
  atTarget: number;
  withEvidence: number;
}

export function skillAreaSummaries(skills: readonly SkillInput[], evidence: ReadonlyMap<string, number>): SkillAreaSummary[] {
  const readiness = readinessByArea(skills);
  return COMPETENCY_AREAS.map((area) => {
    const inArea = skills.filter((s) => s.area === area);
    return {
      area,
      readiness: readiness[area],
      explanation: explainAreaReadiness(readiness[area]),
      total: inArea.length,
      atTarget: inArea.filter((s) => skillProgress(s) >= 1).length,
      withEvidence: inArea.filter((s) => (evidence.get(s.id) ?? 0) > 0).length,
    };
  });
}
