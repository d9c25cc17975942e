import type { Achievement, Skill } from '../../model/plan';
import { COMPETENCY_AREAS, COMPETENCY_AREA_LABELS, SKILL_LEVEL_LABELS, type SkillLevel } from '../../model/vocabulary';
import { collapseWhitespace } from '../sentence';
import type { CvSkillLine } from './document';

/** The CV's skills summary: skills claimed at a useful level, by area, with keywords from the achievements. */

/** Skills at this level or above go in the summary: "Aware" is not something to claim on a CV. */
export const SKILLS_SUMMARY_MIN_LEVEL: SkillLevel = 2;
const MAX_KEYWORDS = 8;

export function skillLines(skills: readonly Skill[], achievements: readonly Achievement[]): CvSkillLine[] {
  return COMPETENCY_AREAS.map((area) => ({
    area,
    label: COMPETENCY_AREA_LABELS[area],
    skills: skills
      .filter((s) => s.area === area && s.currentLevel >= SKILLS_SUMMARY_MIN_LEVEL)
      .sort((a, b) => b.currentLevel - a.currentLevel || a.name.localeCompare(b.name, 'en-GB'))
      .map((s) => ({
        id: s.id,
        name: collapseWhitespace(s.name),
        level: s.currentLevel as SkillLevel,
        levelLabel: SKILL_LEVEL_LABELS[s.currentLevel as SkillLevel].name,
        keywords: keywordsFor(s.id, achievements),
      })),
  })).filter((line) => line.skills.length > 0);
}

function keywordsFor(skillId: string, achievements: readonly Achievement[]): string[] {
  const seen = new Map<string, string>();
  for (const achievement of achievements) {
    if (!achievement.skillIds.includes(skillId)) continue;
    for (const tag of achievement.tags) {
      const clean = collapseWhitespace(tag);
      const key = clean.toLocaleLowerCase('en-GB');
      if (clean !== '' && !seen.has(key)) seen.set(key, clean);
    }
  }
  return [...seen.values()].slice(0, MAX_KEYWORDS);
}

/** "Risk management (Proficient), Reporting (Practising)" — one line per competency area. */
export function skillLineText(line: CvSkillLine): string {
  return line.skills.map((s) => `${s.name} (${s.levelLabel})`).join(', ');
}
