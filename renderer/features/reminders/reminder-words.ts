import { dayMonth } from '../../../shared/date-words';
import type { ReminderView } from '../../../shared/ipc/reminders';

/** What the Open button says for each place a reminder leads. */
export const OPEN_LABELS: Record<ReminderView['target']['screen'], string> = {
  milestones: 'Open the milestone',
  certifications: 'Open the certification',
  achievements: 'Log an achievement',
};

/** "3 December, 09:00" for when a reminder fell due: a day and a time on the person's clock. */
export function dueWords(dueAt: string): string {
  const [date, time] = dueAt.split('T') as [string, string];
  return `${dayMonth(date)}, ${time}`;
}

export function countWords(count: number): string {
  return count === 1 ? '1 reminder' : `${count} reminders`;
}
