import { useMemo } from 'react';
import { COMPETENCY_AREA_LABELS, type CompetencyArea, type Skill } from '../../../shared/model';
import { nothingToMeasureInArea, skillAreaSummaries, type SkillAreaSummary } from '../../../shared/insights';
import { HowWorkedOut, Phrases } from '../../components/ReadinessWords';
import { useAppStore } from '../../store';
import { selectReadOnly } from '../../store/selectors';
import { ProgressBar } from './ProgressBar';

interface SkillSummaryProps {
  skills: readonly Skill[];
  evidence: ReadonlyMap<string, number>;
  /** Opens a new skill in the area: what "add one" in an empty area does. */
  onAdd(area: CompetencyArea): void;
}

/**
 * The matrix at a glance: one tile per competency area, so an imbalance (strong on business skills,
 * nothing yet on leadership) shows before any detail. The figure is the area's readiness from
 * shared/insights, the very one the dashboard shows.
 */
export function SkillSummary({ skills, evidence, onAdd }: SkillSummaryProps) {
  const readOnly = useAppStore(selectReadOnly);
  const summaries = useMemo(() => skillAreaSummaries(skills, evidence), [skills, evidence]);
  return (
    <ul className="skill-summary" aria-label="Skills by competency area">
      {summaries.map((summary) => (
        <li key={summary.area} className="skill-tile">
          <span className="skill-tile-title">{COMPETENCY_AREA_LABELS[summary.area]}</span>
          <Tile summary={summary} readOnly={readOnly} onAdd={onAdd} />
        </li>
      ))}
    </ul>
  );
}

function Tile({ summary, readOnly, onAdd }: { summary: SkillAreaSummary; readOnly: boolean; onAdd(area: CompetencyArea): void }) {
  const label = COMPETENCY_AREA_LABELS[summary.area];
  const { readiness, explanation } = summary;
  if (!readiness.hasData || explanation === null) {
    return (
      <p className="meta skill-tile-empty">
        {/* A read-only plan cannot take a new skill, so the message stops before "add one". */}
        <Phrases phrases={nothingToMeasureInArea(summary.area, { canAdd: !readOnly })} onGo={() => onAdd(summary.area)} />
      </p>
    );
  }
  return (
    <>
      <span className="skill-tile-score">{readiness.score}%</span>
      <ProgressBar value={readiness.score} max={100} label={`${label}: progress towards targets`} valueText={`${readiness.score}% of the way to your targets`} tone={readiness.score === 100 ? 'success' : 'accent'} />
      <span className="meta">
        {summary.atTarget} of {summary.total} at target · {summary.withEvidence} with evidence
      </span>
      <HowWorkedOut explanation={explanation} subject={label.toLocaleLowerCase('en-GB')} />
    </>
  );
}
