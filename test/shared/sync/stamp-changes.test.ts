import { applyPlanChange, changeClockAt, type Plan, type PlanChange } from '../../../shared/model';
import { formatHlc } from '../../../shared/sync/hlc';
import { mergeReplicas, type SyncMeta } from '../../../shared/sync/merge';
import { stampChanges, TOMBSTONE_DAYS } from '../../../shared/sync/stamp-changes';
import { milestone, planWith, skill } from '../../support/plan-builders';

const DEVICE = 'abcdefghijkmnpq2';
const now = new Date('2026-12-02T10:00:00Z');
const at = (ms: number) => formatHlc({ wallMs: ms, counter: 0, device: DEVICE });
const EMPTY: SyncMeta = { stamps: {}, fieldStamps: {}, tombstones: [], seen: {} };
const change = (plan: Plan, c: PlanChange) => applyPlanChange(plan, c, changeClockAt(now));

describe('stampChanges: what one local edit does to the merge metadata', () => {
  const base = planWith({ skills: [skill({ id: 's1', name: 'Facilitation' })], milestones: [milestone({ id: 'm1', title: 'Run a workshop', links: { skillIds: ['s1'], certificationIds: [], achievementIds: [] } })] });

  it('stamps the edited item only (and what the edit changed with it)', () => {
    const after = change(base, { type: 'item.delete', collection: 'skills', id: 's1' });
    const meta = stampChanges(base, after, EMPTY, at(now.getTime()), DEVICE, now);
    // The skill is tombstoned; the milestone lost its link to it, so it changed too.
    expect(meta.tombstones).toEqual([{ collection: 'skills', id: 's1', at: at(now.getTime()) }]);
    expect(Object.keys(meta.stamps).sort()).toEqual(['milestones:m1', 'skills:s1']);
    expect(meta.seen).toEqual({ [DEVICE]: at(now.getTime()) });
  });

  it('a profile edit stamps the fields that changed, not the others', () => {
    const after = change(base, { type: 'profile.update', patch: { name: 'Alex Morgan' } });
    expect(Object.keys(stampChanges(base, after, EMPTY, at(1), DEVICE, now).fieldStamps)).toEqual(['profile.name']);
  });

  it('putting a deleted item back clears its tombstone; nothing changed stamps nothing', () => {
    const deleted = change(base, { type: 'item.delete', collection: 'skills', id: 's1' });
    const meta = stampChanges(base, deleted, EMPTY, at(1000), DEVICE, now);
    const back = stampChanges(deleted, base, meta, at(2000), DEVICE, now);
    expect(back.tombstones).toEqual([]);
    expect(back.stamps['skills:s1']).toBe(at(2000));
    expect(stampChanges(base, base, EMPTY, at(3000), DEVICE, now)).toEqual({ ...EMPTY, history: {} });
  });

  it('forgets deletions older than the limit', () => {
    const old = now.getTime() - (TOMBSTONE_DAYS + 1) * 86_400_000;
    const meta = { ...EMPTY, tombstones: [{ collection: 'skills' as const, id: 'gone', at: at(old) }] };
    const after = change(base, { type: 'profile.update', patch: { name: 'A' } });
    expect(stampChanges(base, after, meta, at(now.getTime()), DEVICE, now).tombstones).toEqual([]);
  });

  it('what it stamps, the merge honours: a local delete beats the other computer’s older copy', () => {
    const deleted = change(base, { type: 'item.delete', collection: 'skills', id: 's1' });
    const mine = stampChanges(base, deleted, EMPTY, at(now.getTime()), DEVICE, now);
    const other = { device: 'zzzzzzzzzzzzzzzz', plan: base, sync: { ...EMPTY, stamps: { 'skills:s1': formatHlc({ wallMs: now.getTime() - 60_000, counter: 0, device: 'zzzzzzzzzzzzzzzz' }) } } };
    const merged = mergeReplicas([{ device: DEVICE, plan: deleted, sync: mine }, other]);
    expect(merged.plan.skills).toEqual([]);
    expect(merged.plan.milestones[0]!.links.skillIds).toEqual([]);
  });
});

describe('stampChanges: by value, for plans read back from disk', () => {
  it('a copy of the same plan (new objects, same content) stamps nothing; a real edit records the version it was made on', () => {
    const base = planWith({ skills: [skill({ id: 's1', name: 'Facilitation' })] });
    const meta: SyncMeta = { ...EMPTY, stamps: { 'skills:s1': at(1000) } };
    const copy = JSON.parse(JSON.stringify(base)) as Plan;
    expect(stampChanges(base, copy, meta, at(2000), DEVICE, now).stamps).toEqual(meta.stamps);
    const edited = change(copy, { type: 'skill.put', item: { ...copy.skills[0]!, name: 'Workshop facilitation' } as never });
    const after = stampChanges(base, edited, meta, at(2000), DEVICE, now);
    expect(after.stamps['skills:s1']).toBe(at(2000));
    expect(after.history).toEqual({ 'skills:s1': { [DEVICE]: at(2000) } });
  });
});
