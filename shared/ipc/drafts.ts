import { z } from 'zod';
import { DraftSchema } from '../drafts/schemas';

/** What `listDrafts` answers: the drafts kept beside the plan, and what the person should know of them. */
export const DraftsStateSchema = z.object({
  drafts: z.array(DraftSchema),
  notice: z.object({ level: z.enum(['info', 'warning', 'error']), message: z.string() }).nullable(),
});
export type DraftsState = z.infer<typeof DraftsStateSchema>;
