import { describe, expect, it } from 'vitest';
import type { CertificationEntry, RenewalRule } from '../../../shared/catalog';
import { certificationRenewalStatus, cpdProgress } from '../../../shared/insights';
import { certification } from '../../support/plan-builders';

/**
 * Renewal at its edges, with rules injected so each edge is exact: which days a cycle and its periods
 * include, the lapsing-soon threshold, and what a rule that asks for no CPD gives.
 */

const TODAY = '2026-06-15';
const entry = (id: string, date: string, amount: number, category = '') => ({ id, date, amount, category, note: '' });

const cpdRule = (extra: Partial<Extract<RenewalRule, { kind: 'cpd' }>> = {}): RenewalRule => ({
  kind: 'cpd',
  programme: 'Test CPD',
  amount: 30,
  unit: 'PDU',
  cycleYears: 3,
  categories: [],
  categoryMinimums: [],
  categoryMaximums: [],
  ...extra,
});
const resitRule = (validityYears: number, perYears: number, amount = 20): RenewalRule => ({
  kind: 'resit-or-cpd',
  validityYears,
  cpd: { amount, unit: 'CPD point', perYears, requiresMembership: true },
  alternatives: ['Re-sit the exam'],
});
/** A catalog that answers every id with one entry holding `rule`. */
const catalogWith = (rule: RenewalRule) => ({ findEntry: () => ({ renewal: rule }) as unknown as CertificationEntry });

describe('certificationRenewalStatus at the edges', () => {
  it('a custom certification never takes a catalog rule, whatever the catalog holds', () => {
    const custom = certification({ id: 'c', catalogId: null, customName: 'My cert', status: 'passed', issuedOn: '2025-01-01' });
    const status = certificationRenewalStatus(custom, TODAY, catalogWith(cpdRule()));
    expect(status).toMatchObject({ rule: null, state: 'unknown-rule', expiresOn: null, expiryDerived: false, cpd: null });
  });

  it('an id the catalog does not know has no rule', () => {
    const status = certificationRenewalStatus(certification({ id: 'c', catalogId: 'gone', status: 'passed' }), TODAY, { findEntry: () => undefined });
    expect(status).toMatchObject({ rule: null, state: 'unknown-rule' });
  });

  it('a certification not held reports its own expiry date as not derived', () => {
    const status = certificationRenewalStatus(certification({ id: 'c', catalogId: 'x', status: 'planned', expiresOn: '2027-01-01' }), TODAY, catalogWith(cpdRule()));
    expect(status).toEqual({ certificationId: 'c', rule: cpdRule(), state: 'not-held', expiresOn: '2027-01-01', expiryDerived: false, daysToExpiry: null, cpd: null });
  });

  it('without an issue date nothing is derived: the dates are missing', () => {
    const status = certificationRenewalStatus(certification({ id: 'c', catalogId: 'x', status: 'passed' }), TODAY, catalogWith(cpdRule()));
    expect(status).toMatchObject({ state: 'dates-missing', expiresOn: null, expiryDerived: false, daysToExpiry: null, cpd: null });
  });

  it('is current with a future expiry, lapsing soon from the threshold day, expired from the day after', () => {
    const held = (expiresOn: string) => certification({ id: 'c', catalogId: 'x', status: 'passed', expiresOn });
    const options = { ...catalogWith(cpdRule()), lapsingSoonDays: 10 };
    expect(certificationRenewalStatus(held('2026-06-26'), TODAY, options)).toMatchObject({ state: 'current', daysToExpiry: 11 });
    expect(certificationRenewalStatus(held('2026-06-25'), TODAY, options)).toMatchObject({ state: 'lapsing-soon', daysToExpiry: 10 });
    expect(certificationRenewalStatus(held('2026-06-15'), TODAY, options)).toMatchObject({ state: 'lapsing-soon', daysToExpiry: 0 });
    expect(certificationRenewalStatus(held('2026-06-14'), TODAY, options)).toMatchObject({ state: 'expired', daysToExpiry: -1 });
  });
});

describe('cpdProgress at the edges', () => {
  it('asks nothing of a rule without CPD', () => {
    expect(cpdProgress({ kind: 'none', note: '' }, [entry('e', '2026-01-01', 5)], '2027-01-01')).toBeNull();
    expect(cpdProgress({ kind: 'unknown', note: 'Check with the body.' }, [entry('e', '2026-01-01', 5)], '2027-01-01')).toBeNull();
  });

  it('counts the first and the last day of the cycle, and neither day outside it', () => {
    // A three-year cycle ending 2027-02-28 runs from 2024-03-01.
    const progress = cpdProgress(
      cpdRule({ amount: 4 }),
      [entry('before', '2024-02-29', 100), entry('first', '2024-03-01', 1), entry('last', '2027-02-28', 2), entry('after', '2027-03-01', 100)],
      '2027-02-28',
    )!;
    expect(progress).toMatchObject({ cycleFrom: '2024-03-01', cycleTo: '2027-02-28', logged: 3, counted: 3, remaining: 1, met: false });
    expect(progress.requiresMembership).toBe(false);
    expect(progress.periods).toEqual([]);
  });

  it('splits a re-sit-or-CPD cycle into yearly periods, each day in exactly one of them', () => {
    const progress = cpdProgress(
      resitRule(3, 1, 20),
      [
        entry('p1-first', '2024-01-01', 5),
        entry('p1-last', '2024-12-31', 15),
        entry('p2-first', '2025-01-01', 20),
        entry('p3-last', '2026-12-31', 19),
      ],
      '2026-12-31',
    )!;
    expect(progress.periods).toEqual([
      { from: '2024-01-01', to: '2024-12-31', logged: 20, required: 20, met: true },
      { from: '2025-01-01', to: '2025-12-31', logged: 20, required: 20, met: true },
      { from: '2026-01-01', to: '2026-12-31', logged: 19, required: 20, met: false },
    ]);
    expect(progress).toMatchObject({ unit: 'CPD point', logged: 59, counted: 59, required: 60, remaining: 1, categories: [], requiresMembership: true, met: false });
  });

  it('is met only when every period is met', () => {
    const all = cpdProgress(resitRule(2, 1, 10), [entry('a', '2025-03-01', 10), entry('b', '2026-03-01', 10)], '2026-12-31')!;
    expect(all.met).toBe(true);
    const oneShort = cpdProgress(resitRule(2, 1, 10), [entry('a', '2025-03-01', 25)], '2026-12-31')!;
    expect(oneShort).toMatchObject({ logged: 25, remaining: 0, met: false });
  });

  it('ends the last of several two-year periods on the expiry day', () => {
    const progress = cpdProgress(resitRule(3, 2, 10), [], '2026-12-31')!;
    expect(progress.periods.map((p) => [p.from, p.to])).toEqual([
      ['2024-01-01', '2025-12-31'],
      ['2026-01-01', '2026-12-31'],
    ]);
    expect(progress.required).toBe(20);
  });

  it('a category maximum never fails the requirement; a minimum is met from its amount exactly', () => {
    const rule = cpdRule({
      amount: 10,
      categoryMinimums: [{ category: 'Education', amount: 5, includes: [] }],
      categoryMaximums: [{ category: 'Giving Back', amount: 2, includes: [] }],
    });
    const progress = cpdProgress(rule, [entry('e', '2026-01-01', 5, 'education'), entry('g', '2026-01-02', 8, 'Giving Back')], '2026-12-31')!;
    expect(progress.categories).toEqual([
      { category: 'Education', limit: 'minimum', amount: 5, logged: 5, met: true },
      { category: 'Giving Back', limit: 'maximum', amount: 2, logged: 8, met: true },
    ]);
    expect(progress).toMatchObject({ logged: 13, counted: 7, remaining: 3, met: false });
  });
});
