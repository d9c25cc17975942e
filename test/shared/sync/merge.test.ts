import { formatHlc } from '../../../shared/sync/hlc';
import { mergeReplicas, type Replica } from '../../../shared/sync/merge';
import { milestone, planWith, skill } from '../../support/plan-builders';

const at = (wallMs: number, device: string, counter = 0) => formatHlc({ wallMs, counter, device });
const replica = (device: string, plan: Replica['plan'], sync: Partial<Replica['sync']> = {}): Replica => ({ device, plan, sync: { stamps: {}, fieldStamps: {}, tombstones: [], seen: {}, ...sync } });

describe('mergeReplicas: cases a person would meet', () => {
  it('two computers edit the same milestone without seeing each other: the later wins, the other is kept as lost', () => {
    const laptop = replica('laptop', planWith({ milestones: [milestone({ id: 'm1', title: 'Book the exam (laptop)' })] }), { stamps: { 'milestones:m1': at(2000, 'laptop') } });
    const home = replica('homepc', planWith({ milestones: [milestone({ id: 'm1', title: 'Book the exam (home)' })] }), { stamps: { 'milestones:m1': at(3000, 'homepc') } });
    const { plan, lost } = mergeReplicas([laptop, home]);
    expect(plan.milestones.map((m) => m.title)).toEqual(['Book the exam (home)']);
    expect(lost).toEqual([expect.objectContaining({ collection: 'milestones', id: 'm1', device: 'laptop', item: expect.objectContaining({ title: 'Book the exam (laptop)' }) })]);
  });

  it('an edit made after seeing the other computer’s version replaces it without a conflict', () => {
    const laptop = replica('laptop', planWith({ milestones: [milestone({ id: 'm1', title: 'Old' })] }), { stamps: { 'milestones:m1': at(2000, 'laptop') } });
    // Home's edit was made on the laptop's version (its history reaches it): an old copy, not a conflict.
    const home = replica('homepc', planWith({ milestones: [milestone({ id: 'm1', title: 'New' })] }), { stamps: { 'milestones:m1': at(3000, 'homepc') }, history: { 'milestones:m1': { laptop: at(2000, 'laptop') } } });
    const { plan, lost } = mergeReplicas([laptop, home]);
    expect(plan.milestones[0]!.title).toBe('New');
    expect(lost).toEqual([]);
    // Having merged the laptop's file later (its seen) is not the same as having edited on its version.
    const unaware = replica('homepc', home.plan, { stamps: home.sync.stamps, seen: { laptop: at(2000, 'laptop') } });
    expect(mergeReplicas([laptop, unaware]).lost).toHaveLength(1);
    // Nor is a later stamp: with clocks apart, an edit never seen can carry an older stamp than one that was.
    const slow = replica('laptop', laptop.plan, { stamps: { 'milestones:m1': at(1500, 'laptop') } });
    const onTopOfOlder = replica('homepc', home.plan, { stamps: home.sync.stamps, history: { 'milestones:m1': { laptop: at(1000, 'laptop') } } });
    expect(mergeReplicas([slow, onTopOfOlder]).lost).toHaveLength(1);
  });

  it('a deletion on one computer is not undone by the other’s older copy, and its links go', () => {
    const laptop = replica('laptop', planWith({ skills: [skill({ id: 's1', name: 'Facilitation' })], milestones: [milestone({ id: 'm1', title: 'Run a workshop', links: { skillIds: ['s1'], certificationIds: [], achievementIds: [] } })] }), {
      stamps: { 'skills:s1': at(1000, 'laptop'), 'milestones:m1': at(1000, 'laptop') },
    });
    const home = replica('homepc', planWith({ milestones: [milestone({ id: 'm1', title: 'Run a workshop' })] }), {
      stamps: { 'milestones:m1': at(1000, 'laptop') },
      tombstones: [{ collection: 'skills', id: 's1', at: at(5000, 'homepc') }],
      seen: { laptop: at(1000, 'laptop') },
    });
    const { plan, sync } = mergeReplicas([laptop, home]);
    expect(plan.skills).toEqual([]);
    expect(plan.milestones[0]!.links.skillIds).toEqual([]);
    expect(sync.tombstones).toEqual([{ collection: 'skills', id: 's1', at: at(5000, 'homepc') }]);
  });

  it('an item missing from a file is not a deletion: a half-written or older file never removes anything', () => {
    const full = replica('laptop', planWith({ milestones: [milestone({ id: 'm1', title: 'One' }), milestone({ id: 'm2', title: 'Two' })] }));
    const partial = replica('homepc', planWith({ milestones: [milestone({ id: 'm1', title: 'One' })] }));
    expect(mergeReplicas([full, partial]).plan.milestones.map((m) => m.id).sort()).toEqual(['m1', 'm2']);
  });

  it('profile fields merge one by one: the name changed at home and the summary on the laptop both survive', () => {
    const base = planWith({});
    const laptop = replica('laptop', { ...base, profile: { ...base.profile, name: 'Alex', summary: 'PMO analyst, 8 years' } }, { fieldStamps: { 'profile.name': at(1000, 'laptop'), 'profile.summary': at(4000, 'laptop') } });
    const home = replica('homepc', { ...base, profile: { ...base.profile, name: 'Alex Morgan', summary: 'old' } }, { fieldStamps: { 'profile.name': at(3000, 'homepc'), 'profile.summary': at(2000, 'homepc') } });
    const { plan } = mergeReplicas([home, laptop]);
    expect(plan.profile.name).toBe('Alex Morgan');
    expect(plan.profile.summary).toBe('PMO analyst, 8 years');
  });
});
