import type { Draft, DraftOf } from '../../shared/drafts';

/** A half-typed achievement draft (blank result, a metric still being typed): what an editor really holds. */
export function achievementDraft(itemId = 'ach-1', overrides: Partial<DraftOf<'achievement'>['fields']> = {}): DraftOf<'achievement'> {
  const fields = {
    id: itemId,
    title: 'Rescued the portfolio report',
    date: null,
    roleId: null,
    area: null,
    star: { situation: 'Monthly report was three weeks late', task: '', action: 'Rebuilt the data pipeline', result: '' },
    xyz: { accomplished: '', measuredBy: '', byDoing: '' },
    metrics: [{ key: 'k1', value: '4.', unit: 'weeks', measures: 'time saved' }],
    skillIds: [],
    tags: ['reporting'],
    includeInCv: true,
    cvBullet: '',
    ...overrides,
  };
  return { kind: 'achievement', itemId, isNew: true, label: fields.title.slice(0, 200), savedAt: '2026-03-02T12:00:00.000Z', fields, base: null };
}

export function profileDraft(name = 'Sam Patel'): DraftOf<'profile'> {
  const fields = {
    name,
    currentRole: 'Head of Operations',
    entryPath: 'business-unit-leader' as const,
    targetRole: 'Head of PMO',
    targetDate: null,
    cvPageSize: 'A4' as const,
    email: 'sam@example.com',
    phone: '',
    location: 'Leeds',
    link: '',
    summary: '',
  };
  return { kind: 'profile', itemId: null, isNew: false, label: 'Your profile', savedAt: '2026-03-02T12:00:00.000Z', fields, base: { ...fields, name: '' } };
}

export function keyOf(draft: Draft) {
  return { kind: draft.kind, itemId: draft.itemId };
}
