import {
  CERTIFICATION_LEVEL_LABELS,
  certificationDisplayName,
  findCertificationEntry,
  type CertificationEntry,
  type CertificationFocus,
  type CpdUnit,
  type ExamFormat,
  type RenewalRule,
} from '../../../shared/catalog';
import type { RenewalStatus } from '../../../shared/insights';
import type { Certification, CertificationStatus } from '../../../shared/model';
import { formatDate } from '../../lib/format';

/** What a certification.put carries: every field, no timestamps. */
export type CertificationDraft = Omit<Certification, 'createdAt' | 'updatedAt'>;

/** The usual next status and the words on its button; passed is the end of the road (lapsing is not a step forward). */
export const NEXT_STEP: Record<CertificationStatus, { status: CertificationStatus; label: string } | null> = {
  considering: { status: 'planned', label: 'Plan it' },
  planned: { status: 'studying', label: 'Start studying' },
  studying: { status: 'exam-booked', label: 'Exam booked' },
  'exam-booked': { status: 'passed', label: 'Mark as passed' },
  passed: null,
  lapsed: { status: 'planned', label: 'Plan to renew' },
};

export const FOCUS_LABELS: Record<CertificationFocus, string> = {
  project: 'Project',
  programme: 'Programme',
  portfolio: 'Portfolio',
  pmo: 'PMO',
  agile: 'Agile',
};

/** The names a person sees for the parts of a catalog entry that can be flagged as unconfirmed. */
export const FACT_FIELD_LABELS: Record<CertificationEntry['unverifiedFields'][number], string> = {
  name: 'name',
  prerequisites: 'prerequisites',
  exam: 'exam format',
  renewal: 'renewal rules',
};

export function bodyOf(certification: Pick<Certification, 'catalogId' | 'customBody'>): string {
  const entry = certification.catalogId ? findCertificationEntry(certification.catalogId) : undefined;
  return entry?.issuingBody ?? (certification.customBody.trim() || 'Your own certification');
}

export function matchesText(certification: Certification, needle: string): boolean {
  if (needle === '') return true;
  return [certificationDisplayName(certification), bodyOf(certification), certification.credentialId, certification.notes].some((text) =>
    text.toLocaleLowerCase('en-GB').includes(needle),
  );
}

export function entryMatchesText(entry: CertificationEntry, needle: string): boolean {
  if (needle === '') return true;
  return [entry.name, entry.shortName, entry.issuingBody, CERTIFICATION_LEVEL_LABELS[entry.level]].some((text) => text.toLocaleLowerCase('en-GB').includes(needle));
}

export function unitWord(unit: CpdUnit | null, amount = 2): string {
  if (unit === null) return amount === 1 ? 'hour or point' : 'hours or points';
  return amount === 1 ? unit : `${unit}s`;
}

const days = (n: number) => (n === 1 ? '1 day' : `${n.toLocaleString('en-GB')} days`);

export type Tone = 'ok' | 'warn' | 'bad' | 'muted';

/** The renewal state in plain words, with a tone for colour (the words carry the meaning on their own). */
export function renewalWords(status: RenewalStatus, certification: Pick<Certification, 'examDate' | 'status' | 'catalogId'>): { text: string; tone: Tone } {
  const estimated = status.expiryDerived ? ' (estimated from the issue date)' : '';
  switch (status.state) {
    case 'not-held':
      return certification.examDate ? { text: `Exam on ${formatDate(certification.examDate)}`, tone: 'muted' } : { text: 'Not held yet', tone: 'muted' };
    case 'no-expiry':
      return { text: 'Does not expire', tone: 'ok' };
    case 'dates-missing':
      return { text: 'Add the issue or expiry date to track renewal', tone: 'warn' };
    case 'unknown-rule':
      return certification.catalogId
        ? { text: 'Renewal rules not known: check with the issuing body', tone: 'warn' }
        : { text: 'Add an expiry date to track renewal', tone: 'muted' };
    case 'current':
      return { text: `Valid until ${formatDate(status.expiresOn)}${estimated}: ${days(status.daysToExpiry ?? 0)} left`, tone: 'ok' };
    case 'lapsing-soon':
      return {
        text: status.daysToExpiry === 0 ? `Lapsing soon: expires today${estimated}` : `Lapsing soon: expires ${formatDate(status.expiresOn)}${estimated}, in ${days(status.daysToExpiry ?? 0)}`,
        tone: 'warn',
      };
    case 'expired':
      if (status.expiresOn && (status.daysToExpiry ?? 0) < 0) return { text: `Expired on ${formatDate(status.expiresOn)}${estimated}, ${days(-(status.daysToExpiry ?? 0))} ago`, tone: 'bad' };
      return { text: 'Lapsed', tone: 'bad' };
  }
}

/** "180 questions · 230 minutes · pass mark 60% · open book", or what is missing. */
export function examInWords(exam: ExamFormat | null): string {
  if (exam === null) return 'Not recorded in our sources.';
  const parts: string[] = [];
  if (exam.questions !== null) parts.push(exam.scoredQuestions !== null ? `${exam.questions} questions (${exam.scoredQuestions} scored)` : `${exam.questions} questions`);
  if (exam.minutes !== null) parts.push(`${exam.minutes} minutes`);
  if (exam.passMarkPercent !== null || exam.passMarkScore !== null) {
    const score = exam.passMarkScore !== null ? `${exam.passMarkScore} correct` : '';
    parts.push(`pass mark ${[exam.passMarkPercent !== null ? `${exam.passMarkPercent}%` : '', score].filter(Boolean).join(', ')}`);
  }
  if (exam.openBook !== null) parts.push(exam.openBook ? 'open book' : 'closed book');
  const text = parts.length > 0 ? `${parts.join(' · ')}.` : 'Format not recorded in our sources.';
  return exam.note ? `${text} ${exam.note}` : text;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The renewal rule as a sentence or two a person can act on. */
export function renewalRuleInWords(rule: RenewalRule): string {
  switch (rule.kind) {
    case 'cpd': {
      const unit = unitWord(rule.unit);
      const sentences = [`Earn ${rule.amount} ${unit} every ${rule.cycleYears} years (${rule.programme}).`];
      for (const min of rule.categoryMinimums) {
        const counts = min.includes.length > 0 ? ` (${list(min.includes)} count towards it)` : '';
        sentences.push(`At least ${min.amount} in ${min.category}${counts}.`);
      }
      for (const max of rule.categoryMaximums) sentences.push(`At most ${max.amount} from ${max.category} count.`);
      return sentences.join(' ');
    }
    case 'resit-or-cpd': {
      const membership = rule.cpd.requiresMembership ? ' while holding a membership' : '';
      const cpd = `log ${rule.cpd.amount} ${unitWord(rule.cpd.unit, rule.cpd.amount)} every ${rule.cpd.perYears === 1 ? 'year' : `${rule.cpd.perYears} years`}${membership}`;
      const ways = [...rule.alternatives.map((a) => a.charAt(0).toLowerCase() + a.slice(1)), cpd];
      return `Valid for ${rule.validityYears} years. Renew by one of: ${ways.join('; ')}.`;
    }
    case 'none':
    case 'unknown':
      return rule.note;
  }
}
