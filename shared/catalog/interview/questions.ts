import { FRAMEWORK_QUESTIONS } from './questions-framework';
import { TEAM_QUESTIONS } from './questions-team';
import type { QuestionEntry } from './schema';

/**
 * The interview question bank the app ships: the team's questions (questions-team.ts), one or more per
 * theme PMO interviews probe, then those phrased after the Civil Service Behaviours
 * (questions-framework.ts). Ids are stable, since stories store them; bump QUESTION_BANK_VERSION when
 * questions are added, removed or reworded.
 */

export const QUESTION_BANK_VERSION = 1;

export const QUESTION_BANK: readonly QuestionEntry[] = [...TEAM_QUESTIONS, ...FRAMEWORK_QUESTIONS];
