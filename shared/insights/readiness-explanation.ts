import { COMPETENCY_AREA_LABELS, type CompetencyArea } from '../model/vocabulary';
import type { AreaReadiness, OverallReadiness, Readiness, SkillScore } from './readiness';

/**
 * The words behind every readiness figure: "How is this worked out?" with the person's own numbers,
 * and what to say instead of a percentage when there is nothing to measure. Built here, once, so the
 * dashboard and the Skills screen say the same thing; the components only render it.
 */

/** Where a phrase can take the person: the screen where they add what is missing. */
export type ReadinessDestination = 'skills' | 'milestones' | 'certifications';

/** A message with places to act on: plain text, or words that take the person to a screen. */
export type Phrase = string | { text: string; goTo: ReadinessDestination };

export interface ReadinessExplanation {
  /** The opening sentence, when there is one ("Leadership skills: 2 skills."). */
  intro: string | null;
  /** One line per thing counted: each skill of an area, or each part of the overall figure. */
  items: string[];
  /** How the items combine into the figure, ending with it. */
  result: string;
  /** What else a person needs to read the figure right (what it leaves out). */
  notes: string[];
  /** All of the above as one passage, in reading order. */
  text: string;
}

export interface ReadinessWords {
  overall: ReadinessExplanation | null;
  areas: Record<CompetencyArea, ReadinessExplanation | null>;
}

const ONLY_OVERALL = 'Milestones and certifications count towards the overall figure only.';
const AREAS_ARE_SKILLS = 'Milestones and certifications count towards this overall figure only: each area measures its skills alone.';

/** Every figure's explanation; null for a figure with nothing to measure (say `nothingToMeasure…` instead). */
export function explainReadiness(readiness: Readiness): ReadinessWords {
  const areas = Object.fromEntries(Object.values(readiness.areas).map((figure) => [figure.area, explainAreaReadiness(figure)]));
  return { overall: explainOverallReadiness(readiness.overall), areas: areas as ReadinessWords['areas'] };
}

/** "Leadership skills: 2 skills. Stakeholder management: level 1 of target 3 (33%). … Average: 67%." */
export function explainAreaReadiness(figure: AreaReadiness): ReadinessExplanation | null {
  if (!figure.hasData || figure.skills === null) return null;
  const intro = `${COMPETENCY_AREA_LABELS[figure.area]}: ${count(figure.skills.counted, 'skill')}.`;
  const items = figure.skills.skills.map((s) => `${s.name}: ${skillWords(s)}.`);
  const result = `Average: ${figure.score}%.`;
  return assemble(intro, items, items.join(' '), result, [ONLY_OVERALL]);
}

/**
 * "Skills 58% (average of 7 skills) · Milestones 25% (2 of 8 done, 1 dropped not counted) ·
 * Certifications 0% (0 of 1 passed; 2 only considered, not counted). Readiness is the average of the
 * parts that have something to count: (58 + 25 + 0) ÷ 3 = 27.7, so 28%."
 */
export function explainOverallReadiness(figure: OverallReadiness): ReadinessExplanation | null {
  if (!figure.hasData) return null;
  const { droppedMilestones: dropped, consideredCertifications: considered } = figure.notCounted;
  const items = [
    figure.skills ? `Skills ${figure.skills.score}% (average of ${count(figure.skills.counted, 'skill')})` : 'Skills: none in your plan yet',
    figure.milestones
      ? `Milestones ${figure.milestones.score}% (${figure.milestones.done} of ${figure.milestones.counted} done${dropped > 0 ? `, ${dropped} dropped not counted` : ''})`
      : `Milestones: none to count${dropped > 0 ? ` (${dropped} dropped, not counted)` : ' yet'}`,
    figure.certifications
      ? `Certifications ${figure.certifications.score}% (${figure.certifications.passed} of ${figure.certifications.counted} passed${considered > 0 ? `; ${considered} only considered, not counted` : ''})`
      : `Certifications: none to count${considered > 0 ? ` (${considered} only considered, not counted)` : ' yet'}`,
  ];
  // Written as one sentence of parts, as a person would say it: "Skills 58% · Milestones 25% · …."
  return assemble(null, items, `${items.join(' · ')}.`, overallResult(figure), [AREAS_ARE_SKILLS]);
}

/**
 * "No leadership skills in your plan yet: add one", said instead of a percentage. Without `canAdd` (a
 * read-only plan) the sentence stops before the invitation.
 */
export function nothingToMeasureInArea(area: CompetencyArea, { canAdd = true }: { canAdd?: boolean } = {}): Phrase[] {
  const none = `No ${COMPETENCY_AREA_LABELS[area].toLocaleLowerCase('en-GB')} in your plan yet`;
  return canAdd ? [`${none}: `, { text: 'add one', goTo: 'skills' }] : [none];
}

/** What the overall figure says instead of a percentage, naming anything held but not counted. */
export function nothingToMeasureOverall(figure: Pick<OverallReadiness, 'notCounted'>): Phrase[] {
  const { droppedMilestones: dropped, consideredCertifications: considered } = figure.notCounted;
  const left = [
    dropped > 0 ? `${count(dropped, 'dropped milestone')} ${dropped === 1 ? 'is' : 'are'} not counted` : null,
    considered > 0 ? `${count(considered, 'certification')} only considered ${considered === 1 ? 'is' : 'are'} not counted` : null,
  ].filter((s) => s !== null);
  return [
    'Nothing to measure yet: ',
    { text: 'add a skill', goTo: 'skills' },
    ', ',
    { text: 'a milestone', goTo: 'milestones' },
    ' or ',
    { text: 'a certification you are working towards', goTo: 'certifications' },
    left.length > 0 ? `. (${capitalise(left.join('; '))}.)` : '.',
  ];
}

/** A phrase list as plain text, for a screen-reader label or a test. */
export function phraseText(phrases: readonly Phrase[]): string {
  return phrases.map((p) => (typeof p === 'string' ? p : p.text)).join('');
}

function overallResult(figure: OverallReadiness): string {
  const named = [
    ['skills', figure.skills],
    ['milestones', figure.milestones],
    ['certifications', figure.certifications],
  ] as const;
  const counted = named.filter(([, part]) => part !== null);
  if (counted.length === 1) return `Only ${counted[0]![0]} have something to count, so readiness is their figure: ${figure.score}%.`;
  const parts = counted.map(([, part]) => part!.score);
  const lead = 'Readiness is the average of the parts that have something to count';
  const mean = parts.reduce((a, b) => a + b, 0) / parts.length;
  // Shown to one decimal place when the average is not whole, so the rounding is visible, not a mystery.
  const worked = `(${parts.join(' + ')}) ÷ ${parts.length} = ${Number.isInteger(mean) ? `${mean}%` : `${mean.toFixed(1)}, so ${figure.score}%`}`;
  return `${lead}: ${worked}.`;
}

function skillWords(s: SkillScore): string {
  if (s.targetLevel <= 0) return `target level 0, which counts as met (${s.percent}%)`;
  if (s.currentLevel > s.targetLevel) return `level ${s.currentLevel}, above target ${s.targetLevel} (counts as ${s.percent}%)`;
  return `level ${s.currentLevel} of target ${s.targetLevel} (${s.percent}%)`;
}

/** `body` is how the items read in running text. */
function assemble(intro: string | null, items: string[], body: string, result: string, notes: string[]): ReadinessExplanation {
  const text = [intro, body, result, ...notes].filter((s) => s !== null && s !== '').join(' ');
  return { intro, items, result, notes, text };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1);
}
