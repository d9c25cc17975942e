import type { CompetencyArea, EntryPath, MilestoneFollowRule, MilestoneKind, SkillLevel } from '../../model/vocabulary';

/**
 * The starter plans offered at first run, one per entry path, written from the seed's advice
 * (pmo-facts.md, "The seed's frame"): every path gets the shared steps (study job listings, pick a
 * certification, shadow a PMO, log demonstrable achievements) woven together with its own advice.
 *
 * Template keys are stable: a starter milestone's id is derived from its key, which is how re-running
 * the set-up knows what the plan already has. Never rename a key.
 */

export interface MilestoneTemplate {
  key: string;
  title: string;
  area: CompetencyArea | null;
  kind: MilestoneKind;
  /** Why this step matters, shown with the milestone. */
  notes: string;
  /** Catalog skill ids to link. */
  skillIds: readonly string[];
  /** Which of the path's suggested certifications to link: all, the first (the main one), or none. */
  certifications: 'all' | 'first' | 'none';
  /** Whether the milestone follows the certifications it links (see shared/model/following.ts). */
  follows?: MilestoneFollowRule;
}

export interface PathTemplate {
  /** The role most people on this route aim for first; the person can change it. */
  defaultTargetRole: string;
  /** Catalog skill ids, most relevant first; every path covers all three competency areas. */
  skillIds: readonly string[];
  /**
   * Where a person on this route usually starts (0–4), offered in set-up's "rate yourself" step for them
   * to adjust; skills not named start at 0. Our reading of the seed's route descriptions (pmo-facts.md,
   * "Path advice", and the set-up issue): a business-unit leader already leads people, allocates
   * resources and owns budgets; a project manager already runs projects; a business analyst already
   * works with data and processes. A suggestion, not a fact about anyone.
   */
  startingLevels: Readonly<Partial<Record<string, SkillLevel>>>;
  /** Catalog certification ids, the main suggestion first. */
  certificationIds: readonly string[];
  /** In the order they should be done; due dates are spread in this order. */
  milestones: readonly MilestoneTemplate[];
}

const common = {
  studyJobListings: {
    key: 'study-job-listings',
    title: 'Study PMO job listings and note the skills they ask for',
    area: null,
    kind: 'other',
    notes: 'Job listings show which skills and tools employers want. Compare them with your skills and adjust your targets.',
    skillIds: ['pmo-functions'],
    certifications: 'none',
  },
  chooseCertification: {
    key: 'choose-certification',
    title: 'Choose a certification to work towards',
    area: null,
    kind: 'certification',
    notes: 'Project and portfolio management certifications are one way to show you are suited to PMO work. Check current requirements with the issuing body.',
    skillIds: [],
    certifications: 'all',
    follows: 'certification-chosen',
  },
  shadowPmo: {
    key: 'shadow-pmo',
    title: 'Shadow the PMO at your current employer',
    area: 'organisational',
    kind: 'experience',
    notes: 'Shadowing or an internship with a PMO shows you are suited to the role and lets you see the work first hand.',
    skillIds: ['pmo-functions'],
    certifications: 'none',
  },
  sitExam: {
    key: 'sit-certification-exam',
    title: 'Sit the exam for your chosen certification',
    area: null,
    kind: 'certification',
    notes: 'Book the exam once you meet the prerequisites; the issuing body has the current format.',
    skillIds: [],
    certifications: 'first',
    follows: 'certification-passed',
  },
  logAchievements: {
    key: 'log-achievements',
    title: 'Write up demonstrable PMO achievements for interviews',
    area: null,
    kind: 'achievement',
    notes: 'Build pieces of PMO work into your current role, then record each one with what it achieved so you can talk about it at interview.',
    skillIds: [],
    certifications: 'none',
  },
} as const satisfies Record<string, MilestoneTemplate>;

const projectManager: PathTemplate = {
  defaultTargetRole: 'PMO Manager',
  skillIds: [
    'pmo-functions',
    'project-fundamentals',
    'strategic-alignment',
    'improvement-leadership',
    'status-reporting',
    'governance-assurance',
    'portfolio-prioritisation',
    'benefits-realisation',
    'resource-capacity',
    'stakeholder-management',
  ],
  startingLevels: {
    'project-fundamentals': 3,
    'stakeholder-management': 2,
    'status-reporting': 2,
    'governance-assurance': 1,
    'resource-capacity': 1,
    'pmo-functions': 1,
    'strategic-alignment': 1,
  },
  certificationIds: ['p3o-foundation', 'pmi-pmocp'],
  milestones: [
    common.studyJobListings,
    {
      key: 'pm-learn-pmo-support',
      title: 'Learn how the PMO supports your projects',
      area: 'organisational',
      kind: 'skill',
      notes: 'Find out what the PMO does for your projects today: reporting, governance, templates, resourcing.',
      skillIds: ['pmo-functions', 'status-reporting', 'governance-assurance'],
      certifications: 'none',
    },
    common.chooseCertification,
    {
      key: 'pm-align-with-strategy',
      title: 'Align your projects with business strategy',
      area: 'business',
      kind: 'skill',
      notes: "Show how each of your projects supports the organisation's goals, and raise any that do not.",
      skillIds: ['strategic-alignment', 'portfolio-prioritisation'],
      certifications: 'none',
    },
    common.shadowPmo,
    {
      key: 'pm-propose-improvement',
      title: 'Propose an improvement to how the PMO supports projects',
      area: 'leadership',
      kind: 'achievement',
      notes: 'A suggestion you made and saw through is a demonstrable achievement for a PMO interview.',
      skillIds: ['improvement-leadership'],
      certifications: 'none',
    },
    common.sitExam,
    common.logAchievements,
  ],
};

const businessAnalyst: PathTemplate = {
  defaultTargetRole: 'PMO Analyst',
  skillIds: [
    'project-fundamentals',
    'people-leadership',
    'stakeholder-management',
    'pmo-functions',
    'raid-management',
    'status-reporting',
    'methods-templates',
    'change-control',
    'strategic-alignment',
    'benefits-realisation',
  ],
  startingLevels: {
    'methods-templates': 2,
    'status-reporting': 2,
    'stakeholder-management': 2,
    'change-control': 1,
    'strategic-alignment': 1,
    'benefits-realisation': 1,
    'project-fundamentals': 1,
    'raid-management': 1,
  },
  certificationIds: ['capm', 'prince2-7-foundation'],
  milestones: [
    common.studyJobListings,
    {
      key: 'ba-build-project-skills',
      title: 'Build project skills by taking on project work',
      area: 'organisational',
      kind: 'skill',
      notes: 'Help plan and run a project: its schedule, its risks and issues, its reporting.',
      skillIds: ['project-fundamentals', 'raid-management'],
      certifications: 'none',
    },
    common.chooseCertification,
    {
      key: 'ba-data-to-people',
      title: 'Move from working with data to working with people',
      area: 'leadership',
      kind: 'skill',
      notes: 'Take on work where the outcome depends on people: stakeholder sessions, negotiation, agreeing priorities.',
      skillIds: ['stakeholder-management'],
      certifications: 'none',
    },
    common.shadowPmo,
    {
      key: 'ba-lead-people',
      title: 'Lead people on a piece of work',
      area: 'leadership',
      kind: 'experience',
      notes: 'PMO roles lead people as well as processes; leading a small team or workstream gives you examples to talk about.',
      skillIds: ['people-leadership'],
      certifications: 'none',
    },
    common.sitExam,
    common.logAchievements,
  ],
};

const businessUnitLeader: PathTemplate = {
  defaultTargetRole: 'Head of PMO',
  skillIds: [
    'pmo-functions',
    'project-fundamentals',
    'governance-assurance',
    'portfolio-prioritisation',
    'resource-capacity',
    'budget-tracking',
    'status-reporting',
    'people-leadership',
    'stakeholder-management',
  ],
  startingLevels: {
    'people-leadership': 3,
    'budget-tracking': 3,
    'resource-capacity': 2,
    'stakeholder-management': 2,
    'portfolio-prioritisation': 1,
    'governance-assurance': 1,
    'status-reporting': 1,
  },
  certificationIds: ['prince2-7-foundation', 'p3o-foundation'],
  milestones: [
    common.studyJobListings,
    {
      key: 'bul-learn-pmo-work',
      title: 'Learn what PMO work involves',
      area: 'organisational',
      kind: 'skill',
      notes: 'Reading what the PMO certifications cover is a good start.',
      skillIds: ['pmo-functions'],
      certifications: 'all',
    },
    common.chooseCertification,
    {
      key: 'bul-apply-project-principles',
      title: 'Apply project principles to a piece of work in your unit',
      area: 'organisational',
      kind: 'experience',
      notes: 'Run one piece of work as a project, with a plan, governance and regular reporting.',
      skillIds: ['project-fundamentals', 'governance-assurance'],
      certifications: 'none',
    },
    common.shadowPmo,
    common.sitExam,
    common.logAchievements,
  ],
};

const otherRoute: PathTemplate = {
  defaultTargetRole: 'PMO Officer',
  skillIds: [
    'pmo-functions',
    'project-fundamentals',
    'stakeholder-management',
    'status-reporting',
    'raid-management',
    'governance-assurance',
    'strategic-alignment',
  ],
  startingLevels: { 'stakeholder-management': 1 },
  certificationIds: ['p3o-foundation', 'prince2-7-foundation'],
  milestones: [common.studyJobListings, common.chooseCertification, common.shadowPmo, common.sitExam, common.logAchievements],
};

export const PATH_TEMPLATES: Record<EntryPath, PathTemplate> = {
  'project-manager': projectManager,
  'business-analyst': businessAnalyst,
  'business-unit-leader': businessUnitLeader,
  other: otherRoute,
};
