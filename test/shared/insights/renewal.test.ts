import { describe, expect, it } from 'vitest';
import { certificationRenewalStatus, cpdProgress, renewalOverview, LAPSING_SOON_DAYS } from '../../../shared/insights';
import { findCertificationEntry } from '../../../shared/catalog';
import { certification, planWith } from '../../support/plan-builders';

const TODAY = '2026-12-10';
const entry = (id: string, date: string, amount: number, category = '') => ({ id, date, amount, category, note: '' });

describe('certificationRenewalStatus', () => {
  it('has nothing to renew before the certification is passed', () => {
    const status = certificationRenewalStatus(certification({ id: 'c', catalogId: 'pmp', status: 'studying' }), TODAY);
    expect(status).toMatchObject({ state: 'not-held', cpd: null, daysToExpiry: null });
  });

  it('derives the PMP expiry from the issue date and checks PDUs against every category rule', () => {
    const pmp = certification({
      id: 'c',
      catalogId: 'pmp',
      status: 'passed',
      issuedOn: '2024-03-01',
      cpd: [
        entry('e0', '2024-02-29', 50, 'Education'), // before the cycle: not counted
        entry('e1', '2024-05-01', 20, 'Education'),
        entry('e2', '2025-01-01', 10, 'Ways of Working'),
        entry('e3', '2025-06-01', 8, ' power skills '),
        entry('e4', '2026-01-01', 5, 'Business Acumen'),
        entry('e5', '2026-02-01', 30, 'Giving Back'),
      ],
    });
    const status = certificationRenewalStatus(pmp, TODAY);
    expect(status).toMatchObject({ state: 'lapsing-soon', expiresOn: '2027-02-28', expiryDerived: true, daysToExpiry: 80 });
    expect(status.cpd).toMatchObject({
      unit: 'PDU',
      cycleFrom: '2024-03-01',
      cycleTo: '2027-02-28',
      logged: 73,
      counted: 68, // Giving Back is capped at 25
      required: 60,
      remaining: 0,
      met: false, // Business Acumen is short of its 8
      periods: [],
    });
    expect(status.cpd!.categories).toEqual([
      { category: 'Education', limit: 'minimum', amount: 35, logged: 43, met: true },
      { category: 'Ways of Working', limit: 'minimum', amount: 8, logged: 10, met: true },
      { category: 'Power Skills', limit: 'minimum', amount: 8, logged: 8, met: true },
      { category: 'Business Acumen', limit: 'minimum', amount: 8, logged: 5, met: false },
      { category: 'Giving Back', limit: 'maximum', amount: 25, logged: 30, met: true },
    ]);
  });

  it('is met when the total and every minimum are met', () => {
    const rule = findCertificationEntry('pmp')!.renewal;
    const entries = [
      entry('a', '2025-01-01', 35, 'Education'),
      entry('b', '2025-01-02', 8, 'Ways of Working'),
      entry('c', '2025-01-03', 8, 'Power Skills'),
      entry('d', '2025-01-04', 8, 'Business Acumen'),
      entry('e', '2025-01-05', 1, 'Giving Back'),
    ];
    expect(cpdProgress(rule, entries, '2027-02-28')).toMatchObject({ counted: 60, met: true, remaining: 0 });
    expect(cpdProgress(rule, entries.slice(0, 4), '2027-02-28')).toMatchObject({ counted: 59, met: false, remaining: 1 });
  });

  it('uses the expiry date the person recorded and reports it as expired once passed', () => {
    const status = certificationRenewalStatus(certification({ id: 'c', catalogId: 'csm', status: 'passed', expiresOn: '2026-12-01' }), TODAY);
    expect(status).toMatchObject({ state: 'expired', expiresOn: '2026-12-01', expiryDerived: false, daysToExpiry: -9 });
    expect(status.cpd).toMatchObject({ unit: 'SEU', required: 20, cycleFrom: '2024-12-02', cycleTo: '2026-12-01' });
  });

  it('counts the expiry day itself as lapsing soon, and honours a custom warning period', () => {
    const onTheDay = certification({ id: 'c', catalogId: 'csm', status: 'passed', expiresOn: TODAY });
    expect(certificationRenewalStatus(onTheDay, TODAY)).toMatchObject({ state: 'lapsing-soon', daysToExpiry: 0 });
    const hundredDays = certification({ id: 'c', catalogId: 'csm', status: 'passed', expiresOn: '2027-03-20' });
    expect(LAPSING_SOON_DAYS).toBe(90);
    expect(certificationRenewalStatus(hundredDays, TODAY).state).toBe('current');
    expect(certificationRenewalStatus(hundredDays, TODAY, { lapsingSoonDays: 120 }).state).toBe('lapsing-soon');
  });

  it('treats a certification marked lapsed as expired whatever its dates say', () => {
    const status = certificationRenewalStatus(certification({ id: 'c', catalogId: 'pmp', status: 'lapsed', expiresOn: '2030-01-01' }), TODAY);
    expect(status.state).toBe('expired');
  });

  it('checks PeopleCert CPD year by year across the three-year certificate', () => {
    const p3o = certification({
      id: 'c',
      catalogId: 'p3o-foundation',
      status: 'passed',
      issuedOn: '2025-01-10',
      cpd: [entry('a', '2025-06-01', 20), entry('b', '2026-02-01', 5)],
    });
    const status = certificationRenewalStatus(p3o, TODAY);
    expect(status).toMatchObject({ state: 'current', expiresOn: '2028-01-09' });
    expect(status.cpd).toMatchObject({ logged: 25, required: 60, remaining: 35, requiresMembership: true, met: false });
    expect(status.cpd!.periods).toEqual([
      { from: '2025-01-10', to: '2026-01-09', logged: 20, required: 20, met: true },
      { from: '2026-01-10', to: '2027-01-09', logged: 5, required: 20, met: false },
      { from: '2027-01-10', to: '2028-01-09', logged: 0, required: 20, met: false },
    ]);
  });

  it('knows PSM I never expires', () => {
    expect(certificationRenewalStatus(certification({ id: 'c', catalogId: 'psm-1', status: 'passed', issuedOn: '2020-01-01' }), TODAY)).toMatchObject({
      state: 'no-expiry',
      expiresOn: null,
      cpd: null,
    });
  });

  it('says when dates are missing, and when the rule itself is unknown', () => {
    expect(certificationRenewalStatus(certification({ id: 'c', catalogId: 'pmp', status: 'passed' }), TODAY).state).toBe('dates-missing');
    expect(certificationRenewalStatus(certification({ id: 'c', catalogId: 'pmi-pmocp', status: 'passed', issuedOn: '2025-01-01' }), TODAY).state).toBe(
      'unknown-rule',
    );
    const custom = certification({ id: 'c', catalogId: null, customName: 'Lean Six Sigma', status: 'passed' });
    expect(certificationRenewalStatus(custom, TODAY)).toMatchObject({ state: 'unknown-rule', rule: null });
    expect(certificationRenewalStatus({ ...custom, expiresOn: '2028-01-01' }, TODAY)).toMatchObject({ state: 'current', cpd: null });
  });
});

describe('renewalOverview', () => {
  it('lists held certifications only, soonest expiry first and undated last', () => {
    const plan = planWith({
      certifications: [
        certification({ id: 'undated', catalogId: 'psm-1', status: 'passed' }),
        certification({ id: 'later', catalogId: 'csm', status: 'passed', expiresOn: '2028-01-01' }),
        certification({ id: 'studying', catalogId: 'pmp', status: 'studying' }),
        certification({ id: 'soon', catalogId: 'csm', status: 'passed', expiresOn: '2027-01-01' }),
      ],
    });
    expect(renewalOverview(plan, TODAY).map((s) => s.certificationId)).toEqual(['soon', 'later', 'undated']);
  });
});
