import { findSkillEntry } from '../skills';
import { LAST_VERIFIED } from '../sources';
import { term, type TermInput } from './build';
import type { VocabularyTerm } from './schema';

/**
 * How PMO adverts name the PMO skills in our catalog. The skills are those pmo-facts.md lists under
 * "Skills seen in PMO job ads", with the wording from its "Job-listing vocabulary" (RAID = risks,
 * assumptions or actions, issues, dependencies or decisions); each maps to the catalog skill a person's
 * skill must come from to claim it, and takes that skill's area and source link.
 *
 * The matcher folds plurals and inflections (Porter stemmer) and British/American spelling, so only real
 * wording variants are listed. Some words need context: "prioritisation", "standards", "forecasting"
 * and "scheduling" are everyday advert words ("excellent prioritisation skills", "high standards",
 * "scheduling meetings"), so they count only near a word that shows the PMO skill is meant. Words every
 * PMO advert uses ("PMO", "reporting", plain "change management", which usually means organisational
 * change) are deliberately left out.
 *
 * Skills the catalog does not mark as seen in job ads (strategic alignment, people leadership,
 * improvement, PMO functions, project fundamentals) still get terms, flagged as unverified: their
 * wording is ours, not taken from the adverts.
 */

const NOT_SEEN_IN_ADS_NOTE =
  'pmo-facts.md does not list this skill among those seen in PMO job ads: the advert wording is ours, not taken from the sample of adverts.';

type SkillSeed = Pick<TermInput, 'id' | 'label' | 'aliases' | 'suggestedMilestone'> & { skill: string };

function skillTerm(seed: SkillSeed): VocabularyTerm {
  const { skill, ...rest } = seed;
  const entry = findSkillEntry(skill);
  if (!entry) throw new Error(`Vocabulary term ${seed.id} names unknown catalog skill ${skill}.`);
  return term({
    ...rest,
    kind: 'skill',
    catalogSkillId: entry.id,
    catalogCertificationIds: [],
    issuingBody: '',
    area: entry.area,
    sourceUrl: entry.sourceUrl,
    lastVerified: LAST_VERIFIED,
    unverified: !entry.seenInJobAds,
    unverifiedNote: entry.seenInJobAds ? '' : NOT_SEEN_IN_ADS_NOTE,
  });
}

export const SKILL_TERMS: readonly VocabularyTerm[] = [
  // Seen in PMO job ads (pmo-facts.md)
  skillTerm({
    id: 'skill-governance',
    skill: 'governance-assurance',
    label: 'Governance and assurance',
    aliases: [
      'governance',
      'project governance',
      { text: 'assurance', notNearby: ['quality'] },
      'project assurance',
      'gateway reviews',
      'stage gates',
      'health checks',
    ],
    suggestedMilestone: "Map your organisation's project approval steps and sit in on one stage-gate review",
  }),
  skillTerm({
    id: 'skill-raid',
    skill: 'raid-management',
    label: 'RAID and risk management',
    aliases: [
      { text: 'RAID', exactCase: true, notNearby: ['storage', 'disk'] },
      'RAID log',
      'risks, assumptions, issues and dependencies',
      'risks, actions, issues and decisions',
      'risk management',
      'issue management',
      'risk and issue management',
      'risk register',
      'issue register',
      'risk and issue register',
      'issue log',
    ],
    suggestedMilestone: 'Set up a RAID log for one project and review it each week with the project manager',
  }),
  skillTerm({
    id: 'skill-status-reporting',
    skill: 'status-reporting',
    label: 'Status reporting and KPI dashboards',
    aliases: ['status reporting', 'progress reporting', 'highlight reports', 'KPI', 'KPI dashboards', 'dashboards'],
    suggestedMilestone: 'Produce a monthly status report with KPIs for one project or team',
  }),
  skillTerm({
    id: 'skill-resource-capacity',
    skill: 'resource-capacity',
    label: 'Resource and capacity management',
    aliases: [
      'resource management',
      'capacity management',
      'resource and capacity management',
      'resource planning',
      'capacity planning',
      'resource allocation',
      'resource and capacity allocation',
    ],
    suggestedMilestone: "Build a resource plan showing demand against capacity across your team's projects",
  }),
  skillTerm({
    id: 'skill-budget',
    skill: 'budget-tracking',
    label: 'Budget and financial tracking',
    aliases: [
      'budget tracking',
      'budget management',
      'cost tracking',
      'financial tracking',
      'financial management',
      'CAPEX',
      'OPEX',
      { text: 'forecasting', needsNearby: ['budget', 'financial', 'finance', 'cost', 'spend', 'CAPEX', 'OPEX'] },
    ],
    suggestedMilestone: "Track one project's CAPEX and OPEX against budget for a quarter and report the differences",
  }),
  skillTerm({
    id: 'skill-portfolio-prioritisation',
    skill: 'portfolio-prioritisation',
    label: 'Portfolio prioritisation',
    aliases: [
      'portfolio prioritisation',
      { text: 'prioritisation', needsNearby: ['portfolio', 'project', 'programme', 'program', 'investment'] },
      'portfolio management',
      'portfolio board',
    ],
    suggestedMilestone: 'Help prepare the papers for one portfolio board meeting and record its decisions',
  }),
  skillTerm({
    id: 'skill-benefits',
    skill: 'benefits-realisation',
    label: 'Benefits realisation',
    aliases: ['benefits realisation', 'benefits management', 'benefits tracking'],
    suggestedMilestone: 'Agree the benefits one project should bring and set up a way to track them after delivery',
  }),
  skillTerm({
    id: 'skill-change-control',
    skill: 'change-control',
    label: 'Change control',
    aliases: ['change control', 'change requests'],
    suggestedMilestone: 'Run the change log for one project: record, assess and get a decision on each change request',
  }),
  skillTerm({
    id: 'skill-stakeholders',
    skill: 'stakeholder-management',
    label: 'Stakeholder management',
    aliases: ['stakeholder management', 'stakeholder engagement', 'senior stakeholders', 'stakeholders'],
    suggestedMilestone: 'Draw a stakeholder map for one project and agree how each group will be kept informed',
  }),
  skillTerm({
    id: 'skill-methods-templates',
    skill: 'methods-templates',
    label: 'Methods and templates',
    aliases: [
      'methods and templates',
      'methodology',
      'project methodology',
      'templates',
      { text: 'standards', needsNearby: ['project', 'programme', 'program', 'delivery', 'methods', 'methodology', 'templates', 'governance'] },
      'ways of working',
    ],
    suggestedMilestone: 'Write or improve one project template and get a project team using it',
  }),
  skillTerm({
    id: 'skill-lessons-learned',
    skill: 'lessons-learned',
    label: 'Lessons learned',
    aliases: ['lessons learned', 'lessons learnt', 'post-project reviews', 'post-implementation reviews', 'retrospectives'],
    suggestedMilestone: 'Run a lessons-learned review at the end of a project or stage and share the actions',
  }),

  // In the catalog, but not recorded in the sample of job ads
  skillTerm({
    id: 'skill-strategic-alignment',
    skill: 'strategic-alignment',
    label: 'Strategic alignment',
    aliases: ['strategic alignment', 'strategic objectives', 'business strategy'],
    suggestedMilestone: "Show how each of your team's projects supports an objective in the business strategy",
  }),
  skillTerm({
    id: 'skill-people-leadership',
    skill: 'people-leadership',
    label: 'People leadership',
    aliases: ['line management', 'people management', 'team leadership'],
    suggestedMilestone: 'Lead a small team, or mentor a colleague, through one piece of work',
  }),
  skillTerm({
    id: 'skill-improvement',
    skill: 'improvement-leadership',
    label: 'Continuous improvement',
    aliases: ['continuous improvement', 'process improvement'],
    suggestedMilestone: 'Propose one improvement to how projects are supported and see it through',
  }),
  skillTerm({
    id: 'skill-pmo-functions',
    skill: 'pmo-functions',
    label: 'PMO set-up and maturity',
    // Never plain "PMO" or "project management office": every PMO advert says it.
    aliases: ['PMO set-up', 'PMO maturity', 'PMO services', 'P3M3'],
    suggestedMilestone: "Shadow your organisation's PMO and list the services it gives projects",
  }),
  skillTerm({
    id: 'skill-project-fundamentals',
    skill: 'project-fundamentals',
    label: 'Project planning and delivery',
    aliases: [
      // "Project Management Office" is the PMO itself, not the skill.
      { text: 'project management', notFollowedBy: ['office', 'offices'] },
      'project planning',
      'project scheduling',
      'planning and scheduling',
      { text: 'scheduling', notFollowedBy: ['meetings', 'interviews'], notNearby: ['diary'] },
    ],
    suggestedMilestone: 'Plan and run one piece of work as a project, from scope to handover',
  }),
];
