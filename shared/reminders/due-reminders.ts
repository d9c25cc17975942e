import type { ReminderSettings } from '../app-settings/schema';
import { certificationDisplayName } from '../catalog/certifications';
import { addDays, daysBetween, toDayNumber } from '../date-arithmetic';
import { certificationRenewalStatus } from '../insights/renewal';
import { isOpenMilestone } from '../insights/milestones';
import { localDate } from '../model/calendar';
import type { Certification, Plan } from '../model/plan';
import { localMoment, weekStart, type LocalNow } from './local-time';
import type { Reminder } from './reminder';
import { cpdBehindWords, daysWords } from './wording';

/**
 * Every reminder that is due at `now` and still true of the plan: a milestone that was finished, an exam
 * that was sat or a week with an achievement logged no longer reminds. Pure: the scheduler in main
 * decides which of these to pop up (new, outside quiet hours, not dismissed).
 *
 * Date reminders fall due at 09:00 on their day: a reminder at midnight would wake nobody, and one at
 * the start of the working day is what a calendar's "3 days before" means to most people.
 */
export const DAY_REMINDER_TIME = '09:00';

type Plans = Pick<Plan, 'milestones' | 'certifications' | 'achievements'>;

export function dueReminders(plan: Plans, settings: ReminderSettings, now: LocalNow): Reminder[] {
  const reminders = [
    ...milestoneReminders(plan, settings, now),
    ...plan.certifications.flatMap((c) => certificationReminders(c, settings, now)),
    ...weeklyNudge(plan, settings, now),
  ];
  return reminders.filter((r) => r.dueAt <= now.moment).sort((a, b) => b.dueAt.localeCompare(a.dueAt) || a.key.localeCompare(b.key));
}

function milestoneReminders(plan: Plans, settings: ReminderSettings, now: LocalNow): Reminder[] {
  const out: Reminder[] = [];
  for (const milestone of plan.milestones) {
    if (!isOpenMilestone(milestone) || milestone.dueDate === null) continue;
    const days = daysBetween(now.date, milestone.dueDate);
    const target = { screen: 'milestones' as const, itemId: milestone.id };
    if (days >= 0 && settings.milestoneDue.enabled && days <= settings.milestoneDue.daysBefore) {
      out.push({
        key: `milestone-due:${milestone.id}:${milestone.dueDate}`,
        kind: 'milestoneDue',
        title: `Milestone due ${daysWords(days)}`,
        body: milestone.title,
        dueAt: localMoment(addDays(milestone.dueDate, -settings.milestoneDue.daysBefore), DAY_REMINDER_TIME),
        target,
      });
    } else if (days < 0 && settings.milestoneOverdue.enabled) {
      out.push({
        key: `milestone-overdue:${milestone.id}:${milestone.dueDate}`,
        kind: 'milestoneOverdue',
        title: 'Milestone overdue',
        body: `${milestone.title}: it was due ${daysWords(days)}. Finish it, or give it a new date.`,
        dueAt: localMoment(addDays(milestone.dueDate, 1), DAY_REMINDER_TIME),
        target,
      });
    }
  }
  return out;
}

function certificationReminders(certification: Certification, settings: ReminderSettings, now: LocalNow): Reminder[] {
  const name = certificationDisplayName(certification);
  const target = { screen: 'certifications' as const, itemId: certification.id };
  const out: Reminder[] = [];
  if (settings.examDate.enabled && certification.status === 'exam-booked' && certification.examDate !== null) {
    const warning = warningFor(certification.examDate, settings.examDate.daysBefore, now);
    if (warning !== null) {
      out.push({
        key: `exam:${certification.id}:${certification.examDate}:${warning.daysBefore}`,
        kind: 'examDate',
        title: `${name} exam ${daysWords(warning.days)}`,
        body: warning.days === 0 ? 'Good luck today.' : 'Check the time, the place or the online set-up, and what ID to bring.',
        dueAt: warning.dueAt,
        target,
      });
    }
  }
  if (!settings.renewal.enabled && !settings.cpdBehind.enabled) return out;
  const renewal = certificationRenewalStatus(certification, now.date);
  if (renewal.expiresOn === null || renewal.state === 'expired' || renewal.state === 'not-held') return out;
  const cpd = renewal.cpd;
  if (settings.renewal.enabled) {
    const warning = warningFor(renewal.expiresOn, settings.renewal.daysBefore, now);
    if (warning !== null) {
      const still = cpd && !cpd.met ? ` ${cpd.remaining} ${cpd.unit} of CPD still to log.` : '';
      out.push({
        key: `renewal:${certification.id}:${renewal.expiresOn}:${warning.daysBefore}`,
        kind: 'renewal',
        title: `${name} expires ${daysWords(warning.days)}`,
        body: `${renewal.expiryDerived ? 'Estimated from the date you passed. ' : ''}Renew it before then.${still}`,
        dueAt: warning.dueAt,
        target,
      });
    }
  }
  if (settings.cpdBehind.enabled && cpd && !cpd.met) {
    // Pro rata: by this far through the cycle, this share of the CPD should be logged.
    const elapsed = (toDayNumber(now.date) - toDayNumber(cpd.cycleFrom)) / (toDayNumber(cpd.cycleTo) - toDayNumber(cpd.cycleFrom) + 1);
    const expected = Math.floor(cpd.required * Math.min(1, Math.max(0, elapsed)));
    if (cpd.counted < expected) {
      // Once a month at most while behind: the month is in the key.
      const month = now.date.slice(0, 7);
      out.push({
        key: `cpd-behind:${certification.id}:${cpd.cycleTo}:${month}`,
        kind: 'cpdBehind',
        title: `${name}: CPD behind schedule`,
        body: cpdBehindWords(cpd.counted, expected, cpd.required, cpd.unit, cpd.cycleTo),
        dueAt: localMoment(`${month}-01`, DAY_REMINDER_TIME),
        target,
      });
    }
  }
  return out;
}

/**
 * The warning that applies on `now.date` for a date `date`: of the "days before" warnings, the one most
 * recently passed (after a week away, the 1-day warning, not the 7-day one as well). Null before the first
 * warning and after the date itself.
 */
function warningFor(date: string, warnings: readonly number[], now: LocalNow): { daysBefore: number; days: number; dueAt: string } | null {
  const days = daysBetween(now.date, date);
  if (days < 0) return null;
  const passed = warnings.filter((before) => days <= before);
  if (passed.length === 0) return null;
  const daysBefore = Math.min(...passed);
  return { daysBefore, days, dueAt: localMoment(addDays(date, -daysBefore), DAY_REMINDER_TIME) };
}

function weeklyNudge(plan: Plans, settings: ReminderSettings, now: LocalNow): Reminder[] {
  const nudge = settings.weeklyNudge;
  if (!nudge.enabled) return [];
  const monday = weekStart(now.date, now.weekday);
  const sunday = addDays(monday, 6);
  const loggedThisWeek = plan.achievements.some((a) => {
    const logged = localDate(new Date(a.createdAt));
    return logged >= monday && logged <= sunday;
  });
  if (loggedThisWeek) return [];
  return [
    {
      key: `weekly:${monday}`,
      kind: 'weeklyNudge',
      title: 'Log an achievement this week',
      body: 'What went well this week? A result, a number, something you led: a line now is a CV bullet and an interview story later.',
      dueAt: localMoment(addDays(monday, nudge.weekday - 1), nudge.time),
      target: { screen: 'achievements', itemId: null },
    },
  ];
}
