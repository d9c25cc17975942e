import { PlanSchema, QuestionFieldsSchema, StoryFieldsSchema, type Plan, type Question, type QuestionFields, type Story, type StoryFields } from '../../shared/model';
import { achievement, FIXED_NOW, planWith } from './plan-builders';

/**
 * One plan for the interview prep sheet's export tests: Alex Morgan (A4) with two achievements (one with
 * a metric), two questions of their own and three stories that between them come from a live
 * achievement, from one since deleted and from scratch. The stories' words hold what each format must
 * give back literally ("*", "_", "<b>", "&"), an ID and a number with its unit the PDF must not break
 * ("GR656-123456", "40 %"), and words a font would ligate ("office", "fifteen", "flow").
 */

const stamps = { createdAt: FIXED_NOW, updatedAt: FIXED_NOW };
const question = (fields: Partial<QuestionFields> & Pick<QuestionFields, 'id' | 'text'>): Question => ({ ...QuestionFieldsSchema.parse(fields), ...stamps });
const story = (fields: Partial<StoryFields> & Pick<StoryFields, 'id' | 'title'>): Story => ({ ...StoryFieldsSchema.parse(fields), ...stamps });

/** The person's own questions: one a story answers, one no story answers yet. */
export const MY_SPONSOR_QUESTION = 'How would you report a *red* project to a sponsor who only reads the summary & the RAG?';
export const MY_UNANSWERED_QUESTION = 'Why do you want to move from <b>project</b> delivery into a PMO_role?';

/** The bank's questions the stories answer, as the bank words them. */
export const BANK_TEXT = {
  'q-conflict-between-pms': 'Tell me about a time two project managers were in conflict over priorities or resources. How did you help them resolve it?',
  'q-failing-project': 'Tell me about a project you were involved in that was failing. What did you do to bring it back on track?',
  'q-governance-standards': 'Tell me about a time you introduced or upheld a project governance standard that project managers were reluctant to follow.',
} as const;

/** The stories' STAR and reflection, written out so tests can expect them word for word. */
export const CONFLICT_STAR = {
  situation: 'Two project managers both booked the only test environment for the same *critical* week & neither would move.',
  task: 'As PMO analyst I had to find a plan both could accept before the portfolio board met.',
  action: 'I put both plans in one view, showed the clash to them together and proposed a split of 3 days each.',
  result: 'Both releases shipped on time. Late status reports fell by 40 % over the next quarter.',
  reflection: 'I would have raised the clash with the finance office a week earlier.',
};
export const GONE_STAR = {
  situation: 'The CRM migration was 6 weeks late and the sponsor wanted to stop it.',
  task: 'I was asked to find out why and recommend what to do.',
  action: 'I rebuilt the plan with the supplier and re-baselined 14 milestones.',
  result: 'Go-live happened in the agreed window.',
  reflection: '',
};
export const GOVERNANCE_STAR = {
  situation: 'Project managers skipped the stage-gate checklist; they called it _box-ticking_ and "PMO <b>admin</b>".',
  task: 'I had to make the checklist part of how gate 2 worked, not a form to fill in.',
  action: 'I cut the checklist from 30 questions to fifteen & logged each supplier ID, such as GR656-123456, in the RAID log.',
  result: 'All 9 projects passed gate 2 with the checklist complete, and 40 % fewer actions were carried over.',
  reflection: 'I would let the project managers draft the work flow with me from the start.',
};

export function interviewFixturePlan(): Plan {
  const plan = planWith({
    achievements: [
      achievement({
        id: 'a-rag',
        title: 'Weekly RAG review',
        date: '2026-06-30',
        area: 'organisational',
        cvBullet: 'Cut late status reports across 12 projects by 40 % with a weekly RAG review.',
        metrics: [{ value: 40, unit: '%', measures: 'fewer late reports' }],
      }),
      achievement({ id: 'a-raid', title: 'RAID log rebuild', date: '2025-09-12', cvBullet: 'Rebuilt the programme RAID log.' }),
    ],
  });
  return PlanSchema.parse({
    ...plan,
    profile: { ...plan.profile, name: 'Alex Morgan', cvPageSize: 'A4' },
    questions: [
      question({ id: 'mq-sponsor', text: MY_SPONSOR_QUESTION, area: 'leadership', themes: ['reporting'] }),
      question({ id: 'mq-why-pmo', text: MY_UNANSWERED_QUESTION }),
    ],
    stories: [
      story({ id: 'st-conflict', title: 'Two PMs, one test environment', achievementId: 'a-rag', questionIds: ['q-conflict-between-pms', 'mq-sponsor'], star: CONFLICT_STAR, reflection: CONFLICT_STAR.reflection }),
      story({ id: 'st-gone', title: 'Recovering the CRM migration', achievementId: 'a-deleted', questionIds: ['q-failing-project'], star: GONE_STAR }),
      story({ id: 'st-governance', title: 'Making the gate checklist stick', questionIds: ['q-governance-standards'], star: GOVERNANCE_STAR, reflection: GOVERNANCE_STAR.reflection }),
    ],
  });
}

/** The questions of the sheet in the order asked for (not the plan's or the bank's order). */
export const PREP_FIXTURE_QUESTION_IDS = ['q-governance-standards', 'mq-why-pmo', 'q-conflict-between-pms', 'q-failing-project', 'mq-sponsor'] as const;

/** Each question of PREP_FIXTURE_QUESTION_IDS as written, and the story the sheet tells for it (null: none). */
export const PREP_FIXTURE_ENTRIES = [
  { question: BANK_TEXT['q-governance-standards'], storyId: 'st-governance' },
  { question: MY_UNANSWERED_QUESTION, storyId: null },
  { question: BANK_TEXT['q-conflict-between-pms'], storyId: 'st-conflict' },
  { question: BANK_TEXT['q-failing-project'], storyId: 'st-gone' },
  { question: MY_SPONSOR_QUESTION, storyId: 'st-conflict' },
] as const;

/** The labelled parts of each story, in STAR order then the reflection (parts with no words left out). */
export const STORY_PARTS: Record<string, string[]> = {
  'st-conflict': starLines(CONFLICT_STAR),
  'st-gone': starLines(GONE_STAR),
  'st-governance': starLines(GOVERNANCE_STAR),
};

/** The figures each story's sheet lists: the source achievement's metric, then each sentence with a number. */
export const STORY_KEY_NUMBERS: Record<string, string[]> = {
  'st-conflict': [
    '40% fewer late reports',
    'I put both plans in one view, showed the clash to them together and proposed a split of 3 days each.',
    'Late status reports fell by 40 % over the next quarter.',
  ],
  'st-gone': ['I rebuilt the plan with the supplier and re-baselined 14 milestones.'],
  'st-governance': [GOVERNANCE_STAR.action, GOVERNANCE_STAR.result],
};

function starLines(star: typeof CONFLICT_STAR): string[] {
  return [
    `Situation: ${star.situation}`,
    `Task: ${star.task}`,
    `Action: ${star.action}`,
    `Result: ${star.result}`,
    ...(star.reflection !== '' ? [`Reflection: what I would do differently: ${star.reflection}`] : []),
  ];
}
