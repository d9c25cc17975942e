import type { CompetencyArea, SkillLevel } from '../model/vocabulary';
import { FRAMEWORK_IDS as F, FRAMEWORKS } from './frameworks';
import type { FrameworkRef, SkillEntry } from './schemas';
import { LAST_VERIFIED } from './sources';

/**
 * The PMO skills framework: the seed's three competency areas, filled with the skills PMO job ads ask
 * for (pmo-facts.md, "Skills seen in PMO job ads") and the skills the seed's path advice names.
 * Descriptions are ours and deliberately plain; `frameworks` points at published frameworks that cover
 * the same ground, and the first of them supplies the entry's source link.
 * Ids are stable: plans store them as Skill.catalogId, so never rename one.
 */

interface SkillSeed {
  id: string;
  area: CompetencyArea;
  name: string;
  description: string;
  suggestedTargetLevel: SkillLevel;
  seenInJobAds: boolean;
  examples?: string[];
  frameworks: [FrameworkRef, ...FrameworkRef[]];
}

const ref = (frameworkId: string, element: string | null = null): FrameworkRef => ({ frameworkId, element });

function skill(seed: SkillSeed): SkillEntry {
  const first = FRAMEWORKS.find((f) => f.id === seed.frameworks[0].frameworkId);
  if (!first) throw new Error(`Skill ${seed.id} cites unknown framework ${seed.frameworks[0].frameworkId}.`);
  return {
    examples: [],
    ...seed,
    sourceUrl: first.sourceUrl,
    lastVerified: LAST_VERIFIED,
    unverified: false,
    unverifiedNote: '',
  };
}

export const SKILLS: readonly SkillEntry[] = [
  // Business skills
  skill({
    id: 'strategic-alignment',
    area: 'business',
    name: 'Aligning work with business strategy',
    description: "Showing how each project supports the organisation's strategy, and raising work that does not.",
    suggestedTargetLevel: 3,
    seenInJobAds: false,
    frameworks: [ref(F.pmiTalentTriangle, 'Business Acumen')],
  }),
  skill({
    id: 'portfolio-prioritisation',
    area: 'business',
    name: 'Portfolio prioritisation and portfolio-board support',
    description: 'Preparing what a portfolio board needs to rank, start, pause or stop work, and recording its decisions.',
    suggestedTargetLevel: 3,
    seenInJobAds: true,
    frameworks: [ref(F.p3m3, 'Organisational governance'), ref(F.pmiPmoGuide)],
  }),
  skill({
    id: 'budget-tracking',
    area: 'business',
    name: 'CAPEX and OPEX budget tracking',
    description: 'Tracking capital and operating spend against budget across projects and reporting the differences.',
    suggestedTargetLevel: 3,
    seenInJobAds: true,
    frameworks: [ref(F.p3m3, 'Financial')],
  }),
  skill({
    id: 'benefits-realisation',
    area: 'business',
    name: 'Benefits realisation',
    description: 'Agreeing the benefits a piece of work should bring and tracking whether they arrive after delivery.',
    suggestedTargetLevel: 3,
    seenInJobAds: true,
    frameworks: [ref(F.p3m3, 'Benefits')],
  }),

  // Leadership skills
  skill({
    id: 'stakeholder-management',
    area: 'leadership',
    name: 'Stakeholder management',
    description: 'Knowing who is affected by or can influence the work, keeping them informed and working through their concerns.',
    suggestedTargetLevel: 3,
    seenInJobAds: true,
    frameworks: [ref(F.p3m3, 'Stakeholder engagement'), ref(F.pmiTalentTriangle, 'Power Skills')],
  }),
  skill({
    id: 'people-leadership',
    area: 'leadership',
    name: 'Leading people',
    description: 'Guiding and supporting the people who do the work, not only the data about it.',
    suggestedTargetLevel: 3,
    seenInJobAds: false,
    frameworks: [ref(F.pmiTalentTriangle, 'Power Skills'), ref(F.apmCompetence)],
  }),
  skill({
    id: 'improvement-leadership',
    area: 'leadership',
    name: 'Proposing and leading improvements',
    description: 'Spotting where projects could be better supported, making the case for a change and seeing it through.',
    suggestedTargetLevel: 3,
    seenInJobAds: false,
    frameworks: [ref(F.pmiPmoGuide)],
  }),
  skill({
    id: 'lessons-learned',
    area: 'leadership',
    name: 'Lessons learned and post-project reviews',
    description: 'Running reviews after a project or stage and making sure what was learned reaches the next piece of work.',
    suggestedTargetLevel: 3,
    seenInJobAds: true,
    frameworks: [ref(F.pmiPmoGuide)],
  }),

  // Organisational skills
  skill({
    id: 'pmo-functions',
    area: 'organisational',
    name: 'What a PMO does',
    description: 'Knowing the services a PMO gives projects and the wider organisation, and the value it is expected to add.',
    suggestedTargetLevel: 3,
    seenInJobAds: false,
    frameworks: [ref(F.pmiPmoGuide, 'PMO Value Ring'), ref(F.sfiaProf), ref(F.apmCompetence, 'PMO Manager profile')],
  }),
  skill({
    id: 'project-fundamentals',
    area: 'organisational',
    name: 'Project management fundamentals',
    description: 'Planning, running and closing a piece of work as a project: scope, schedule, cost, risks and handover.',
    suggestedTargetLevel: 3,
    seenInJobAds: false,
    frameworks: [ref(F.pmiTalentTriangle, 'Ways of Working'), ref(F.ukGovProjectDelivery)],
  }),
  skill({
    id: 'governance-assurance',
    area: 'organisational',
    name: 'Governance and assurance',
    description: 'Making sure work follows the agreed approval and review steps, and checking independently that it is on track.',
    suggestedTargetLevel: 3,
    seenInJobAds: true,
    frameworks: [ref(F.p3m3, 'Organisational governance')],
  }),
  skill({
    id: 'raid-management',
    area: 'organisational',
    name: 'RAID logs (risks, assumptions, issues, dependencies)',
    description: 'Keeping risk, assumption, issue and dependency registers current, each item with an owner and an action.',
    suggestedTargetLevel: 3,
    seenInJobAds: true,
    frameworks: [ref(F.p3m3, 'Risk')],
  }),
  skill({
    id: 'resource-capacity',
    area: 'organisational',
    name: 'Resource and capacity allocation',
    description: 'Matching people and skills to work across projects and showing where demand is greater than capacity.',
    suggestedTargetLevel: 3,
    seenInJobAds: true,
    frameworks: [ref(F.p3m3, 'Resource management')],
  }),
  skill({
    id: 'status-reporting',
    area: 'organisational',
    name: 'Status reporting and KPI dashboards',
    description: 'Gathering progress from projects and presenting it as regular reports and key performance indicator dashboards.',
    suggestedTargetLevel: 3,
    seenInJobAds: true,
    examples: ['Power BI'],
    frameworks: [ref(F.p3m3, 'Management control')],
  }),
  skill({
    id: 'change-control',
    area: 'organisational',
    name: 'Change control',
    description: 'Recording, assessing and deciding on requested changes to scope, cost or time before they are made.',
    suggestedTargetLevel: 3,
    seenInJobAds: true,
    frameworks: [ref(F.p3m3, 'Management control')],
  }),
  skill({
    id: 'methods-templates',
    area: 'organisational',
    name: 'Methods and templates',
    description: 'Setting up and looking after the standard ways of working, templates and guidance that projects use.',
    suggestedTargetLevel: 3,
    seenInJobAds: true,
    frameworks: [ref(F.pmiPmoGuide), ref(F.sfiaProf)],
  }),
  skill({
    id: 'pmo-tools',
    area: 'organisational',
    name: 'PMO tools',
    description: 'Working confidently in the planning, tracking, collaboration and reporting tools PMOs use.',
    suggestedTargetLevel: 2,
    seenInJobAds: true,
    examples: ['MS Project', 'Jira', 'Smartsheet', 'SharePoint', 'Excel', 'PowerPoint'],
    frameworks: [ref(F.sfiaProf)],
  }),
];

/** Look a skill up by its stable id. */
export function findSkillEntry(id: string): SkillEntry | undefined {
  return SKILLS.find((entry) => entry.id === id);
}
