import { useId } from 'react';
import { SKILL_LEVELS, SKILL_LEVEL_LABELS, type SkillLevel } from '../../../shared/model';

interface LevelSelectProps {
  label: string;
  /** Added to the accessible name (which still starts with the visible label), so each row's select is told apart by a screen reader. */
  skillName?: string;
  value: SkillLevel;
  disabled?: boolean;
  className?: string;
  onChange(level: SkillLevel): void;
}

/**
 * A 0–4 level picker whose chosen level is described in words right under it (and tied to the select
 * with aria-describedby), so a person places themselves by meaning, not by number.
 */
export function LevelSelect({ label, skillName, value, disabled, className, onChange }: LevelSelectProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  return (
    <div className={`field level-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-label={skillName ? `${label} of ${skillName}` : undefined} value={value} disabled={disabled} aria-describedby={descriptionId} onChange={(event) => onChange(Number(event.target.value) as SkillLevel)}>
        {SKILL_LEVELS.map((level) => (
          <option key={level} value={level}>
            {level} — {SKILL_LEVEL_LABELS[level].name}
          </option>
        ))}
      </select>
      <p id={descriptionId} className="level-description">
        {SKILL_LEVEL_LABELS[value].description}
      </p>
    </div>
  );
}
