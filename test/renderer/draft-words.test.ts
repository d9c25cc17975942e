import { describe, expect, it } from 'vitest';
import { draftOfferText, keptAt } from '../../renderer/features/drafts/draft-words';

describe('what an offer of unsaved work says', () => {
  it('names the kind and what the person typed', () => {
    expect(draftOfferText({ kind: 'achievement', label: 'Rescued the report', isNew: true })).toBe('You have an unsaved new achievement: “Rescued the report”');
    expect(draftOfferText({ kind: 'milestone', label: 'Shadow the PMO', isNew: false })).toBe('You have an unsaved milestone: “Shadow the PMO”');
    expect(draftOfferText({ kind: 'cpd-entry', label: 'PMP', isNew: true })).toBe('You have an unsaved new CPD entry: “PMP”');
    expect(draftOfferText({ kind: 'skill', label: '   ', isNew: false })).toBe('You have an unsaved skill');
    expect(draftOfferText({ kind: 'profile', label: '', isNew: false })).toBe('You have unsaved changes to your profile');
  });

  it('says when it was kept: the time today, the day and time before', () => {
    const now = new Date(2026, 11, 2, 15, 0);
    expect(keptAt(new Date(2026, 11, 2, 10, 42).toISOString(), now)).toBe('10:42');
    expect(keptAt(new Date(2026, 11, 1, 9, 5).toISOString(), now)).toBe('1 Dec, 09:05');
    expect(keptAt('not a date', now)).toBe('');
  });
});
