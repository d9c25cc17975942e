import { describe, expect, it } from 'vitest';
import { DRAFT_KINDS, DRAFT_TEXT_MAX, DraftKeySchema, DraftSchema, draftKeyString, sameDraftKey } from '../../../shared/drafts';
import { achievementDraft, profileDraft } from '../../support/draft-fixtures';

describe('DraftSchema', () => {
  it('accepts what an editor really holds mid-typing: a blank title, a number still being typed', () => {
    const halfTyped = achievementDraft('a1', { title: '', metrics: [{ key: 'k', value: '12.', unit: '%', measures: '' }] });
    expect(DraftSchema.parse(halfTyped)).toEqual(halfTyped);
    expect(DraftSchema.parse(profileDraft())).toEqual(profileDraft());
  });

  it('accepts text over a field’s plan limit (the editor says so on save), up to a bound', () => {
    expect(DraftSchema.safeParse(achievementDraft('a1', { title: 'x'.repeat(500) })).success).toBe(true);
    expect(DraftSchema.safeParse(achievementDraft('a1', { title: 'x'.repeat(DRAFT_TEXT_MAX + 1) })).success).toBe(false);
  });

  it.each([
    ['an unknown kind', { ...achievementDraft(), kind: 'spreadsheet' }],
    ['a wrong shape', { ...achievementDraft(), fields: { ...achievementDraft().fields, star: 'a string' } }],
    ['a level out of range', { ...profileDraft(), kind: 'skill', fields: { id: 's', catalogId: null, area: 'business', name: '', description: '', currentLevel: 7, targetLevel: 3, notes: '' }, base: null }],
    ['a path-like id', achievementDraft('../../etc/passwd')],
    ['no timestamp', { ...achievementDraft(), savedAt: 'yesterday' }],
  ])('refuses %s', (_what, value) => {
    expect(DraftSchema.safeParse(value).success).toBe(false);
  });

  it('names drafts by editor and item, one per editor for profile and set-up', () => {
    expect(draftKeyString({ kind: 'achievement', itemId: 'a1' })).toBe('achievement:a1');
    expect(draftKeyString({ kind: 'profile', itemId: null })).toBe('profile:');
    expect(sameDraftKey(achievementDraft('a1'), { kind: 'achievement', itemId: 'a1' })).toBe(true);
    expect(sameDraftKey(achievementDraft('a1'), { kind: 'milestone', itemId: 'a1' })).toBe(false);
    expect(DRAFT_KINDS.every((kind) => DraftKeySchema.safeParse({ kind, itemId: null }).success)).toBe(true);
  });
});
