import { isPreparedStory } from '../../../shared/insights/interview-coverage';
import { TREND_WORDS, type StoryProgress } from '../../../shared/interview/practice-progress';
import { storySource } from '../../../shared/interview/story-source';
import { describeDuration, spokenVersion } from '../../../shared/interview/story-text';
import type { Plan, Story } from '../../../shared/model';
import { PRACTICE_RATING_LABELS } from '../../../shared/model';
import { EmptyState } from '../../components/EmptyState';

interface StoryListProps {
  plan: Plan;
  progress: ReadonlyMap<string, StoryProgress>;
  readOnly: boolean;
  onOpen(storyId: string): void;
  onNew(): void;
  onDelete(story: Story): void;
}

/** The person's stories: what each answers, how long it runs, where it came from, how practice is going. */
export function StoryList({ plan, progress, readOnly, onOpen, onNew, onDelete }: StoryListProps) {
  if (plan.stories.length === 0) {
    return (
      <EmptyState
        title="No stories yet"
        action={
          <button type="button" onClick={onNew} disabled={readOnly}>
            Write your first story
          </button>
        }
      >
        A story is one achievement told in STAR form (situation, task, action, result) for the questions it answers. Start from a question in the
        bank with “Answer with an achievement”, or from a gap under Coverage.
      </EmptyState>
    );
  }
  return (
    <ul className="story-list">
      {plan.stories.map((story) => {
        const source = storySource(story, plan);
        const spoken = spokenVersion(story);
        const trend = progress.get(story.id);
        return (
          <li key={story.id} className="story-row">
            <div>
              <button type="button" className="link-button story-title" onClick={() => onOpen(story.id)}>
                {story.title}
              </button>
              <p className="muted">
                {story.questionIds.length === 1 ? 'Answers 1 question' : `Answers ${story.questionIds.length} questions`} · {spoken.words > 0 ? `spoken ${describeDuration(spoken.seconds)}` : 'nothing to say yet'}
                {!isPreparedStory(story) && ' · needs its action and result'}
                {source.kind === 'achievement' && ` · from “${source.achievement.title}”`}
                {source.kind === 'gone' && ' · its achievement was deleted'}
              </p>
              {trend && (
                <p className="story-trend" data-trend={trend.trend}>
                  {TREND_WORDS[trend.trend]} · last rated {trend.latest} ({PRACTICE_RATING_LABELS[trend.latest]}) · ratings {trend.ratings.join(' → ')}
                </p>
              )}
            </div>
            <div className="row-actions">
              <button type="button" className="secondary" onClick={() => onOpen(story.id)}>
                Edit
              </button>
              <button type="button" className="secondary danger" disabled={readOnly} onClick={() => onDelete(story)}>
                Delete
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
