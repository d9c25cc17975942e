import { QUESTION_BANK } from '../catalog/interview/questions';
import type { QuestionEntry } from '../catalog/interview/schema';
import type { Plan } from '../model/plan';
import type { CompetencyArea, InterviewTheme } from '../model/vocabulary';

/**
 * The questions a person prepares for: the bank's (shared/catalog/interview) and their own, in one
 * shape. A question the person hid stays in the list, marked hidden, so it can be shown again.
 */
export interface InterviewQuestion {
  id: string;
  text: string;
  area: CompetencyArea | null;
  themes: readonly InterviewTheme[];
  /** Framework behaviour ids it probes (bank questions only). */
  behaviours: readonly string[];
  /** 'mine' for a question the person added. */
  origin: QuestionEntry['origin'] | 'mine';
  /** What a strong answer shows (bank), or the person's own notes. */
  lookingFor: string;
  hidden: boolean;
}

const bankQuestions: InterviewQuestion[] = QUESTION_BANK.map((q) => ({
  id: q.id,
  text: q.text,
  area: q.area,
  themes: q.themes,
  behaviours: q.behaviours,
  origin: q.origin,
  lookingFor: q.lookingFor,
  hidden: false,
}));

type QuestionSource = Pick<Plan, 'questions' | 'preferences'>;

/** Every question, the person's own first (they were really asked), hidden ones included and marked. */
export function allQuestions(plan: QuestionSource): readonly InterviewQuestion[] {
  const hidden = new Set(plan.preferences.hiddenQuestionIds);
  const mine: InterviewQuestion[] = plan.questions.map((q) => ({
    id: q.id,
    text: q.text,
    area: q.area,
    themes: q.themes,
    behaviours: [],
    origin: 'mine',
    lookingFor: q.notes,
    hidden: hidden.has(q.id),
  }));
  return [...mine, ...bankQuestions.map((q) => (hidden.has(q.id) ? { ...q, hidden: true } : q))];
}

/** The questions not hidden: what coverage, practice and the prep sheet use. */
export function visibleQuestions(plan: QuestionSource): InterviewQuestion[] {
  return allQuestions(plan).filter((q) => !q.hidden);
}

/** Look a question up by id (the bank's or the person's), hidden or not. */
export function questionById(plan: QuestionSource, id: string): InterviewQuestion | undefined {
  return allQuestions(plan).find((q) => q.id === id);
}

/** True for an id of the shipped bank (a story may name one the bank no longer has). */
export function isBankQuestionId(id: string): boolean {
  return bankQuestions.some((q) => q.id === id);
}
