import { skillProgress } from '../../../shared/insights';
import { COMPETENCY_AREA_LABELS, SKILL_LEVEL_LABELS, type Skill } from '../../../shared/model';
import { useAppStore } from '../../store';

const SHOWN = 10;

/** Current level against target for the skills furthest from their target (where effort is needed). */
export function SkillsChart() {
  const skills = useAppStore((state) => state.snapshot?.plan.skills ?? []);
  const go = useAppStore((state) => state.go);
  const shown = [...skills].sort((a, b) => skillProgress(a) - skillProgress(b)).slice(0, SHOWN);
  return (
    <section className="panel" aria-labelledby="skills-chart-heading">
      <h2 id="skills-chart-heading">Skills: current and target</h2>
      {shown.length === 0 ? (
        <p className="meta">No skills yet. Add the skills PMO roles ask for on the Skills screen.</p>
      ) : (
        <ul className="skill-chart">
          {shown.map((skill) => (
            <li key={skill.id}>
              <SkillBar skill={skill} />
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="secondary" onClick={() => go('skills')}>
        All skills
      </button>
    </section>
  );
}

function SkillBar({ skill }: { skill: Skill }) {
  const current = SKILL_LEVEL_LABELS[skill.currentLevel as 0].name;
  const target = SKILL_LEVEL_LABELS[skill.targetLevel as 0].name;
  return (
    <div className="skill-bar" title={COMPETENCY_AREA_LABELS[skill.area]}>
      <span className="bar-label">{skill.name}</span>
      <span className="bar levels" role="img" aria-label={`${skill.name}: ${current} (level ${skill.currentLevel}), target ${target} (level ${skill.targetLevel})`}>
        <span className="bar-fill" style={{ width: `${(skill.currentLevel / 4) * 100}%` }} />
        <span className="bar-target" style={{ left: `calc(${(skill.targetLevel / 4) * 100}% - 2px)` }} />
      </span>
      <span className="bar-value">
        {skill.currentLevel} / {skill.targetLevel}
      </span>
    </div>
  );
}
