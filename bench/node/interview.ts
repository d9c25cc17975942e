import { interviewCoverage } from '../../shared/insights/interview-coverage';
import { storySuggestions } from '../../shared/insights/interview-suggestions';
import { QUESTION_BANK } from '../../shared/catalog/interview';
import { visibleQuestions } from '../../shared/interview/question-bank';
import { INTERVIEW_THEMES, PlanSchema, createEmptyPlan, type Plan } from '../../shared/model';

/**
 * Interview coverage speed (issue 14): the themes x areas grid and achievement suggestions for every
 * theme (the worst case: the screen asks only for the gaps), over 500 achievements and 150 questions
 * (the bank plus the person's own) with 60 stories. Each run has achievement words never seen before,
 * so the per-text cache is cold; "after an edit" changes one achievement of an already-seen plan, as
 * the screen recomputes when the person saves one.
 */

const NOW = '2026-12-01T09:00:00.000Z';
const WORDS = [
  'governance', 'RAID log', 'stakeholders', 'portfolio board', 'Power BI dashboard', 'resource conflict', 'change request', 'benefits',
  'lessons learned', 'stage gate', 'KPI', 'templates', 'deadline', 'recovery plan', 'process', 'capacity', 'sponsor', 'maturity',
];

function achievementText(i: number, run: number): { title: string; action: string; result: string } {
  const w = (k: number) => WORDS[(i * 7 + k * 3 + run) % WORDS.length]!;
  return {
    title: `Run ${run}: improved the ${w(0)} for programme ${i}`,
    action: `I reviewed the ${w(1)} with ${i % 9} project managers, agreed a ${w(2)} and set up weekly checks of the ${w(3)} for item ${i}-${run}.`,
    result: `Late reports fell by ${10 + (i % 50)}% and the ${w(4)} now runs every week across ${3 + (i % 12)} projects.`,
  };
}

export function interviewBenchPlan(run: number, achievements = 500, ownQuestions = 150 - QUESTION_BANK.length, stories = 60): Plan {
  const stamps = { createdAt: NOW, updatedAt: NOW };
  return PlanSchema.parse({
    ...createEmptyPlan(NOW),
    skills: [{ id: 's1', area: 'organisational', name: 'RAID management', ...stamps }, { id: 's2', area: 'leadership', name: 'Stakeholder management', ...stamps }],
    achievements: Array.from({ length: achievements }, (_, i) => {
      const text = achievementText(i, run);
      return { id: `a${i}`, title: text.title, star: { situation: '', task: '', action: text.action, result: text.result }, tags: i % 4 === 0 ? ['governance'] : [], skillIds: i % 3 === 0 ? ['s1'] : ['s2'], ...stamps };
    }),
    questions: Array.from({ length: ownQuestions }, (_, i) => ({
      id: `mq${i}`,
      text: `Question ${i}: tell me about a time you handled ${WORDS[i % WORDS.length]}.`,
      area: (['business', 'leadership', 'organisational'] as const)[i % 3],
      themes: [INTERVIEW_THEMES[i % INTERVIEW_THEMES.length]!, INTERVIEW_THEMES[(i + 5) % INTERVIEW_THEMES.length]!],
      ...stamps,
    })),
    stories: Array.from({ length: stories }, (_, i) => ({
      id: `st${i}`,
      title: `Story ${i}`,
      achievementId: `a${i}`,
      questionIds: [`mq${i % ownQuestions}`, QUESTION_BANK[i % QUESTION_BANK.length]!.id],
      star: { situation: 'A situation.', task: 'A task.', action: 'I did it.', result: 'It worked for 3 teams.' },
      ...stamps,
    })),
  });
}

export interface InterviewSamples {
  achievements: number;
  questions: number;
  cold: number[];
  afterEdit: number[];
}

function coverageAndSuggestions(plan: Plan): number {
  const questions = visibleQuestions(plan);
  const coverage = interviewCoverage(plan, questions);
  const suggestions = storySuggestions(plan, INTERVIEW_THEMES, { questions });
  return coverage.preparedStories + suggestions.size;
}

export function benchInterview({ runs = 50 } = {}): InterviewSamples {
  const out: InterviewSamples = { achievements: 0, questions: 0, cold: [], afterEdit: [] };
  for (let run = 0; run < runs + 3; run++) {
    const plan = interviewBenchPlan(run);
    out.achievements = plan.achievements.length;
    out.questions = visibleQuestions(plan).length;
    let t0 = performance.now();
    coverageAndSuggestions(plan);
    const cold = performance.now() - t0;
    // One achievement edited: a new plan object whose other items are as they were.
    const edited: Plan = { ...plan, achievements: plan.achievements.map((a, i) => (i === 7 ? { ...a, title: `${a.title} (edited)` } : a)) };
    t0 = performance.now();
    coverageAndSuggestions(edited);
    const afterEdit = performance.now() - t0;
    if (run >= 3) {
      out.cold.push(cold);
      out.afterEdit.push(afterEdit);
    }
  }
  return out;
}
