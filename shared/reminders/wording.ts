import { dayMonthYear } from '../date-words';

/** "today", "tomorrow", "in 3 days", "yesterday", "4 days ago". */
export function daysWords(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** The CPD line: where the person is, where the pace says they should be, and what the rule asks in all. */
export function cpdBehindWords(counted: number, expected: number, required: number, unit: string, cycleTo: string): string {
  return `${counted} of ${required} ${unit} logged; about ${expected} would be on pace to renew by ${dayMonthYear(cycleTo)}.`;
}

/** One line for a group of reminders: "3 reminders: Milestone due tomorrow, PMP exam in 7 days and 1 more". */
export function groupWords(titles: readonly string[]): string {
  const shown = titles.slice(0, 2);
  const more = titles.length - shown.length;
  return `${titles.length} reminders: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
