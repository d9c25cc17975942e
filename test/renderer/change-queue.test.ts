import { ChangeQueue } from '../../renderer/store/change-queue';
import type { PlanSnapshot } from '../../shared/ipc/contract';
import { ApiError } from '../../shared/ipc/errors';
import { MilestoneFieldsSchema, createEmptyPlan, type PlanChange } from '../../shared/model';
import { BACKEND_NOW, FakePlanBackend, deferred } from '../support/fake-plan-backend';

const put = (id: string, title = id): PlanChange => ({ type: 'milestone.put', item: MilestoneFieldsSchema.parse({ id, title }) });
const ids = (snapshot: PlanSnapshot | undefined) => snapshot?.plan.milestones.map((m) => m.id);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A queue in front of a fake main whose answers the test releases one by one. */
function setUp() {
  const backend = new FakePlanBackend();
  const sent: { change: PlanChange; answer: ReturnType<typeof deferred<PlanSnapshot>> }[] = [];
  const published: PlanSnapshot[] = [];
  const queue = new ChangeQueue(
    (change) => {
      const answer = deferred<PlanSnapshot>();
      sent.push({ change, answer });
      return answer.promise;
    },
    (snapshot) => published.push(snapshot),
    () => BACKEND_NOW,
  );
  /** Main stores the n-th sent change and answers with its snapshot. */
  const store = async (n: number) => sent[n]!.answer.resolve(await backend.applyChange(sent[n]!.change));
  const refuse = (n: number, error: unknown) => sent[n]!.answer.reject(error);
  const view = () => published.at(-1);
  return { backend, queue, sent, published, store, refuse, view };
}

describe('ChangeQueue', () => {
  it('cannot show a view before the plan is loaded', () => {
    const { queue, published } = setUp();
    expect(() => queue.enqueue(put('m1'))).toThrow(/not been loaded/);
    expect(published).toEqual([]);
  });

  it('publishes the loaded snapshot as it is', () => {
    const { queue, backend, view } = setUp();
    const loaded = backend.snapshot();
    queue.reset(loaded);
    expect(view()).toBe(loaded);
    expect(queue.size).toBe(0);
  });

  it('shows a change at once, before main answers, then main’s snapshot', async () => {
    const { queue, backend, view, store } = setUp();
    queue.reset(backend.snapshot());
    const result = queue.enqueue(put('m1', 'Shadow the PMO'));

    expect(queue.size).toBe(1);
    expect(view()).toMatchObject({ revision: 0, plan: { milestones: [{ id: 'm1', title: 'Shadow the PMO', status: 'todo' }] } });
    expect(backend.revision).toBe(0);

    await flush();
    await store(0);
    const stored = await result;
    await flush();
    expect(stored.revision).toBe(1);
    expect(queue.size).toBe(0);
    expect(view()).toEqual(stored);
  });

  it('sends in order: the second change leaves only after the first is answered', async () => {
    const { queue, backend, sent, store, view } = setUp();
    queue.reset(backend.snapshot());
    void queue.enqueue(put('a'));
    void queue.enqueue(put('b'));
    expect(ids(view())).toEqual(['a', 'b']);

    await flush();
    expect(sent.map((s) => s.change)).toEqual([put('a')]);

    await store(0);
    await flush();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.change).toEqual(put('b'));
    expect(view()).toMatchObject({ revision: 1 });
    expect(ids(view())).toEqual(['a', 'b']); // confirmed a + pending b

    await store(1);
    await flush();
    expect(view()).toEqual(backend.snapshot());
  });

  it('rolls back a refused change and keeps the later ones', async () => {
    const { queue, backend, store, refuse, view } = setUp();
    queue.reset(backend.snapshot());
    const results = ['a', 'b', 'c'].map((id) => queue.enqueue(put(id)));
    results.forEach((result) => result.catch(() => undefined));

    await flush();
    await store(0);
    await flush();
    const diskFull = new ApiError('io', 'The disk is full.');
    refuse(1, diskFull);
    await expect(results[1]).rejects.toBe(diskFull);
    await flush();

    expect(queue.size).toBe(1);
    expect(ids(view())).toEqual(['a', 'c']);
    expect(view()?.revision).toBe(1);

    await store(2);
    await flush();
    expect(queue.size).toBe(0);
    expect(ids(view())).toEqual(['a', 'c']);
    expect(view()).toEqual(backend.snapshot());
  });

  it('falls back to the last confirmed snapshot when the only change is refused', async () => {
    const { queue, backend, refuse, view } = setUp();
    const loaded = backend.snapshot();
    queue.reset(loaded);
    const result = queue.enqueue(put('a'));
    await flush();
    refuse(0, new ApiError('validation', 'No.'));
    await expect(result).rejects.toMatchObject({ code: 'validation' });
    await flush();
    expect(view()).toBe(loaded);
  });

  it('keeps a newer confirmed snapshot when an older answer arrives late', async () => {
    const { queue, backend, sent, view } = setUp();
    queue.reset(backend.snapshot());
    const result = queue.enqueue(put('mine'));
    await flush();

    // Meanwhile the plan changed elsewhere (an import) and the page reloaded revision 5.
    const elsewhere = { ...backend.snapshot(), revision: 5 };
    elsewhere.plan = { ...elsewhere.plan, profile: { ...elsewhere.plan.profile, targetRole: 'From elsewhere' } };
    queue.reset(elsewhere);
    expect(view()).toMatchObject({ revision: 5, plan: { profile: { targetRole: 'From elsewhere' } } });
    expect(ids(view())).toEqual(['mine']);

    const stale = { ...backend.snapshot(), revision: 3 };
    sent[0]!.answer.resolve(stale);
    await result;
    await flush();
    expect(view()).toBe(elsewhere);
  });

  it('accepts an answer with the same or a newer revision', async () => {
    const { queue, backend, sent, view } = setUp();
    queue.reset({ ...backend.snapshot(), revision: 2 });
    void queue.enqueue(put('x'));
    await flush();
    const same = { ...backend.snapshot(), revision: 2, plan: { ...backend.plan, updatedAt: '2026-03-02T12:30:00.000Z' } };
    sent[0]!.answer.resolve(same);
    await flush();
    expect(view()).toBe(same);
  });
});

describe('settled()', () => {
  it('waits for every change enqueued so far, whether main stores or refuses it', async () => {
    const answers: Array<(ok: boolean) => void> = [];
    const base = { revision: 0, plan: createEmptyPlan('2026-01-01T00:00:00.000Z'), readOnly: false, notices: [], save: { state: 'saved' as const, message: null } };
    const queue = new ChangeQueue(
      () => new Promise((resolve, reject) => answers.push((ok) => (ok ? resolve({ ...base, revision: answers.length }) : reject(new Error('refused'))))),
      () => undefined,
    );
    queue.reset(base);
    const first = queue.enqueue({ type: 'milestone.put', item: MilestoneFieldsSchema.parse({ id: 'a', title: 'A' }) }).catch(() => undefined);
    void queue.enqueue({ type: 'milestone.put', item: MilestoneFieldsSchema.parse({ id: 'b', title: 'B' }) }).catch(() => undefined);
    let done = false;
    void queue.settled().then(() => (done = true));
    await Promise.resolve();
    answers[0]!(false);
    await first;
    await new Promise((r) => setTimeout(r, 0));
    expect(done).toBe(false);
    answers[1]!(true);
    await vi.waitFor(() => expect(done).toBe(true));
  });
});
