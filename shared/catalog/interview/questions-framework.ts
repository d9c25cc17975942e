import type { CompetencyArea, InterviewTheme } from '../../model/vocabulary';
import { INTERVIEW_FACTS_VERIFIED } from './frameworks';
import type { QuestionEntry } from './schema';

/**
 * Questions phrased after the nine Civil Service Behaviours (Success Profiles), at least one each, set in
 * PMO work. `behaviours` names the behaviour; its name and source live in frameworks.ts (checked against
 * GOV.UK on INTERVIEW_FACTS_VERIFIED). The wording of each question is ours, not GOV.UK's.
 */

type Meta = Omit<QuestionEntry, 'text' | 'lookingFor'>;

function after(behaviour: string, id: string, area: CompetencyArea, themes: InterviewTheme[]): Meta {
  return { id, area, themes, behaviours: [behaviour], origin: 'framework', lastVerified: INTERVIEW_FACTS_VERIFIED, unverified: false, unverifiedNote: '' };
}

export const FRAMEWORK_QUESTIONS: readonly QuestionEntry[] = [
  {
    ...after('cs-seeing-the-big-picture', 'q-portfolio-strategy-alignment', 'business', ['prioritisation', 'benefits']),
    text: "Tell me about a time you kept the projects in a portfolio in line with the organisation's strategy while its priorities were shifting.",
    lookingFor: 'Understanding of the strategic aims, how you spotted work drifting away from them, and what you did to bring the portfolio back in line.',
  },
  {
    ...after('cs-changing-and-improving', 'q-challenging-how-delivery-works', 'organisational', ['improvement', 'influence']),
    text: 'Give an example of when you questioned an established way of delivering projects and helped people move to something better.',
    lookingFor: 'Openness to new ideas, a change tried out before it was rolled out, and support for people while they adjusted.',
  },
  {
    ...after('cs-making-effective-decisions', 'q-decision-from-portfolio-data', 'business', ['prioritisation', 'risk']),
    text: 'Describe a decision you made or recommended from portfolio data, where you had to weigh several options and their risks.',
    lookingFor: 'Gathering and analysing the evidence, weighing the options openly, consulting where needed and explaining the decision.',
  },
  {
    ...after('cs-making-effective-decisions', 'q-change-decision-incomplete-data', 'organisational', ['change', 'risk']),
    text: 'Tell me about a time you had to recommend whether to approve a significant change to a project when the information was incomplete.',
    lookingFor: 'Working out which facts mattered, judging the risk of deciding now against waiting, and recording the reasons.',
  },
  {
    ...after('cs-leadership', 'q-direction-for-project-managers', 'leadership', ['influence', 'improvement']),
    text: 'Tell me about a time you set a clear direction for a team or community of project managers and brought them with you.',
    lookingFor: 'A shared purpose explained clearly, room for different views, and visible results from people following that direction.',
  },
  {
    ...after('cs-communicating-and-influencing', 'q-explaining-a-portfolio-issue', 'leadership', ['stakeholders', 'reporting']),
    text: 'Give an example of when you explained a complicated portfolio issue to an audience and it changed what they decided to do.',
    lookingFor: 'A message fitted to the audience, clear and brief, and evidence that the audience acted on it.',
  },
  {
    ...after('cs-working-together', 'q-partnership-across-departments', 'leadership', ['resources', 'conflict']),
    text: 'Tell me about a time you built a working relationship with another team or department so that their projects and yours could deliver together.',
    lookingFor: 'Reaching out first, sharing information and support both ways, and a relationship that lasted beyond the immediate need.',
  },
  {
    ...after('cs-developing-self-and-others', 'q-building-colleagues-skills', 'leadership', ['improvement', 'influence']),
    text: 'Describe how you helped project managers or PMO colleagues build a skill, and what you learned yourself along the way.',
    lookingFor: 'A specific way of helping others learn, evidence that they improved, and honest reflection on your own development.',
  },
  {
    ...after('cs-managing-a-quality-service', 'q-improving-the-pmo-service', 'organisational', ['value', 'improvement']),
    text: 'Give an example of how you found out what the users of a PMO or project service needed, and how you improved the service for them.',
    lookingFor: 'Asking the people served for feedback, setting clear service standards, and acting on what you heard.',
  },
  {
    ...after('cs-delivering-at-pace', 'q-delivering-pmo-work-at-pace', 'organisational', ['pressure', 'recovery']),
    text: 'Tell me about a time you took responsibility for delivering a piece of PMO work quickly and to a high standard despite setbacks.',
    lookingFor: 'Ownership, clear milestones, resilience when things went wrong, and a result delivered on time and to quality.',
  },
];
