import { COMPETENCY_AREA_LABELS, type CompetencyArea, type Skill, type SkillLevel } from '../../../shared/model';
import { VirtualList } from '../../components/VirtualList';
import { SkillRow } from './SkillRow';

const ROW_HEIGHT = 104;

interface SkillAreaProps {
  area: CompetencyArea;
  skills: readonly Skill[];
  /** Skills in the area before filtering, so "none yet" and "none match" read differently. */
  total: number;
  evidence: ReadonlyMap<string, number>;
  readOnly: boolean;
  onAdd(area: CompetencyArea): void;
  onLevel(skill: Skill, key: 'currentLevel' | 'targetLevel', level: SkillLevel): void;
  onOpen(skill: Skill): void;
  onDelete(skill: Skill): void;
}

/** One competency area of the matrix: its skills as rows, and a way to add one of the person's own. */
export function SkillArea({ area, skills, total, evidence, readOnly, onAdd, onLevel, onOpen, onDelete }: SkillAreaProps) {
  const label = COMPETENCY_AREA_LABELS[area];
  const headingId = `skill-area-${area}`;
  return (
    <section className="skill-area" aria-labelledby={headingId}>
      <header className="skill-area-header">
        <h2 id={headingId}>
          {label} <span className="meta">({total})</span>
        </h2>
        <button type="button" className="secondary small" disabled={readOnly} aria-label={`Add your own ${label.toLowerCase().replace(' skills', ' skill')}`} onClick={() => onAdd(area)}>
          Add your own
        </button>
      </header>
      {skills.length === 0 ? (
        <p className="meta skill-area-empty">
          {total === 0 ? `No ${label.toLowerCase()} in your plan yet. Add one from the framework below, or your own.` : 'No skills in this area match the search and filter.'}
        </p>
      ) : (
        <VirtualList
          items={skills}
          rowHeight={ROW_HEIGHT}
          height={560}
          getKey={(skill) => skill.id}
          label={label}
          renderRow={(skill) => <SkillRow skill={skill} evidence={evidence.get(skill.id) ?? 0} readOnly={readOnly} onLevel={onLevel} onOpen={onOpen} onDelete={onDelete} />}
        />
      )}
    </section>
  );
}
