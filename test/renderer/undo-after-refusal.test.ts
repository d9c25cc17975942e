import { useAppStore } from '../../renderer/store';
import { ApiError } from '../../shared/ipc/errors';
import { MilestoneFieldsSchema, type PlanChange } from '../../shared/model';
import { FakePlanBackend } from '../support/fake-plan-backend';
import { useFakeBackend } from '../support/mock-api';
import { resetStore } from '../support/reset-store';

vi.mock('../../renderer/lib/api', async (importOriginal) => (await import('../support/mock-api')).mockApiModule(await importOriginal()));

/**
 * The undo history holds only edits main stored. An edit main refuses is shown at once (optimistically)
 * and recorded, so the store must take its entry back out when the refusal arrives; otherwise "Undo"
 * would later replay the inverse of something that never happened.
 */

const put = (id: string, title: string): PlanChange => ({ type: 'milestone.put', item: MilestoneFieldsSchema.parse({ id, title }) });
const store = () => useAppStore.getState();
const titles = () => store().snapshot?.plan.milestones.map((m) => m.title);
const messages = () => store().toasts.map((t) => t.message);

let backend: FakePlanBackend;
beforeEach(async () => {
  backend = useFakeBackend(new FakePlanBackend());
  resetStore();
  await store().hydrate();
});

describe('undo after main refuses an edit', () => {
  it('keeps no undo entry for the refused edit, and Undo then reverses the last stored edit', async () => {
    expect(await store().applyChange(put('m1', 'Shadow the PMO'), { label: 'Add milestone' })).toBe(true);
    const storedEntry = store().undoStack.at(-1);

    backend.refuseNext(new ApiError('validation', 'The plan is not valid: the title is too long.'));
    expect(await store().applyChange(put('m1', 'Shadow the PMO for a month'), { label: 'Edit milestone' })).toBe(false);

    // The refusal is explained, the page is back to main's plan, and the history is as before the refusal.
    expect(messages()).toContain('The plan is not valid: the title is too long.');
    expect(titles()).toEqual(['Shadow the PMO']);
    expect(store().undoStack).toEqual([storedEntry]);
    expect(store().undoStack.map((e) => e.label)).toEqual(['Add milestone']);

    // Undo reverses the stored edit (removes m1), not the refused one.
    const sentBefore = backend.received.length;
    await store().undo();
    expect(backend.received.slice(sentBefore)).toEqual([{ type: 'item.delete', collection: 'milestones', id: 'm1' }]);
    expect(backend.plan.milestones).toEqual([]);
    expect(titles()).toEqual([]);
    expect(messages()).toContain('Undone: Add milestone.');
    expect(store().undoStack).toEqual([]);
  });

  it('a refused first edit leaves nothing to undo, and Undo sends nothing', async () => {
    backend.refuseNext(new ApiError('read-only', 'This plan is open read-only, so the change was not saved.'));
    expect(await store().applyChange(put('m1', 'Shadow the PMO'), { label: 'Add milestone' })).toBe(false);
    expect(store().undoStack).toEqual([]);
    expect(store().redoStack).toEqual([]);

    const sentBefore = backend.received.length;
    await store().undo();
    expect(backend.received).toHaveLength(sentBefore);
    expect(messages()).toContain('Nothing to undo.');
  });

  it('a refused edit does not clear the redo history either', async () => {
    await store().applyChange(put('m1', 'Shadow the PMO'), { label: 'Add milestone' });
    await store().undo();
    const redoEntry = store().redoStack.at(-1);
    expect(redoEntry?.label).toBe('Add milestone');

    backend.refuseNext(new ApiError('validation', 'The plan is not valid.'));
    expect(await store().applyChange(put('m2', 'Read the PMO guide'), { label: 'Add milestone' })).toBe(false);
    expect(store().redoStack).toEqual([redoEntry]);
    expect(store().undoStack).toEqual([]);

    // And Redo still does what it offers: the milestone is back.
    await store().redo();
    expect(backend.plan.milestones.map((m) => m.title)).toEqual(['Shadow the PMO']);
    expect(messages()).toContain('Redone: Add milestone.');
  });

  it('an undo main refuses stays undoable and is not offered as a redo', async () => {
    await store().applyChange(put('m1', 'Shadow the PMO'), { label: 'Add milestone' });
    const entry = store().undoStack.at(-1);

    backend.refuseNext(new ApiError('io', 'The plan could not be saved.'));
    await store().undo();
    expect(messages()).toContain('The plan could not be saved.');
    expect(messages()).not.toContain('Undone: Add milestone.');
    expect(store().undoStack).toEqual([entry]);
    expect(store().redoStack).toEqual([]);
    expect(backend.plan.milestones.map((m) => m.id)).toEqual(['m1']);

    // Tried again once main accepts, the same entry does its job.
    await store().undo();
    expect(backend.plan.milestones).toEqual([]);
    expect(store().undoStack).toEqual([]);
    expect(store().redoStack.map((e) => e.label)).toEqual(['Add milestone']);
  });
});
