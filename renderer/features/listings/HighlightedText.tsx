import { memo, type ReactNode } from 'react';
import { GRADE_LABELS, type GradedAsk } from '../../../shared/listings';

interface HighlightedTextProps {
  text: string;
  graded: readonly GradedAsk[];
}

/** The id of the first highlight of an ask, so "Show in the listing" can bring it into view. */
export const markId = (askKey: string, index: number) => `listing-mark-${askKey.replace(/[^A-Za-z0-9_-]/g, '_')}-${index}`;

/**
 * The listing's own words with everything the comparison found marked, coloured by its grade and
 * titled with what it was read as, so the person can check every match against the text.
 */
export const HighlightedText = memo(function HighlightedText({ text, graded }: HighlightedTextProps) {
  const marks = graded
    .flatMap((g) => g.ask.mentions.map((m, index) => ({ ...m, index, graded: g })))
    .sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at || mark.end > text.length) continue; // overlaps one already shown (years inside a sentence of terms)
    if (mark.start > at) parts.push(text.slice(at, mark.start));
    const { ask, grade } = mark.graded;
    parts.push(
      <mark key={`${ask.key}-${mark.index}`} id={markId(ask.key, mark.index)} tabIndex={-1} className={`grade-mark grade-${grade}`} title={`${ask.label}: ${GRADE_LABELS[grade]}`}>
        {text.slice(mark.start, mark.end)}
      </mark>,
    );
    at = mark.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <div className="listing-text">{parts}</div>;
});
