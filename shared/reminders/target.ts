import { z } from 'zod';

/** Where a reminder leads: a screen of the app and, where there is one, the item to open on it. */
export const ScreenTargetSchema = z.object({
  screen: z.enum(['milestones', 'certifications', 'achievements']),
  itemId: z.string().max(100).nullable(),
});
export type ScreenTarget = z.infer<typeof ScreenTargetSchema>;
