/**
 * The fixed vocabularies of the plan, with the words the UI shows for each value.
 * Values are stored; labels are British English and may change without a migration.
 */

export const COMPETENCY_AREAS = ['business', 'leadership', 'organisational'] as const;
export type CompetencyArea = (typeof COMPETENCY_AREAS)[number];
export const COMPETENCY_AREA_LABELS: Record<CompetencyArea, string> = {
  business: 'Business skills',
  leadership: 'Leadership skills',
  organisational: 'Organisational skills',
};

export const ENTRY_PATHS = ['project-manager', 'business-analyst', 'business-unit-leader', 'other'] as const;
export type EntryPath = (typeof ENTRY_PATHS)[number];
export const ENTRY_PATH_LABELS: Record<EntryPath, string> = {
  'project-manager': 'Project manager',
  'business-analyst': 'Business analyst',
  'business-unit-leader': 'Business-unit leader',
  other: 'Another route',
};

/** Our own five-step scale (0–4); each step is described so a person can place themselves. */
export const SKILL_LEVELS = [0, 1, 2, 3, 4] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];
export const SKILL_LEVEL_LABELS: Record<SkillLevel, { name: string; description: string }> = {
  0: { name: 'Not started', description: 'No experience of this yet.' },
  1: { name: 'Aware', description: 'Knows what it is and why a PMO needs it.' },
  2: { name: 'Practising', description: 'Has done it with guidance or on small pieces of work.' },
  3: { name: 'Proficient', description: 'Does it unaided and reliably on real projects.' },
  4: { name: 'Expert', description: 'Leads it, teaches others and improves how it is done.' },
};

export const CERTIFICATION_STATUSES = ['considering', 'planned', 'studying', 'exam-booked', 'passed', 'lapsed'] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];
export const CERTIFICATION_STATUS_LABELS: Record<CertificationStatus, string> = {
  considering: 'Considering',
  planned: 'Planned',
  studying: 'Studying',
  'exam-booked': 'Exam booked',
  passed: 'Passed',
  lapsed: 'Lapsed',
};

export const MILESTONE_KINDS = ['skill', 'certification', 'experience', 'achievement', 'other'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export const MILESTONE_KIND_LABELS: Record<MilestoneKind, string> = {
  skill: 'Skill',
  certification: 'Certification',
  experience: 'Experience (shadowing, internship)',
  achievement: 'Achievement',
  other: 'Other',
};

export const MILESTONE_STATUSES = ['todo', 'doing', 'done', 'dropped'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  todo: 'To do',
  doing: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/**
 * A milestone that stands for a plan item can follow it (schema v3): the app keeps its status (and, for
 * an exam, its due date) in step with the certifications it links. See ../model/following.ts.
 */
export const MILESTONE_FOLLOW_RULES = ['certification-chosen', 'certification-passed'] as const;
export type MilestoneFollowRule = (typeof MILESTONE_FOLLOW_RULES)[number];
export const MILESTONE_FOLLOW_RULE_LABELS: Record<MilestoneFollowRule, string> = {
  'certification-chosen': 'Done once it is past Considering',
  'certification-passed': 'Exam date; done when passed',
};

export const CV_PAGE_SIZES = ['A4', 'Letter'] as const;
export type CvPageSize = (typeof CV_PAGE_SIZES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;

/**
 * Which English the app spell-checks and exports write (schema v6): British (a "CV", 3 March 2026) or
 * American (a "résumé", March 3, 2026). The person's choice, else the computer's language.
 */
export const ENGLISH_VARIANTS = ['en-GB', 'en-US'] as const;
export type EnglishVariant = (typeof ENGLISH_VARIANTS)[number];
export const ENGLISH_VARIANT_LABELS: Record<EnglishVariant, string> = { 'en-GB': 'British English', 'en-US': 'American English' };
export type Theme = (typeof THEMES)[number];

/** Where an application for a saved job listing stands (schema v4). */
export const LISTING_STATUSES = ['interested', 'applied', 'interview', 'offer', 'rejected', 'withdrawn'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];
export const LISTING_STATUS_LABELS: Record<ListingStatus, string> = {
  interested: 'Interested',
  applied: 'Applied',
  interview: 'Interview',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** The plan collections a gap closed from a job listing can add to (schema v4). */
export const GAP_TARGET_COLLECTIONS = ['skills', 'certifications', 'milestones'] as const;
export type GapTargetCollection = (typeof GAP_TARGET_COLLECTIONS)[number];

/**
 * What an interview question probes (schema v5): the themes PMO interviews ask about (pmo-facts.md,
 * "Themes PMO interviews probe") plus those the story bank was asked for. `about` completes "No story
 * yet about …", so a gap is named in words.
 */
export const INTERVIEW_THEMES = [
  'governance',
  'prioritisation',
  'reporting',
  'risk',
  'resources',
  'conflict',
  'stakeholders',
  'influence',
  'change',
  'benefits',
  'value',
  'tools',
  'recovery',
  'pressure',
  'improvement',
] as const;
export type InterviewTheme = (typeof INTERVIEW_THEMES)[number];
export const INTERVIEW_THEME_LABELS: Record<InterviewTheme, { label: string; about: string }> = {
  governance: { label: 'Governance and standards', about: 'setting or upholding governance and standards' },
  prioritisation: { label: 'Prioritisation', about: 'prioritising work across a portfolio' },
  reporting: { label: 'Reporting and KPIs', about: 'status reporting and KPIs' },
  risk: { label: 'Risk and RAID', about: 'managing risks, issues and dependencies' },
  resources: { label: 'Resource conflicts', about: 'resolving resource conflicts between projects' },
  conflict: { label: 'Conflict', about: 'handling conflict between project managers' },
  stakeholders: { label: 'Senior stakeholders', about: 'influencing senior stakeholders' },
  influence: { label: 'Leading without authority', about: 'leading people you do not manage' },
  change: { label: 'Change control', about: 'controlling changes to scope, time or cost' },
  benefits: { label: 'Benefits realisation', about: 'tracking the benefits a project was meant to deliver' },
  value: { label: "Proving a PMO's value", about: "proving a PMO's value or raising its maturity" },
  tools: { label: 'Tools and templates', about: 'introducing tools or templates' },
  recovery: { label: 'A failing project', about: 'turning round a failing project' },
  pressure: { label: 'Delivering under pressure', about: 'delivering under pressure' },
  improvement: { label: 'Improving a process', about: 'improving a process' },
};

/** How a practice run chose its questions (schema v5). */
export const PRACTICE_SET_KINDS = ['random', 'weakest', 'listing', 'chosen'] as const;
export type PracticeSetKind = (typeof PRACTICE_SET_KINDS)[number];
export const PRACTICE_SET_KIND_LABELS: Record<PracticeSetKind, string> = {
  random: 'Random questions',
  weakest: 'My weakest themes',
  listing: 'Likely for a job listing',
  chosen: 'Questions I chose',
};

/** A self-rating after answering out loud: 1 needs work, 2 getting there, 3 ready. */
export const PRACTICE_RATINGS = [1, 2, 3] as const;
export type PracticeRating = (typeof PRACTICE_RATINGS)[number];
export const PRACTICE_RATING_LABELS: Record<PracticeRating, string> = {
  1: 'Needs work',
  2: 'Getting there',
  3: 'Ready',
};
