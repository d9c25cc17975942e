import { addDays, addYears, daysBetween } from '../date-arithmetic';
import { findCertificationEntry } from '../catalog/certifications';
import type { CertificationEntry, CpdCategoryLimit, CpdUnit, RenewalRule } from '../catalog/schemas';
import type { Certification, CpdEntry, Plan } from '../model/plan';

/**
 * Renewal status of a held certification: when it expires and how much CPD is logged against the
 * catalog's renewal rule for the current cycle.
 *
 * - The expiry date is the one the person recorded; failing that it is derived as the last day of one
 *   cycle from the issue date (PMI: 3 years, CSM: 2, PeopleCert: 3) and marked `expiryDerived`, so the
 *   UI can say it is an estimate.
 * - The current cycle is the `cycleYears` ending on the expiry date; CPD entries dated inside it count.
 * - Category limits: a minimum counts its own category plus the ones it `includes` (PMI's Talent
 *   Triangle areas count towards Education); units above a maximum (PMI's Giving Back) do not count
 *   towards the total. Categories match ignoring case and surrounding spaces.
 * - PeopleCert's "20 CPD points a year" is checked year by year within the three-year cycle.
 * - The expiry date is the last valid day: 0 days left is "lapsing soon", not expired.
 */

export const LAPSING_SOON_DAYS = 90;

export type RenewalState =
  /** Not passed yet, so nothing to renew. */
  | 'not-held'
  /** Passed and never expires (PSM I), and the person recorded no expiry date. */
  | 'no-expiry'
  /** The rule has a cycle but neither an issue nor an expiry date is recorded. */
  | 'dates-missing'
  /** Custom certification or a rule our sources do not give, and no expiry date recorded. */
  | 'unknown-rule'
  | 'current'
  | 'lapsing-soon'
  /** Past its expiry date, or marked lapsed by the person. */
  | 'expired';

export interface CpdCategoryProgress {
  category: string;
  limit: 'minimum' | 'maximum';
  amount: number;
  /** Logged in the cycle in this category (and the categories it includes). */
  logged: number;
  /** A minimum is met when logged ≥ amount; a maximum is always met (the excess just does not count). */
  met: boolean;
}

export interface CpdPeriodProgress {
  from: string;
  to: string;
  logged: number;
  required: number;
  met: boolean;
}

export interface CpdProgress {
  unit: CpdUnit;
  cycleFrom: string;
  cycleTo: string;
  /** Sum of every entry in the cycle. */
  logged: number;
  /** What counts towards the requirement, after category maximums. */
  counted: number;
  required: number;
  remaining: number;
  categories: CpdCategoryProgress[];
  /** Year-by-year requirement (PeopleCert); empty when the requirement is for the whole cycle. */
  periods: CpdPeriodProgress[];
  requiresMembership: boolean;
  /** Total, every category minimum and every period met. */
  met: boolean;
}

export interface RenewalStatus {
  certificationId: string;
  state: RenewalState;
  rule: RenewalRule | null;
  expiresOn: string | null;
  expiryDerived: boolean;
  /** Negative once expired; null without an expiry date. */
  daysToExpiry: number | null;
  /** Null when the rule asks for no CPD or the cycle is unknown. */
  cpd: CpdProgress | null;
}

export interface RenewalOptions {
  lapsingSoonDays?: number;
  /** Catalog lookup; injectable for tests. */
  findEntry?: (catalogId: string) => CertificationEntry | undefined;
}

export function certificationRenewalStatus(certification: Certification, today: string, options: RenewalOptions = {}): RenewalStatus {
  const findEntry = options.findEntry ?? findCertificationEntry;
  const lapsingSoonDays = options.lapsingSoonDays ?? LAPSING_SOON_DAYS;
  const rule = certification.catalogId === null ? null : (findEntry(certification.catalogId)?.renewal ?? null);
  const base = { certificationId: certification.id, rule };

  if (certification.status !== 'passed' && certification.status !== 'lapsed') {
    return { ...base, state: 'not-held', expiresOn: certification.expiresOn, expiryDerived: false, daysToExpiry: null, cpd: null };
  }

  const years = cycleYears(rule);
  const derived = certification.expiresOn === null && certification.issuedOn !== null && years !== null;
  // Derived: the last day of a cycle of `years` starting on the issue day. An estimate, shown as such.
  const expiresOn = certification.expiresOn ?? (derived ? addDays(addYears(certification.issuedOn!, years!), -1) : null);
  const daysToExpiry = expiresOn === null ? null : daysBetween(today, expiresOn);
  const cpd = expiresOn !== null && rule !== null ? cpdProgress(rule, certification.cpd, expiresOn) : null;

  let state: RenewalState;
  if (certification.status === 'lapsed' || (daysToExpiry !== null && daysToExpiry < 0)) state = 'expired';
  else if (daysToExpiry !== null) state = daysToExpiry <= lapsingSoonDays ? 'lapsing-soon' : 'current';
  else if (rule?.kind === 'none') state = 'no-expiry';
  else if (years !== null) state = 'dates-missing';
  else state = 'unknown-rule';

  return { ...base, state, expiresOn, expiryDerived: derived, daysToExpiry, cpd };
}

/** Renewal status of every certification the person holds or held, soonest expiry first. */
export function renewalOverview(plan: Pick<Plan, 'certifications'>, today: string, options: RenewalOptions = {}): RenewalStatus[] {
  return plan.certifications
    .map((c) => certificationRenewalStatus(c, today, options))
    .filter((s) => s.state !== 'not-held')
    .sort((a, b) => (a.daysToExpiry ?? Infinity) - (b.daysToExpiry ?? Infinity));
}

function cycleYears(rule: RenewalRule | null): number | null {
  if (rule?.kind === 'cpd') return rule.cycleYears;
  if (rule?.kind === 'resit-or-cpd') return rule.validityYears;
  return null;
}

/** CPD logged against the rule in the cycle ending on `expiresOn`; null when the rule asks for no CPD. */
export function cpdProgress(rule: RenewalRule, entries: readonly CpdEntry[], expiresOn: string): CpdProgress | null {
  if (rule.kind !== 'cpd' && rule.kind !== 'resit-or-cpd') return null;
  const years = rule.kind === 'cpd' ? rule.cycleYears : rule.validityYears;
  // The day after expiry, `years` back: the inverse of how a derived expiry is made from the issue date.
  const cycleFrom = addYears(addDays(expiresOn, 1), -years);
  const inCycle = entries.filter((e) => e.date >= cycleFrom && e.date <= expiresOn);
  const logged = sum(inCycle);

  if (rule.kind === 'resit-or-cpd') {
    const { amount, perYears, unit, requiresMembership } = rule.cpd;
    // Each period is measured from the cycle start (not chained), so a 29 February start cannot drift.
    const count = Math.ceil(years / perYears);
    const periods = Array.from({ length: count }, (_, k): CpdPeriodProgress => {
      const from = addYears(cycleFrom, k * perYears);
      const to = k === count - 1 ? expiresOn : addDays(addYears(cycleFrom, (k + 1) * perYears), -1);
      const periodLogged = sum(inCycle.filter((e) => e.date >= from && e.date <= to));
      return { from, to, logged: periodLogged, required: amount, met: periodLogged >= amount };
    });
    const required = amount * periods.length;
    return {
      unit,
      cycleFrom,
      cycleTo: expiresOn,
      logged,
      counted: logged,
      required,
      remaining: Math.max(0, required - logged),
      categories: [],
      periods,
      requiresMembership,
      met: periods.every((p) => p.met),
    };
  }

  const minimums = rule.categoryMinimums.map((limit) => categoryProgress(limit, 'minimum', inCycle));
  const maximums = rule.categoryMaximums.map((limit) => categoryProgress(limit, 'maximum', inCycle));
  const excess = maximums.reduce((total, m) => total + Math.max(0, m.logged - m.amount), 0);
  const counted = logged - excess;
  return {
    unit: rule.unit,
    cycleFrom,
    cycleTo: expiresOn,
    logged,
    counted,
    required: rule.amount,
    remaining: Math.max(0, rule.amount - counted),
    categories: [...minimums, ...maximums],
    periods: [],
    requiresMembership: false,
    met: counted >= rule.amount && minimums.every((m) => m.met),
  };
}

function categoryProgress(limit: CpdCategoryLimit, kind: 'minimum' | 'maximum', entries: readonly CpdEntry[]): CpdCategoryProgress {
  const names = new Set([limit.category, ...limit.includes].map(normaliseCategory));
  const logged = sum(entries.filter((e) => names.has(normaliseCategory(e.category))));
  return { category: limit.category, limit: kind, amount: limit.amount, logged, met: kind === 'maximum' || logged >= limit.amount };
}

function normaliseCategory(category: string): string {
  return category.trim().toLocaleLowerCase('en-GB');
}

function sum(entries: readonly CpdEntry[]): number {
  // Rounded to hundredths so 0.1 + 0.2 reads as 0.3, not 0.30000000000000004.
  return Math.round(entries.reduce((total, e) => total + e.amount, 0) * 100) / 100;
}
