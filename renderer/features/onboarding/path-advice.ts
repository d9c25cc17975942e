import type { EntryPath } from '../../../shared/model';

/** One line of the seed's advice per route (../shared/pmo-facts.md, "Path advice"), shown while choosing. */
export const PATH_ADVICE: Record<EntryPath, string> = {
  'project-manager': 'Learn how the PMO supports your projects, suggest improvements, and align your work with the business.',
  'business-analyst': 'Build project skills and people leadership: move from working with data to working with people.',
  'business-unit-leader': 'Learn what PMO work requires — certifications are a good start — and apply project principles to pieces of work.',
  other: 'Build business, leadership and organisational skills, earn a certification, and shadow a PMO.',
};
