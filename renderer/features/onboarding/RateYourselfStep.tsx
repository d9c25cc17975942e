import type { StarterPlan } from '../../../shared/catalog';
import { COMPETENCY_AREAS, COMPETENCY_AREA_LABELS, ENTRY_PATH_LABELS, SKILL_LEVEL_LABELS, type SkillLevel } from '../../../shared/model';
import { LevelSelect } from '../skills/LevelSelect';

interface RateYourselfStepProps {
  starter: StarterPlan;
  onLevel(catalogId: string, level: SkillLevel): void;
}

/**
 * Step 2: where you are now with each skill your route needs, so the plan credits what you already do.
 * Levels start where people on the route usually are (shared/catalog/starter/templates.ts); adjust them.
 */
export function RateYourselfStep({ starter, onLevel }: RateYourselfStepProps) {
  return (
    <>
      <p>
        As a {ENTRY_PATH_LABELS[starter.entryPath].toLowerCase()} you already do some of this. The levels are a starting suggestion for your
        route: set each one to where you are today. Targets are what PMO roles usually ask for; you can change them later on the Skills screen.
      </p>
      {COMPETENCY_AREAS.map((area) => {
        const skills = starter.skills.filter((s) => s.change.item.area === area);
        if (skills.length === 0) return null;
        return (
          <fieldset key={area} className="starter-group rate-group">
            <legend>{COMPETENCY_AREA_LABELS[area]}</legend>
            {skills.map(({ key, change: { item } }) => (
              <div key={key} className="rate-row">
                <span className="rate-name">
                  <strong>{item.name}</strong>
                  <span className="meta">Target: {SKILL_LEVEL_LABELS[item.targetLevel as SkillLevel].name}</span>
                </span>
                <LevelSelect label="Where you are now" skillName={item.name} value={item.currentLevel as SkillLevel} onChange={(level) => onLevel(item.catalogId!, level)} />
              </div>
            ))}
          </fieldset>
        );
      })}
      {starter.skills.length === 0 && <p className="empty-state">Your plan already has every skill this route suggests.</p>}
    </>
  );
}
