import { useState } from 'react';
import { DEFAULT_PRACTICE_COUNT, practiceSet } from '../../../shared/interview/practice-set';
import { PRACTICE_SET_KINDS, PRACTICE_SET_KIND_LABELS, type Plan, type PracticeSessionFields, type PracticeSetKind } from '../../../shared/model';
import { SelectField, TextField } from '../../components/fields';
import { newId } from '../../lib/ids';
import { PracticeHistory } from './PracticeHistory';
import { PracticeRun } from './PracticeRun';

/** Choose a practice set, run it one question at a time, and see how practice is going. */
export function PracticePanel({ plan, startWith = null }: { plan: Plan; /** Questions to practise at once (e.g. "Practise it" on a question). */ startWith?: readonly string[] | null }) {
  const [kind, setKind] = useState<PracticeSetKind>('random');
  const [count, setCount] = useState(String(DEFAULT_PRACTICE_COUNT));
  const [listingId, setListingId] = useState(plan.listings[0]?.id ?? '');
  const [session, setSession] = useState<PracticeSessionFields | null>(() => {
    const chosen = startWith ? practiceSet(plan, { kind: 'chosen', questionIds: startWith }, Math.random).questionIds : [];
    return chosen.length > 0 ? { id: newId(), set: 'chosen', listingId: null, questionIds: chosen, answers: [] } : null;
  });
  const [message, setMessage] = useState<string | null>(null);
  const kinds = PRACTICE_SET_KINDS.filter((k) => k !== 'chosen' && (k !== 'listing' || plan.listings.length > 0));

  function start() {
    const set = practiceSet(plan, { kind, count: Number(count) || DEFAULT_PRACTICE_COUNT, listingId }, Math.random);
    if (set.questionIds.length === 0) return setMessage(set.explanation);
    setMessage(set.explanation);
    setSession({ id: newId(), set: kind, listingId: kind === 'listing' ? listingId : null, questionIds: set.questionIds, answers: [] });
  }

  if (session) return <PracticeRun key={session.id} plan={plan} session={session} onFinish={() => setSession(null)} />;
  return (
    <section aria-labelledby="practice-heading" className="practice">
      <h2 id="practice-heading">Practice</h2>
      <p className="muted">Answer each question out loud in about two minutes, then reveal your story and rate yourself. Everything works from the keyboard.</p>
      <div className="field-row">
        <SelectField label="Questions" value={kind} options={kinds.map((k) => ({ value: k, label: PRACTICE_SET_KIND_LABELS[k] }))} onChange={(e) => setKind(e.target.value as PracticeSetKind)} />
        {kind === 'listing' && (
          <SelectField label="Job listing" value={listingId} options={plan.listings.map((l) => ({ value: l.id, label: [l.title, l.organisation].filter(Boolean).join(', ') }))} onChange={(e) => setListingId(e.target.value)} />
        )}
        <TextField label="How many" type="number" min={1} max={50} value={count} onChange={(e) => setCount(e.target.value)} />
      </div>
      {plan.listings.length === 0 && <p className="muted">Save a job listing to practise the questions it is likely to bring.</p>}
      {message && <p role="status">{message}</p>}
      <div className="actions">
        <button type="button" onClick={start}>
          Start practising
        </button>
      </div>
      <PracticeHistory plan={plan} />
    </section>
  );
}
