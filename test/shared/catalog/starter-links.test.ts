import { describe, expect, it } from 'vitest';
import { buildStarterPlan, starterPlanChange, startingLevel, starterMilestoneId, type StarterPlan } from '../../../shared/catalog';
import type { PlanChange } from '../../../shared/model';

/**
 * How a starter plan's milestones link the certifications it suggests ("choose a certification" links
 * all of them, "sit the exam" only the first), and what the saved change keeps of those links when the
 * person unticks some suggestions.
 */

const TODAY = '2026-12-01';

function newIds() {
  let n = 0;
  return () => `id-${++n}`;
}

const starterFor = () => buildStarterPlan({ entryPath: 'other', targetDate: null, today: TODAY, newId: newIds() });

function certificationIds(starter: StarterPlan) {
  return starter.certifications.map((c) => c.change.item.id);
}

function milestoneLinks(change: PlanChange | null, key: string) {
  if (change === null || change.type !== 'batch') throw new Error('expected a batch change');
  const put = change.changes.find((c) => c.type === 'milestone.put' && c.item.id === starterMilestoneId(key));
  if (!put || put.type !== 'milestone.put') throw new Error(`no milestone ${key} in the change`);
  return put.item.links;
}

describe('starter milestones and the certifications they link', () => {
  it('links every suggested certification to "choose", only the first to "sit the exam", none to the rest', () => {
    const starter = starterFor();
    const [first, second] = certificationIds(starter);
    expect(second).toBeTypeOf('string');
    const links = (key: string) => starter.milestones.find((m) => m.key === `milestone:${key}`)!.change.item.links.certificationIds;
    expect(links('choose-certification')).toEqual([first, second]);
    expect(links('sit-certification-exam')).toEqual([first]);
    expect(links('study-job-listings')).toEqual([]);
  });

  it('keeps every link when everything is kept', () => {
    const starter = starterFor();
    const change = starterPlanChange(starter);
    const built = starter.milestones.find((m) => m.key === 'milestone:choose-certification')!.change.item.links;
    expect(milestoneLinks(change, 'choose-certification')).toEqual(built);
    expect(milestoneLinks(change, 'study-job-listings').skillIds).toHaveLength(1);
  });

  it('drops the link to an unticked certification and keeps the others', () => {
    const starter = starterFor();
    const [first, second] = certificationIds(starter);
    const unticked = starter.certifications[0]!.key;
    const change = starterPlanChange(starter, (key) => key !== unticked);
    expect(milestoneLinks(change, 'choose-certification').certificationIds).toEqual([second]);
    expect(milestoneLinks(change, 'sit-certification-exam').certificationIds).toEqual([]);
    expect(JSON.stringify(change)).not.toContain(`"${first}"`);
  });
});

describe('suggested skills', () => {
  it('start with empty notes and the route\'s starting level; no route means the "other" route', () => {
    const starter = starterFor();
    const stakeholder = starter.skills.find((s) => s.change.item.catalogId === 'stakeholder-management')!;
    expect(stakeholder.change.item.notes).toBe('');
    expect(stakeholder.change.item.currentLevel).toBe(1);
    expect(startingLevel(null, 'stakeholder-management')).toBe(1);
    expect(startingLevel(null, 'pmo-functions')).toBe(0);
  });
});
