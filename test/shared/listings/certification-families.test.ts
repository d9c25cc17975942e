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
