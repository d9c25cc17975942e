import { describe, expect, it } from 'vitest';
import { PlanChangeSchema, PlanSchema, RoleFieldsSchema, applyPlanChange, createEmptyPlan, type Plan, type PlanChangeInput } from '../../../shared/model';
import { isLinkedInUrl } from '../../../shared/model/contact';
import { FIXED_NOW, achievement, certification, milestone, planWith, role, skill } from '../../support/plan-builders';

/**
 * Edges of the contact link and of plan changes: which links count as LinkedIn profiles; deleting a
 * role unlinks only its own achievements (and deleting another kind of item with the same id unlinks
 * none); a person's own edit of a following milestone is kept; and the role and duplicate-id checks
 * report the exact field, code and words.
 */

const clock = { now: '2026-12-02T10:00:00.000Z', today: '2026-12-02' };
const apply = (plan: Plan, change: PlanChangeInput) => applyPlanChange(plan, PlanChangeSchema.parse(change), clock);
const issuesOf = (result: { success: boolean; error?: { issues: { code: string; path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map(({ code, path, message }) => ({ code, path, message }));

describe('isLinkedInUrl', () => {
  it.each([
    'https://www.linkedin.com/in/zoe-ng',
    'https://linkedin.com/in/zoe-ng',
    'http://uk.linkedin.com/in/zoe-ng',
    '  https://www.linkedin.com/in/zoe-ng  ',
    'HTTPS://WWW.LinkedIn.COM/in/zoe-ng',
  ])('takes %j for a LinkedIn profile', (link) => {
    expect(isLinkedInUrl(link)).toBe(true);
  });

  it.each([
    '',
    'zoe-ng.dev',
    'linkedin.com/in/zoe-ng',
    'example.com/go?to=https://www.linkedin.com/in/zoe-ng',
    'https://notlinkedin.com/in/zoe-ng',
    'https://linkedin.com.example.org/in/zoe-ng',
    'https://zoe-ng.dev/linkedin.com',
  ])('does not take %j for one', (link) => {
    expect(isLinkedInUrl(link)).toBe(false);
  });
});

describe('deleting a role', () => {
  const plan = () =>
    planWith({
      roles: [role({ id: 'r1', title: 'PMO Analyst' }), role({ id: 'r2', title: 'Project Coordinator' })],
      achievements: [achievement({ id: 'a1', roleId: 'r1' }), achievement({ id: 'a2', roleId: 'r2' }), achievement({ id: 'a3' })],
    });

  it('keeps its achievements but takes them out of the role, leaving other roles\' achievements alone', () => {
    const before = plan();
    const after = apply(before, { type: 'item.delete', collection: 'roles', id: 'r1' });
    expect(after.roles.map((r) => r.id)).toEqual(['r2']);
    expect(after.achievements).toEqual([{ ...before.achievements[0], roleId: null }, before.achievements[1], before.achievements[2]]);
    expect(after.achievements[1]).toBe(before.achievements[1]);
  });

  it('is the only deletion that takes achievements out of a role, even when a skill shares the role\'s id', () => {
    const before = planWith({
      roles: [role({ id: 'x', title: 'PMO Analyst' })],
      skills: [skill({ id: 'x' })],
      achievements: [achievement({ id: 'a1', roleId: 'x', skillIds: ['x'] })],
    });
    const after = apply(before, { type: 'item.delete', collection: 'skills', id: 'x' });
    expect(after.achievements).toEqual([{ ...before.achievements[0], skillIds: [] }]);
    expect(after.roles).toEqual(before.roles);
  });
});

describe('putting a following milestone', () => {
  it('keeps the person\'s own status when the milestone already followed by the same rule', () => {
    const before = planWith({
      certifications: [certification({ id: 'pmp', catalogId: 'pmp', status: 'planned' })],
      milestones: [
        milestone({ id: 'choose', status: 'done', completedOn: '2026-11-20', follows: 'certification-chosen', links: { skillIds: [], certificationIds: ['pmp'], achievementIds: [] } }),
      ],
    });
    const after = apply(before, {
      type: 'milestone.put',
      item: { id: 'choose', title: 'choose', status: 'todo', follows: 'certification-chosen', links: { certificationIds: ['pmp'] } },
    });
    expect(after.milestones[0]).toMatchObject({ status: 'todo', completedOn: null, updatedAt: clock.now });
  });
});

describe('role checks', () => {
  it('asks for a job title or an organisation when both are blank', () => {
    expect(issuesOf(RoleFieldsSchema.safeParse({ id: 'r', organisation: ' ', title: '' }))).toEqual([
      { code: 'custom', path: ['title'], message: 'Give the role a job title or an organisation.' },
    ]);
  });

  it('refuses an end month on a role the person is in now', () => {
    expect(issuesOf(RoleFieldsSchema.safeParse({ id: 'r', title: 'PMO Analyst', current: true, endMonth: '2026-05' }))).toEqual([
      { code: 'custom', path: ['endMonth'], message: 'A role you are in now has no end month.' },
    ]);
  });

  it('refuses an end month before the start month, but accepts the same month', () => {
    expect(issuesOf(RoleFieldsSchema.safeParse({ id: 'r', title: 'PMO Analyst', startMonth: '2026-05', endMonth: '2026-04' }))).toEqual([
      { code: 'custom', path: ['endMonth'], message: 'The end month is before the start month.' },
    ]);
    expect(RoleFieldsSchema.safeParse({ id: 'r', title: 'PMO Analyst', startMonth: '2026-05', endMonth: '2026-05' }).success).toBe(true);
  });

  it('accepts a role with only an organisation, in it now with no end month', () => {
    expect(RoleFieldsSchema.safeParse({ id: 'r', organisation: 'NHS Digital', current: true, startMonth: '2024-03' }).success).toBe(true);
  });
});

describe('duplicate ids in a plan', () => {
  it('are reported as a custom issue on the second item\'s id, naming the kind of item', () => {
    const plan = { ...createEmptyPlan(FIXED_NOW), skills: [skill({ id: 's1' }), skill({ id: 's1' })] };
    expect(issuesOf(PlanSchema.safeParse(plan))).toEqual([{ code: 'custom', path: ['skills', 1, 'id'], message: 'Two skills share the id "s1".' }]);
  });
});
