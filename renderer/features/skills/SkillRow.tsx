import { memo } from 'react';
import type { Skill, SkillLevel } from '../../../shared/model';
import { skillProgress } from '../../../shared/insights';
import { LevelSelect } from './LevelSelect';
import { ProgressBar } from './ProgressBar';
import { evidenceWords, progressWords } from './skill-view';

interface SkillRowProps {
  skill: Skill;
  evidence: number;
  readOnly: boolean;
  onLevel(skill: Skill, key: 'currentLevel' | 'targetLevel', level: SkillLevel): void;
  onOpen(skill: Skill): void;
  onDelete(skill: Skill): void;
}

/**
 * One skill in the matrix: where the person is, where they aim, how far that is, and how much evidence
 * backs it. Levels change in place (one keystroke in the select); everything else is in the editor.
 */
export const SkillRow = memo(function SkillRow({ skill, evidence, readOnly, onLevel, onOpen, onDelete }: SkillRowProps) {
  const progress = skillProgress(skill);
  const atTarget = progress >= 1;
  return (
    <div className={`row skill-row${atTarget ? ' at-target' : ''}`}>
      <div className="skill-identity">
        <button type="button" className="row-title link-button" onClick={() => onOpen(skill)}>
          {skill.name}
        </button>
        <span className="skill-facts">
          <span className="chip">{skill.catalogId ? 'Framework' : 'Your own'}</span>
          <span className={evidence === 0 ? 'meta no-evidence' : 'meta'}>{evidenceWords(evidence)}</span>
        </span>
      </div>
      <LevelSelect className="level-current" label="Current level" skillName={skill.name} value={skill.currentLevel} disabled={readOnly} onChange={(level) => onLevel(skill, 'currentLevel', level)} />
      <LevelSelect className="level-target" label="Target level" skillName={skill.name} value={skill.targetLevel} disabled={readOnly} onChange={(level) => onLevel(skill, 'targetLevel', level)} />
      <div className="skill-gauge">
        <ProgressBar
          value={progress}
          max={1}
          label={`Progress of ${skill.name} towards its target`}
          valueText={`${progressWords(skill)} (level ${skill.currentLevel} of ${skill.targetLevel})`}
          tone={atTarget ? 'success' : 'accent'}
        />
        <span className="meta">{progressWords(skill)}</span>
      </div>
      <button type="button" className="quiet small" aria-label={`Delete ${skill.name}`} disabled={readOnly} onClick={() => onDelete(skill)}>
        Delete
      </button>
    </div>
  );
});
