import { findCertificationEntry } from '../catalog/certifications';
import { findSkillEntry } from '../catalog/skills';
import type { PlanChangeInput } from '../model/changes';

/** One item change (not a batch): what a gap action makes. */
type ItemChange = Extract<PlanChangeInput, { type: 'skill.put' | 'certification.put' | 'milestone.put' }>;
import type { ListingFields } from '../model/listing';
import type { Plan } from '../model/plan';
import { SKILL_LEVEL_LABELS, type GapTargetCollection, type SkillLevel } from '../model/vocabulary';
import type { GradedAsk } from './grade';

/**
 * "Close a gap in one step": the plan items a listing's missing (or only planned) ask can add, each as
 * one change that also records, on the listing, which item was added for which ask.
 */
export interface GapAction {
  kind: 'add-certification' | 'add-skill' | 'raise-target' | 'add-milestone';
  /** The button's words, e.g. "Add PRINCE2 7 Practitioner to your certifications". */
  label: string;
  collection: GapTargetCollection;
  /**
   * The item change; `id` is the new item's id (or the existing skill's, for a raised target), and
   * `listingName` names the listing it came from in a milestone's notes.
   */
  build(id: string, listingName: string): { change: ItemChange; itemId: string };
}

export function gapActions(graded: GradedAsk, plan: Plan): GapAction[] {
  const { ask, grade } = graded;
  if (grade !== 'missing' && grade !== 'planned') return [];
  if (ask.group === 'experience' || ask.group === 'degree') return [];
  const actions: GapAction[] = [];
  const term = ask.term;
  if (ask.group === 'certification' && term && graded.certifications.length === 0) {
    const entry = term.catalogCertificationIds.map(findCertificationEntry).find((e) => e !== undefined);
    const name = entry?.name ?? term.label;
    actions.push({
      kind: 'add-certification',
      label: `Add ${name} to your certifications`,
      collection: 'certifications',
      build: (id) => ({
        itemId: id,
        change: entry
          ? { type: 'certification.put', item: { id, catalogId: entry.id, status: 'planned' } }
          : { type: 'certification.put', item: { id, customName: term.label, customBody: term.issuingBody, status: 'planned' } },
      }),
    });
  }
  if (ask.group !== 'certification') {
    const existing = [...graded.skills].sort((a, b) => b.targetLevel - a.targetLevel)[0];
    const level = Math.max(ask.level, 1) as SkillLevel;
    if (!existing) {
      const entry = term?.catalogSkillId ? findSkillEntry(term.catalogSkillId) : undefined;
      const name = entry?.name ?? term?.label ?? ask.label;
      actions.push({
        kind: 'add-skill',
        label: `Add the skill “${name}”, aiming for ${SKILL_LEVEL_LABELS[level].name}`,
        collection: 'skills',
        build: (id) => ({
          itemId: id,
          change: {
            type: 'skill.put',
            item: {
              id,
              catalogId: entry?.id ?? null,
              area: entry?.area ?? term?.area ?? 'organisational',
              name,
              description: entry?.description ?? '',
              currentLevel: 0,
              targetLevel: Math.max(level, entry?.suggestedTargetLevel ?? 0) as SkillLevel,
            },
          },
        }),
      });
    } else if (existing.targetLevel < ask.level) {
      actions.push({
        kind: 'raise-target',
        label: `Aim for ${SKILL_LEVEL_LABELS[ask.level].name} in “${existing.name}”`,
        collection: 'skills',
        build: () => {
          const { createdAt: _c, updatedAt: _u, ...fields } = existing;
          return { itemId: existing.id, change: { type: 'skill.put', item: { ...fields, targetLevel: ask.level } } };
        },
      });
    }
  }
  const title = term?.suggestedMilestone ?? `Build and show evidence of ${ask.label}`;
  const alreadyPlanned = plan.milestones.some((m) => m.title === title && m.status !== 'done' && m.status !== 'dropped');
  if (!alreadyPlanned) {
    actions.push({
      kind: 'add-milestone',
      label: `Plan a milestone: ${title}`,
      collection: 'milestones',
      build: (id, listingName) => ({
        itemId: id,
        change: {
          type: 'milestone.put',
          item: {
            id,
            title: title.slice(0, 200),
            // The term in its own words, so the milestone counts as planning it (and says where it came from).
            notes: `For “${askWords(graded)}”, asked for in the job listing “${listingName}”.`.slice(0, 5_000),
            kind: ask.group === 'certification' ? 'certification' : 'skill',
            area: term?.area ?? null,
            links: { skillIds: graded.skills.map((s) => s.id), certificationIds: graded.certifications.map((c) => c.id), achievementIds: [] },
          },
        },
      }),
    });
  }
  return actions;
}

/**
 * The one change that closes a gap: the item, plus the listing (saved now if it was not yet) with the
 * gap recorded, in one batch, so one Undo takes both back.
 */
export function closeGapChange(listing: ListingFields, askKey: string, action: GapAction, newId: string): PlanChangeInput {
  const name = [listing.title.trim(), listing.organisation.trim()].filter(Boolean).join(' at ');
  const { change, itemId } = action.build(newId, name);
  const closedGaps = [...listing.closedGaps.filter((g) => !(g.collection === action.collection && g.itemId === itemId)), { termId: askKey, collection: action.collection, itemId }];
  return { type: 'batch', changes: [change, { type: 'listing.put', item: { ...listing, closedGaps } }] };
}

/** The most specific way to write the ask that needs no context: its longest plain alias, or the person's phrase. */
function askWords(graded: GradedAsk): string {
  const { ask } = graded;
  if (!ask.term) return ask.label;
  const plain = ask.term.aliases.filter((a) => a.needsNearby.length === 0 && !a.exactCase).sort((a, b) => b.text.length - a.text.length)[0];
  return plain?.text ?? ask.term.aliases[0]!.text;
}
