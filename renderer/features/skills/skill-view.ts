import { SKILLS, type SkillEntry } from '../../../shared/catalog';
import type { CompetencyArea, Skill } from '../../../shared/model';
import { skillProgress } from '../../../shared/insights';

/** What a skill.put carries: every field the person edits, no timestamps. */
export type SkillDraft = Omit<Skill, 'createdAt' | 'updatedAt'>;

/** How the matrix is narrowed; pure so it is tested without a DOM. */
export interface SkillQuery {
  text: string;
  show: 'all' | 'below-target' | 'no-evidence';
}

export const DEFAULT_SKILL_QUERY: SkillQuery = { text: '', show: 'all' };

export function filterSkills(skills: readonly Skill[], query: SkillQuery, evidence: ReadonlyMap<string, number>): Skill[] {
  const needle = query.text.trim().toLocaleLowerCase('en-GB');
  return skills.filter(
    (s) =>
      (query.show === 'all' || (query.show === 'below-target' ? skillProgress(s) < 1 : (evidence.get(s.id) ?? 0) === 0)) &&
      (needle === '' || [s.name, s.description, s.notes].some((text) => text.toLocaleLowerCase('en-GB').includes(needle))),
  );
}

export function isFiltered(query: SkillQuery): boolean {
  return query.text.trim() !== '' || query.show !== 'all';
}

export function blankSkill(id: string, area: CompetencyArea): SkillDraft {
  return { id, catalogId: null, area, name: '', description: '', currentLevel: 0, targetLevel: 3, notes: '' };
}

/** A plan skill made from a framework entry, aiming at the level the framework suggests. */
export function skillFromCatalog(id: string, entry: SkillEntry): SkillDraft {
  return {
    id,
    catalogId: entry.id,
    area: entry.area,
    name: entry.name,
    description: entry.description,
    currentLevel: 0,
    targetLevel: entry.suggestedTargetLevel,
    notes: '',
  };
}

/** Framework skills the plan does not hold yet, in framework order. */
export function catalogSkillsNotInPlan(skills: readonly Pick<Skill, 'catalogId'>[]): SkillEntry[] {
  const held = new Set(skills.map((s) => s.catalogId).filter((id): id is string => id !== null));
  return SKILLS.filter((entry) => !held.has(entry.id));
}

export function evidenceWords(count: number): string {
  if (count === 0) return 'No evidence yet';
  return count === 1 ? '1 achievement as evidence' : `${count} achievements as evidence`;
}

/** "At target", or how many levels are still to climb, in words. */
export function progressWords(skill: Pick<Skill, 'currentLevel' | 'targetLevel'>): string {
  if (skillProgress(skill) >= 1) return 'At target';
  const gap = skill.targetLevel - skill.currentLevel;
  return gap === 1 ? '1 level to go' : `${gap} levels to go`;
}
