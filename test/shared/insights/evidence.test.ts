import { describe, expect, it } from 'vitest';
import { evidenceBySkill, skillsWithoutEvidence } from '../../../shared/insights';
import { achievement, planWith, skill } from '../../support/plan-builders';

describe('evidence per skill', () => {
  const plan = planWith({
    skills: [skill({ id: 's1' }), skill({ id: 's2' }), skill({ id: 's3' })],
    achievements: [
      achievement({ id: 'a1', skillIds: ['s1', 's2'] }),
      achievement({ id: 'a2', skillIds: ['s1', 's1'] }),
      achievement({ id: 'a3', skillIds: ['gone'] }),
    ],
  });

  it('counts the distinct achievements linked to each skill, including skills with none', () => {
    expect(evidenceBySkill(plan)).toEqual([
      { skillId: 's1', achievementIds: ['a1', 'a2'], count: 2 },
      { skillId: 's2', achievementIds: ['a1'], count: 1 },
      { skillId: 's3', achievementIds: [], count: 0 },
    ]);
  });

  it('names the skills with no evidence yet', () => {
    expect(skillsWithoutEvidence(plan)).toEqual(['s3']);
  });
});
