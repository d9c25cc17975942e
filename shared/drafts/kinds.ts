/**
 * The editors whose unsaved work is kept beside the plan (issue 11, "Nothing typed is ever lost"). A
 * draft is what an editor holds while the person types: it is not part of the plan until they save it.
 */
export const DRAFT_KINDS = ['achievement', 'milestone', 'skill', 'certification', 'cpd-entry', 'profile', 'role', 'setup', 'listing', 'story', 'question'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** Completes "You have an unsaved …". */
export const DRAFT_KIND_NOUNS: Record<DraftKind, string> = {
  achievement: 'achievement',
  milestone: 'milestone',
  skill: 'skill',
  certification: 'certification',
  'cpd-entry': 'CPD entry',
  profile: 'profile',
  role: 'role',
  setup: 'set-up',
  listing: 'job listing',
  story: 'interview story',
  question: 'interview question',
};

/**
 * Which draft: the editor's kind plus the item it edits (for a new item, the id the editor made for it;
 * for a CPD entry, its certification). Profile and set-up have one draft each (`itemId` null).
 */
export interface DraftKey {
  kind: DraftKind;
  itemId: string | null;
}

/** One string per draft, for maps and React keys. */
export function draftKeyString(key: DraftKey): string {
  return `${key.kind}:${key.itemId ?? ''}`;
}

export function sameDraftKey(a: DraftKey, b: DraftKey): boolean {
  return a.kind === b.kind && a.itemId === b.itemId;
}
