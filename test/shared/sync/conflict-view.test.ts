import { applyPlanChange, changeClockAt, inverseChange } from '../../../shared/model';
import { lostItemTitle, restoreChange } from '../../../shared/sync/conflict-view';
import { formatHlc } from '../../../shared/sync/hlc';
import { countArrivals, describeArrivals } from '../../../shared/sync/merge-summary';
import { milestone, planWith, skill } from '../../support/plan-builders';

const now = new Date('2026-12-02T10:00:00Z');
const stamp = (device: string, ms = 1000) => formatHlc({ wallMs: ms, counter: 0, device });

describe('a version that lost a conflict, as the page shows it', () => {
  const plan = planWith({ skills: [skill({ id: 's1', name: 'Facilitation' })], milestones: [milestone({ id: 'm1', title: 'Run a workshop', links: { skillIds: ['s1'], certificationIds: [], achievementIds: [] } })] });

  it('restoring an edit is the ordinary change that puts that version back, and undo takes it away again', () => {
    const lost = { collection: 'skills' as const, id: 's1', item: { ...plan.skills[0]!, name: 'Workshop facilitation' }, stamp: stamp('laptop') };
    expect(lostItemTitle(lost, plan)).toBe('Skill: Workshop facilitation');
    const change = restoreChange(lost, plan)!;
    const restored = applyPlanChange(plan, change, changeClockAt(now));
    expect(restored.skills[0]!.name).toBe('Workshop facilitation');
    expect(applyPlanChange(restored, inverseChange(plan, restored)!, changeClockAt(now)).skills[0]!.name).toBe('Facilitation');
  });

  it('restoring a deletion deletes again (links go with it); a version already in place offers nothing', () => {
    const deletion = { collection: 'skills' as const, id: 's1', item: null, stamp: stamp('laptop') };
    expect(lostItemTitle(deletion, plan)).toBe('Skill: Facilitation');
    const after = applyPlanChange(plan, restoreChange(deletion, plan)!, changeClockAt(now));
    expect(after.skills).toEqual([]);
    expect(after.milestones[0]!.links.skillIds).toEqual([]);
    expect(restoreChange({ ...deletion, item: plan.skills[0] }, plan)).toBeNull();
  });
});

describe('what arrived from the other computers', () => {
  it('counts what differs by the computer whose stamp won, never our own, and says it in words', () => {
    const before = planWith({ skills: [skill({ id: 's1', name: 'A' }), skill({ id: 's2', name: 'B' })] });
    const after = planWith({ skills: [skill({ id: 's1', name: 'A2' }), skill({ id: 's3', name: 'C' })] });
    const stamps = { 'skills:s1': stamp('home'), 'skills:s2': stamp('home'), 'skills:s3': stamp('work') };
    const counts = countArrivals(before, after, { stamps, fieldStamps: {}, tombstones: [], seen: {} }, 'me');
    expect([...counts]).toEqual([['home', 2], ['work', 1]]);
    const names = { home: 'Home PC', work: 'Work laptop' } as Record<string, string>;
    expect(describeArrivals(counts, (d) => names[d]!)).toBe('Merged 2 changes from Home PC and 1 from Work laptop');
    expect(describeArrivals(countArrivals(before, after, { stamps, fieldStamps: {}, tombstones: [], seen: {} }, 'home'), (d) => names[d]!)).toBe('Merged 1 change from Work laptop');
    expect(describeArrivals(new Map(), String)).toBeNull();
  });
});

describe('what arrived, in words a person would count', () => {
  it('the set-up being finished on the other computer is not counted as a change', () => {
    const before = planWith({});
    const after = { ...before, profile: { ...before.profile, onboardedAt: '2026-12-02T09:00:00.000Z' } };
    const counts = countArrivals(before, after, { stamps: {}, fieldStamps: { 'profile.onboardedAt': stamp('home') }, tombstones: [], seen: {} }, 'me');
    expect(counts.size).toBe(0);
  });
});
