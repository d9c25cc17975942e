import type { GradedAsk } from './grade';

/**
 * The comparison in words, never a fake-precise percentage: "Covers 9 of 14 things it asks for; 3 are
 * only planned; missing: Power BI, P3O, benefits realisation." Covered means evidenced or claimed.
 * Required asks come first in every list, and the essentials get a sentence of their own.
 */
export interface ListingSummary {
  headline: string;
  /** About what the listing marks as essential; null when it marks nothing so. */
  essentials: string | null;
  /** What the person should check themself (a degree); null when nothing. */
  toCheck: string | null;
  counted: number;
  covered: number;
  planned: number;
  missing: GradedAsk[];
}

const MAX_NAMED = 5;

export function summariseListing(graded: readonly GradedAsk[]): ListingSummary {
  const counted = graded.filter((g) => g.grade !== 'unknown');
  const covered = counted.filter((g) => g.grade === 'evidenced' || g.grade === 'claimed').length;
  const planned = counted.filter((g) => g.grade === 'planned').length;
  const missing = counted.filter((g) => g.grade === 'missing').sort((a, b) => rank(b) - rank(a));
  const unknown = graded.filter((g) => g.grade === 'unknown');
  const toCheck = unknown.length > 0 ? `It also asks for ${unknown.map((g) => g.ask.label.replace(/^./, (c) => c.toLowerCase())).join(' and ')}, which your plan does not record.` : null;
  if (counted.length === 0) return { headline: 'It asks for nothing the app can compare with your plan yet.', essentials: null, toCheck, counted: 0, covered, planned, missing };

  const parts = [`Covers ${covered} of the ${counted.length} ${counted.length === 1 ? 'thing' : 'things'} it asks for`];
  if (planned > 0) parts.push(`${planned} ${planned === 1 ? 'is' : 'are'} only planned`);
  if (missing.length > 0) parts.push(`missing: ${nameList(missing)}`);
  const headline = `${parts.join('; ')}.`;

  const required = counted.filter((g) => g.ask.weight === 'required');
  let essentials: string | null = null;
  if (required.length > 0) {
    const requiredCovered = required.filter((g) => g.grade === 'evidenced' || g.grade === 'claimed').length;
    const requiredPlanned = required.filter((g) => g.grade === 'planned');
    const requiredMissing = required.filter((g) => g.grade === 'missing');
    const rest = [
      requiredPlanned.length > 0 ? `only planned: ${nameList(requiredPlanned)}` : '',
      requiredMissing.length > 0 ? `missing: ${nameList(requiredMissing)}` : '',
    ].filter(Boolean);
    essentials =
      requiredCovered === required.length
        ? required.length === 1
          ? 'You cover its one essential.'
          : `You cover all ${required.length} of its essentials.`
        : `Of its ${required.length} ${required.length === 1 ? 'essential' : 'essentials'} you cover ${requiredCovered}; ${rest.join('; ')}.`;
  }
  return { headline, essentials, toCheck, counted: counted.length, covered, planned, missing };
}

const rank = (g: GradedAsk) => (g.ask.weight === 'required' ? 3 : g.ask.weight === 'general' ? 2 : 1);

function nameList(items: readonly GradedAsk[]): string {
  const names = items.slice(0, MAX_NAMED).map((g) => g.ask.label);
  const more = items.length - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}
