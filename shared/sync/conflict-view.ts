import { deleteItem, inverseChange, type Plan, type PlanChange, type PlanCollection } from '../model';
import { hlcWallMs, type Hlc } from './hlc';

/**
 * How a version that lost a conflict is shown, and the ordinary change that puts it back. The change is
 * found the way undo finds its changes (inverseChange: from "the plan now" to "the plan with that
 * version in place"), so restoring is undoable like any edit and respects every link rule.
 */

export interface LostItem {
  collection: PlanCollection;
  id: string;
  /** The losing version, or null when it was a deletion. */
  item: unknown;
  stamp: Hlc;
}

const WORDS: Record<PlanCollection, string> = {
  skills: 'Skill',
  certifications: 'Certification',
  milestones: 'Milestone',
  achievements: 'Achievement',
  roles: 'Role',
  listings: 'Job listing',
  termMappings: 'Listing phrase',
  questions: 'Interview question',
  stories: 'Story',
  practiceSessions: 'Practice session',
};

/** "Achievement: Ran the PMO intake review", from the item's own name (or the version now in the plan). */
export function lostItemTitle(lost: LostItem, plan: Plan): string {
  const source = (lost.item ?? (plan[lost.collection] as { id: string }[]).find((item) => item.id === lost.id) ?? {}) as Record<string, unknown>;
  const name = [source.name, source.title, source.phrase, source.text, source.catalogId].find((value) => typeof value === 'string' && value.trim() !== '') as string | undefined;
  const short = name === undefined ? null : name.trim().length > 80 ? `${name.trim().slice(0, 79)}…` : name.trim();
  return short === null ? WORDS[lost.collection] : `${WORDS[lost.collection]}: ${short}`;
}

/** When the lost version was made, from its stamp (ISO). */
export function lostItemMadeAt(lost: LostItem): string {
  return new Date(hlcWallMs(lost.stamp)).toISOString();
}

/**
 * The change from `plan` to `plan` with the lost version in place, or null when there is nothing to do
 * (it is already there). Not validated here (the list may hold 200 of them, and a full parse each would
 * slow every look at it): main checks it like any change when the person restores it.
 */
export function restoreChange(lost: LostItem, plan: Plan): PlanChange | null {
  const items = plan[lost.collection] as { id: string }[];
  let wanted: Plan;
  if (lost.item === null) {
    wanted = deleteItem(plan, lost.collection, lost.id);
  } else {
    const index = items.findIndex((item) => item.id === lost.id);
    const next = index === -1 ? [...items, lost.item] : items.map((item, i) => (i === index ? lost.item : item));
    wanted = { ...plan, [lost.collection]: next } as Plan;
  }
  return inverseChange(wanted, plan);
}
