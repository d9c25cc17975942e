import { useCallback, useEffect, useMemo, useState } from 'react';
import { questionById } from '../../../shared/interview/question-bank';
import { storyChooser } from '../../../shared/interview/story-choice';
import { clockReading, spokenVersion } from '../../../shared/interview/story-text';
import { PRACTICE_RATINGS, PRACTICE_RATING_LABELS, type Plan, type PracticeAnswer, type PracticeRating, type PracticeSessionFields } from '../../../shared/model';
import { isEditableTarget } from '../../lib/platform';
import { useAppStore } from '../../store';
import { selectReadOnly } from '../../store/selectors';
import { usePracticeTimer } from './usePracticeTimer';

interface PracticeRunProps {
  plan: Plan;
  session: PracticeSessionFields;
  onFinish(): void;
}

/**
 * One question at a time: answer out loud against a visible two-minute timer (P pauses it), then
 * Space reveals the story, 1-3 rates the answer (saved at once, so a run cut short keeps its ratings),
 * a note says what to improve, N moves on. Keys are ignored while typing in the note.
 */
export function PracticeRun({ plan, session: start, onFinish }: PracticeRunProps) {
  const applyChange = useAppStore((state) => state.applyChange);
  const readOnly = useAppStore(selectReadOnly);
  const [session, setSession] = useState(start);
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [note, setNote] = useState('');
  const timer = usePracticeTimer();
  const storyFor = useMemo(() => storyChooser(plan), [plan]);
  const questionId = session.questionIds[index]!;
  const question = questionById(plan, questionId);
  const story = storyFor(questionId);
  const answer = session.answers.find((a) => a.questionId === questionId);
  const last = index === session.questionIds.length - 1;

  const store = useCallback(
    (next: PracticeSessionFields) => {
      setSession(next);
      void applyChange({ type: 'practice.put', item: next }, { label: 'Practise' });
    },
    [applyChange],
  );

  const rate = useCallback(
    (rating: PracticeRating) => {
      if (readOnly) return;
      const given: PracticeAnswer = { questionId, storyId: story?.id ?? null, rating, note: note.trim(), seconds: Math.min(3600, Math.round(timer.read())) };
      store({ ...session, answers: [...session.answers.filter((a) => a.questionId !== questionId), given] });
      setRevealed(true);
    },
    [readOnly, questionId, story, note, timer, store, session],
  );

  const next = useCallback(() => {
    // A note changed after rating is kept with the rating.
    if (answer && answer.note !== note.trim()) store({ ...session, answers: session.answers.map((a) => (a.questionId === questionId ? { ...a, note: note.trim() } : a)) });
    if (last) return onFinish();
    setIndex((i) => i + 1);
    setRevealed(false);
    setNote('');
    timer.restart();
  }, [answer, note, store, session, questionId, last, onFinish, timer]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isEditableTarget(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === ' ') {
        // Space on a focused button presses that button, as everywhere else.
        if (event.target instanceof HTMLButtonElement) return;
        event.preventDefault();
        setRevealed(true);
      } else if (key === '1' || key === '2' || key === '3') {
        event.preventDefault();
        rate(Number(key) as PracticeRating);
      } else if (key === 'n') {
        event.preventDefault();
        next();
      } else if (key === 'p') {
        event.preventDefault();
        timer.toggle();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rate, next, timer]);

  const over = timer.remaining < 0;
  return (
    <section className="practice-run" aria-labelledby="practice-question">
      <p className="muted">
        Question {index + 1} of {session.questionIds.length} · Keys: Space reveals the story, 1–3 rates, N next, P pauses the timer
      </p>
      <h2 id="practice-question">{question?.text ?? 'A question no longer in your bank'}</h2>
      <div className={`practice-timer${over ? ' is-over' : ''}`}>
        <span role="timer" aria-label={over ? 'Time over' : 'Time left'}>
          {over ? `+${clockReading(-timer.remaining)}` : clockReading(timer.remaining)}
        </span>
        <span className="muted">{timer.running ? (over ? 'over two minutes: wrap up' : 'answer out loud') : 'paused'}</span>
        <button type="button" className="secondary" onClick={timer.toggle}>
          {timer.running ? 'Pause (P)' : 'Resume (P)'}
        </button>
      </div>
      {revealed ? (
        story ? (
          <div className="practice-story" aria-label="Your story">
            <h3>{story.title}</h3>
            {spokenVersion(story).parts.map((part) => (
              <p key={part.key}>
                <strong>{part.label}:</strong> {part.text}
              </p>
            ))}
          </div>
        ) : (
          <p className="notice-inline">No story answers this question yet. Rate how you did anyway, and write one after.</p>
        )
      ) : (
        <button type="button" className="secondary" onClick={() => setRevealed(true)}>
          Reveal the story (Space)
        </button>
      )}
      <fieldset className="practice-rating" disabled={readOnly}>
        <legend>How did it go?</legend>
        {PRACTICE_RATINGS.map((r) => (
          <button key={r} type="button" aria-pressed={answer?.rating === r} className={answer?.rating === r ? '' : 'secondary'} onClick={() => rate(r)}>
            {r} · {PRACTICE_RATING_LABELS[r]}
          </button>
        ))}
      </fieldset>
      {answer && <p role="status">Rated {answer.rating} ({PRACTICE_RATING_LABELS[answer.rating]}), saved.</p>}
      <label className="field">
        <span>What to improve next time</span>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} placeholder="e.g. Lead with the result; say the number." />
      </label>
      <div className="actions">
        <button type="button" onClick={next}>
          {last ? 'Finish (N)' : 'Next question (N)'}
        </button>
      </div>
    </section>
  );
}
