import { GRADE_LABELS, type Grade } from '../../../shared/listings';

/** A grade in words and colour (never colour alone). */
export function GradeBadge({ grade }: { grade: Grade }) {
  return <span className={`grade grade-${grade}`}>{GRADE_LABELS[grade]}</span>;
}
