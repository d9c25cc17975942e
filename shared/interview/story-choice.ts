import { isPreparedStory } from '../insights/interview-coverage';
import type { Plan } from '../model/plan';
import type { Story } from '../model/interview';
import { storyProgress } from './practice-progress';

/**
 * The story to tell for a question when several answer it (practice reveals it, the prep sheet prints
 * it): a prepared one first, then the best latest practice rating, then the most recently edited.
 */
export function storyChooser(plan: Pick<Plan, 'stories' | 'practiceSessions'>): (questionId: string) => Story | null {
  const progress = storyProgress(plan);
  const rating = (id: string) => progress.get(id)?.latest ?? 0;
  return (questionId) => {
    const answering = plan.stories.filter((s) => s.questionIds.includes(questionId));
    answering.sort((a, b) => Number(isPreparedStory(b)) - Number(isPreparedStory(a)) || rating(b.id) - rating(a.id) || b.updatedAt.localeCompare(a.updatedAt));
    return answering[0] ?? null;
  };
}
