import { findCertificationEntry } from '../catalog/certifications';
import { certificationRenewalStatus, type RenewalStatus } from '../insights/renewal';
import type { Certification, Milestone, Plan } from '../model/plan';
import { CERTIFICATION_STATUS_LABELS, MILESTONE_STATUS_LABELS } from '../model/vocabulary';
import { dayMonthYear } from '../date-words';

/**
 * The dated things of a plan as calendar events: open milestones, booked exams and renewal deadlines.
 * Pure, so the same plan gives the same events on any computer; ./ics-file.ts writes them as a file.
 *
 * Every event is a whole day (a deadline, not a meeting) and carries:
 * - a UID made from the item's id, so importing a newer file updates the event instead of adding a copy;
 * - a SEQUENCE made from the item's `updatedAt` (see calendarSequence), so the newer file wins.
 * Nothing in an event depends on the day it is exported, so one SEQUENCE means one text. (Except when an
 * app update changes a catalog renewal cycle: a derived expiry then moves with no edit to the plan, and
 * calendars tell the copies apart by DTSTAMP, the export time.)
 */

export type CalendarEventKind = 'milestone' | 'exam' | 'renewal';

export interface CalendarEvent {
  kind: CalendarEventKind;
  /** `<kind>-<item id>@pmopathway.app`: stable for as long as the item exists. */
  uid: string;
  /** The day of the all-day event, YYYY-MM-DD. */
  date: string;
  title: string;
  description: string;
  sequence: number;
}

/** The domain part of every UID: ours, so no other program's events can collide with them. */
export const CALENDAR_UID_DOMAIN = 'pmopathway.app';

export function calendarUid(kind: CalendarEventKind, itemId: string): string {
  return `${kind}-${itemId}@${CALENDAR_UID_DOMAIN}`;
}

/** SEQUENCE counts whole minutes from here; any fixed moment before the feature shipped would do. */
export const SEQUENCE_EPOCH = '2025-01-01T00:00:00.000Z';
const SEQUENCE_EPOCH_MS = Date.parse(SEQUENCE_EPOCH);
/** RFC 5545 SEQUENCE is an INTEGER (32-bit signed); the ics library refuses anything larger. */
const MAX_SEQUENCE = 2_147_483_647;

/**
 * The SEQUENCE of an item changed at `updatedAt`: whole minutes since SEQUENCE_EPOCH. Derived, not
 * counted, so it needs no stored state: two computers with the same plan, or two exports a year apart,
 * agree; and every change moves updatedAt forward, so a re-import carries a higher number and calendars
 * take it as the newer version. Clamped at 0 (items stamped before the epoch, e.g. an old imported plan).
 * Two changes within one minute share a number: calendars then order by DTSTAMP, which is the export time.
 */
export function calendarSequence(updatedAt: string): number {
  const ms = Date.parse(updatedAt);
  if (Number.isNaN(ms)) return 0;
  return Math.min(MAX_SEQUENCE, Math.max(0, Math.floor((ms - SEQUENCE_EPOCH_MS) / 60_000)));
}

const UPDATE_NOTE = 'From your PMO Pathway plan. After a change, add the calendar file again: it updates this event.';

/**
 * The plan's events, soonest first (ties by UID, so the file's order is stable).
 * - Milestones: to do or in progress, with a due date. Done and dropped ones are left out: an event for
 *   finished work is noise. (A calendar import only adds and updates, so an event from an earlier file
 *   stays in the person's calendar until they delete it; nothing in the file can remove it.) A milestone
 *   that follows an exam ("Sit the exam") is left out on a day its certification's exam event covers.
 * - Exams: certifications with status "Exam booked" and an exam date.
 * - Renewals: certifications held (status Passed) with an expiry date, recorded or derived from the
 *   issue date; a derived one says it is an estimate. Lapsed ones have no deadline left to keep.
 * `today` only feeds the renewal calculation; no event's text depends on it.
 * The person's notes stay out of every event: calendars are often shared or synced to a work account.
 */
export function calendarEvents(plan: Pick<Plan, 'milestones' | 'certifications'>, today: string): CalendarEvent[] {
  const booked = plan.certifications.filter((c) => c.status === 'exam-booked' && c.examDate !== null);
  const examDayOf = new Map(booked.map((c) => [c.id, c.examDate]));
  const coveredByExam = (m: Milestone) => m.follows === 'certification-passed' && m.links.certificationIds.some((id) => examDayOf.get(id) === m.dueDate);
  const milestones = plan.milestones.filter((m) => (m.status === 'todo' || m.status === 'doing') && m.dueDate !== null && !coveredByExam(m)).map(milestoneEvent);
  const renewals = plan.certifications
    .filter((c) => c.status === 'passed')
    .flatMap((c) => {
      const status = certificationRenewalStatus(c, today);
      return status.expiresOn === null ? [] : [renewalEvent(c, status, status.expiresOn)];
    });
  return [...milestones, ...booked.map(examEvent), ...renewals].sort((a, b) => compare(a.date, b.date) || compare(a.uid, b.uid));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function milestoneEvent(milestone: Milestone): CalendarEvent {
  return {
    kind: 'milestone',
    uid: calendarUid('milestone', milestone.id),
    date: milestone.dueDate!,
    title: `Milestone due: ${milestone.title}`,
    description: [`Status: ${MILESTONE_STATUS_LABELS[milestone.status]}.`, UPDATE_NOTE].join('\n'),
    sequence: calendarSequence(milestone.updatedAt),
  };
}

function examEvent(certification: Certification): CalendarEvent {
  return {
    kind: 'exam',
    uid: calendarUid('exam', certification.id),
    date: certification.examDate!,
    title: `Exam: ${shortName(certification)}`,
    description: [
      `Exam day for ${fullName(certification)}.`,
      'Before the day: check the start time, the test centre or online set-up, and the ID you need to bring.',
      `Status: ${CERTIFICATION_STATUS_LABELS[certification.status]}.`,
      UPDATE_NOTE,
    ].join('\n'),
    sequence: calendarSequence(certification.updatedAt),
  };
}

function renewalEvent(certification: Certification, status: RenewalStatus, expiresOn: string): CalendarEvent {
  const lines = [`${fullName(certification)} expires on this day: renew it before then.`];
  if (status.expiryDerived && certification.issuedOn !== null) {
    lines.push(`Estimated: worked out from the issue date (${dateInWords(certification.issuedOn)}) and the renewal cycle. Record the expiry date in PMO Pathway to be sure.`);
  }
  const cpd = status.cpd;
  if (cpd) {
    const unit = (n: number) => (n === 1 ? cpd.unit : `${cpd.unit}s`);
    lines.push(
      cpd.met
        ? `CPD: requirement met (${figure(cpd.counted)} of ${figure(cpd.required)} ${unit(cpd.required)} counted).`
        : `CPD: ${figure(cpd.remaining)} ${unit(cpd.remaining)} still to earn (${figure(cpd.counted)} of ${figure(cpd.required)} counted so far).`,
    );
  }
  lines.push(`Status: ${CERTIFICATION_STATUS_LABELS[certification.status]}.`, UPDATE_NOTE);
  return {
    kind: 'renewal',
    uid: calendarUid('renewal', certification.id),
    date: expiresOn,
    title: `${shortName(certification)} expires — renew by this date`,
    description: lines.join('\n'),
    sequence: calendarSequence(certification.updatedAt),
  };
}

/** "PMP": short, because a calendar shows little of a title; custom certifications use the person's name. */
function shortName(certification: Certification): string {
  const entry = certification.catalogId === null ? undefined : findCertificationEntry(certification.catalogId);
  return entry?.shortName ?? (certification.customName.trim() || 'Unnamed certification');
}

/** "Project Management Professional (PMP) from PMI (…)": the whole name and who issues it, in the description. */
function fullName(certification: Certification): string {
  const entry = certification.catalogId === null ? undefined : findCertificationEntry(certification.catalogId);
  if (entry) return `${entry.name}${entry.shortName === entry.name ? '' : ` (${entry.shortName})`} from ${entry.issuingBody}`;
  const name = certification.customName.trim() || 'Unnamed certification';
  const body = certification.customBody.trim();
  return body === '' ? name : `${name} from ${body}`;
}

/** 12.5, not 12.500000001: CPD amounts are logged in quarter hours and summed. */
const figure = (n: number) => String(Math.round(n * 100) / 100);

/** "3 Jun 2023", the way the app shows dates. */
const dateInWords = (date: string) => dayMonthYear(date, { short: true });
