import type { Story, StoryFields } from '../../../shared/model';

/** What a story editor holds: the fields as the schema has them. */
export type StoryDraft = StoryFields;

export function blankStory(id: string, questionIds: readonly string[] = []): StoryDraft {
  return { id, title: '', achievementId: null, questionIds: [...questionIds], star: { situation: '', task: '', action: '', result: '' }, reflection: '' };
}

export function storyDraftFrom(story: Story): StoryDraft {
  const { createdAt: _c, updatedAt: _u, ...fields } = story;
  return fields;
}
