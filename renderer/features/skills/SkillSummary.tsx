import { COMPETENCY_AREAS, COMPETENCY_AREA_LABELS, type Skill } from '../../../shared/model';
import { computeReadiness, skillProgress } from '../../../shared/insights';
import { ProgressBar } from './ProgressBar';

/**
 * The matrix at a glance: one tile per competency area, so an imbalance (strong on business skills,
 * nothing yet on leadership) shows before any detail. Uses the same readiness formula as the dashboard,
 * fed with skills only, so the figure here is "how close the skills are to their targets".
 */
export function SkillSummary({ skills, evidence }: { skills: readonly Skill[]; evidence: ReadonlyMap<string, number> }) {
  const readiness = computeReadiness({ skills: [...skills], milestones: [], certifications: [] });
  return (
    <ul className="skill-summary" aria-label="Skills by competency area">
      {COMPETENCY_AREAS.map((area) => {
        const inArea = skills.filter((s) => s.area === area);
        const part = readiness.areas[area].skills;
        const atTarget = inArea.filter((s) => skillProgress(s) >= 1).length;
        const withEvidence = inArea.filter((s) => (evidence.get(s.id) ?? 0) > 0).length;
        const label = COMPETENCY_AREA_LABELS[area];
        return (
          <li key={area} className="skill-tile">
            <span className="skill-tile-title">{label}</span>
            {part ? (
              <>
                <span className="skill-tile-score">{part.score}%</span>
                <ProgressBar value={part.score} max={100} label={`${label}: progress towards targets`} valueText={`${part.score}% of the way to your targets`} tone={part.score === 100 ? 'success' : 'accent'} />
                <span className="meta">
                  {atTarget} of {inArea.length} at target · {withEvidence} with evidence
                </span>
              </>
            ) : (
              <span className="meta">No skills yet</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
