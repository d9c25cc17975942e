import { FRAMEWORK_IDS } from '../frameworks';
import type { InterviewFramework } from './schema';

/**
 * Behaviour frameworks interviewers assess against (pmo-facts.md, "Interview frameworks to cite").
 * Names were checked on 2026-12-01 against the publishers' own pages; summaries are our words.
 */

export const INTERVIEW_FACTS_VERIFIED = '2026-12-01';

export const CIVIL_SERVICE_BEHAVIOURS_ID = 'civil-service-behaviours';

export const INTERVIEW_FRAMEWORKS: readonly InterviewFramework[] = [
  {
    id: CIVIL_SERVICE_BEHAVIOURS_ID,
    name: 'Civil Service Behaviours (Success Profiles)',
    publisher: 'UK Civil Service (GOV.UK)',
    usedFor:
      'UK Civil Service recruiters pick a few behaviours for a role and ask for a STAR example of each, in the application form and at interview, judged at the grade of the job.',
    behaviours: [
      { id: 'cs-seeing-the-big-picture', name: 'Seeing the Big Picture', summary: 'How your work serves the wider organisation and its priorities.' },
      { id: 'cs-changing-and-improving', name: 'Changing and Improving', summary: 'Finding better ways of working and helping others through change.' },
      { id: 'cs-making-effective-decisions', name: 'Making Effective Decisions', summary: 'Deciding from evidence, weighing options and risks.' },
      { id: 'cs-leadership', name: 'Leadership', summary: 'Setting a shared direction and bringing others with you, fairly.' },
      { id: 'cs-communicating-and-influencing', name: 'Communicating and Influencing', summary: 'Getting a message across and winning people round, with respect.' },
      { id: 'cs-working-together', name: 'Working Together', summary: 'Building working relationships and sharing information and support.' },
      { id: 'cs-developing-self-and-others', name: 'Developing Self and Others', summary: 'Learning continuously and helping others learn.' },
      { id: 'cs-managing-a-quality-service', name: 'Managing a Quality Service', summary: 'Delivering a service to a high standard for the people who use it.' },
      { id: 'cs-delivering-at-pace', name: 'Delivering at Pace', summary: 'Owning results and delivering them on time and to quality.' },
    ],
    sourceUrl: 'https://www.gov.uk/government/publications/success-profiles/success-profiles-civil-service-behaviours',
    lastVerified: INTERVIEW_FACTS_VERIFIED,
    // GOV.UK's page (updated 14 October 2024) and civil-service-careers.gov.uk both list these nine names.
    unverified: false,
    unverifiedNote: '',
  },
  {
    id: FRAMEWORK_IDS.pmiTalentTriangle,
    name: 'PMI Talent Triangle',
    publisher: 'PMI (Project Management Institute)',
    usedFor:
      "PMI's three groups of skills for project professionals; interviewers for PMI-minded PMOs probe all three. The app files a question's area under the closest side (our grouping, not PMI's).",
    behaviours: [
      { id: 'tt-ways-of-working', name: 'Ways of Working', summary: 'Methods and techniques for getting work done: predictive, agile, hybrid.' },
      { id: 'tt-power-skills', name: 'Power Skills', summary: 'Communicating, collaborating, negotiating and leading people.' },
      { id: 'tt-business-acumen', name: 'Business Acumen', summary: 'Seeing how projects serve the organisation’s strategy and results.' },
    ],
    sourceUrl: 'https://www.pmi.org/blog/pmi-talent-triangle-the-key-to-project-management-success',
    lastVerified: INTERVIEW_FACTS_VERIFIED,
    // PMI's own blog (26 March 2025) names the three sides as above.
    unverified: false,
    unverifiedNote: '',
  },
];

/** The Talent Triangle side closest to each of the app's areas: our grouping, said so in the UI. */
export const AREA_TALENT_TRIANGLE_SIDE = {
  business: 'tt-business-acumen',
  leadership: 'tt-power-skills',
  organisational: 'tt-ways-of-working',
} as const;

/** Every behaviour of every framework, by id. */
export const BEHAVIOURS_BY_ID = new Map(INTERVIEW_FRAMEWORKS.flatMap((f) => f.behaviours.map((b) => [b.id, { ...b, frameworkId: f.id, frameworkName: f.name }] as const)));
