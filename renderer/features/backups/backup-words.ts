import type { ItemCounts } from '../../../shared/ipc/plan-transfer';

const REASONS: Record<string, string> = {
  auto: 'Automatic',
  'session-start': 'When the app started',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
  'before-cv-import': 'Before a CV import',
  'before-update': 'Before an update',
  'before-merge': 'Before merging changes from another computer',
  'before-sync-folder': 'Before keeping the plan in a sync folder',
};

/** A backup's reason as a person reads it. */
export function describeReason(reason: string): string {
  return REASONS[reason] ?? reason.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** "12 milestones · 4 skills · 2 certifications · 3 achievements · 2 roles" (empty ones left out). */
export function describeCounts(counts: ItemCounts): string {
  const parts = [
    [counts.milestones, 'milestone'],
    [counts.skills, 'skill'],
    [counts.certifications, 'certification'],
    [counts.achievements, 'achievement'],
    [counts.roles, 'role'],
    [counts.listings, 'job listing'],
    [counts.stories, 'interview story', 'interview stories'],
  ] as const;
  const words = parts.filter(([n]) => n > 0).map(([n, noun, plural]) => `${n} ${n === 1 ? noun : (plural ?? `${noun}s`)}`);
  return words.length ? words.join(' · ') : 'An empty plan';
}

/** "25 Nov 2026, 14:03" in the person's time zone. */
export function describeMoment(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
