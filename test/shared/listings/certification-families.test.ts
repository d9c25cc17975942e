import { describe, expect, it } from 'vitest';
import { listingAnalyser } from '../../../shared/listings';

const analyse = (text: string) => listingAnalyser([]).analyse(text);
const certificationKeys = (text: string) => analyse(text).asks.filter((a) => a.group === 'certification').map((a) => a.key);

describe('a certification named with its family beside it', () => {
  it('is one ask: "MSP Foundation (Managing Successful Programmes)" is MSP Foundation, highlighted in both places', () => {
    const text = 'Essential: MSP Foundation (Managing Successful Programmes).';
    const result = analyse(text);
    const asks = result.asks.filter((a) => a.group === 'certification');
    expect(asks.map((a) => a.key)).toEqual(['cert-msp-foundation']);
    expect(asks[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['MSP Foundation', 'Managing Successful Programmes']);
    expect(asks[0]!.weight).toBe('required');
  });

  it('keeps both when the advert offers either: "PRINCE2 Practitioner or PRINCE2 Foundation"', () => {
    expect(certificationKeys('PRINCE2 Practitioner or PRINCE2 Foundation.')).toEqual(['cert-prince2-practitioner', 'cert-prince2-foundation']);
  });

  it('keeps the family where it is also asked for on its own, away from the specific one', () => {
    expect(certificationKeys('PRINCE2 Practitioner is essential.\n\nWe use PRINCE2 across the portfolio.').sort()).toEqual(['cert-prince2', 'cert-prince2-practitioner']);
  });
});

describe('words that name the office, not the skill or the certification', () => {
  it('reads "Project Management Office" as the PMO itself, not the project management skill', () => {
    const text = 'The analyst supports the Enterprise Project Management Office. You will bring project management experience.';
    const mentions = analyse(text).asks.find((a) => a.key === 'skill-project-fundamentals')?.mentions.map((m) => text.slice(m.start, m.end));
    expect(mentions).toEqual(['project management']);
    expect(analyse('The analyst supports the Enterprise Project Management Office.').asks.map((a) => a.key)).not.toContain('skill-project-fundamentals');
  });

  it('reads "running a P3O" as an office, but "P3O" on its own line as the certification', () => {
    expect(certificationKeys('Essential: experience of running a P3O or portfolio office.')).toEqual([]);
    expect(certificationKeys('Desirable\n- P3O\n- MSP Practitioner')).toEqual(['cert-p3o', 'cert-msp-practitioner']);
    expect(certificationKeys('Knowledge of P3O is essential.')).toEqual(['cert-p3o']);
  });
});
