import { LAST_VERIFIED } from '../sources';
import { term, type TermInput } from './build';
import type { VocabularyTerm } from './schema';

/**
 * The tools PMO adverts ask for. The list comes from pmo-facts.md: "Skills seen in PMO job ads" (MS
 * Project, Jira, Smartsheet, SharePoint, Excel, PowerPoint) and "Job-listing vocabulary" (PPM tools
 * Planview, Clarity (Broadcom), Microsoft Project / Project Online, Smartsheet, Jira, Monday.com,
 * ServiceNow SPM; reporting in Power BI, Excel, PowerPoint, SharePoint), gathered on LAST_VERIFIED.
 * Each links to its vendor's home page.
 *
 * Some tool names are ordinary words and need context: "Excel" only with a capital and not as the verb
 * ("Excel at", "excel in"); "Clarity" only with a capital and near a word that shows the PPM tool is
 * meant ("clarity of thought" is not a tool).
 */

type ToolSeed = Pick<TermInput, 'id' | 'label' | 'aliases' | 'suggestedMilestone' | 'sourceUrl'>;

function tool(seed: ToolSeed): VocabularyTerm {
  return term({
    ...seed,
    kind: 'tool',
    catalogSkillId: null,
    catalogCertificationIds: [],
    issuingBody: '',
    area: 'organisational',
    lastVerified: LAST_VERIFIED,
    unverified: false,
    unverifiedNote: '',
  });
}

const MICROSOFT = 'https://www.microsoft.com/';

export const TOOL_TERMS: readonly VocabularyTerm[] = [
  // Planning and portfolio (PPM) tools
  tool({
    id: 'tool-ms-project',
    label: 'MS Project',
    aliases: ['MS Project', 'Microsoft Project', 'MSProject', 'Project Online'],
    sourceUrl: MICROSOFT,
    suggestedMilestone: 'Plan one piece of work in MS Project end to end, from tasks to a baseline you track against',
  }),
  tool({
    id: 'tool-jira',
    label: 'Jira',
    aliases: ['Jira'],
    sourceUrl: 'https://www.atlassian.com/software/jira',
    suggestedMilestone: "Track one team's work in Jira for a month and report its progress from the board",
  }),
  tool({
    id: 'tool-smartsheet',
    label: 'Smartsheet',
    aliases: ['Smartsheet'],
    sourceUrl: 'https://www.smartsheet.com/',
    suggestedMilestone: 'Build a project tracker in Smartsheet and use it for one piece of work',
  }),
  tool({
    id: 'tool-planview',
    label: 'Planview',
    aliases: ['Planview'],
    sourceUrl: 'https://www.planview.com/',
    suggestedMilestone: "Get access to your organisation's Planview and keep one project's plan and status up to date in it",
  }),
  tool({
    id: 'tool-clarity',
    label: 'Clarity PPM',
    aliases: [
      'Clarity PPM',
      'Broadcom Clarity',
      { text: 'Clarity', exactCase: true, needsNearby: ['PPM', 'Planview', 'Broadcom', 'tool', 'Jira', 'Smartsheet', 'MS Project'] },
    ],
    sourceUrl: 'https://www.broadcom.com/',
    suggestedMilestone: "Get access to your organisation's Clarity PPM and keep one project's plan and status up to date in it",
  }),
  tool({
    id: 'tool-monday',
    label: 'Monday.com',
    aliases: ['Monday.com'],
    sourceUrl: 'https://monday.com/',
    suggestedMilestone: 'Set up a board in Monday.com and run one piece of work from it',
  }),
  tool({
    id: 'tool-servicenow-spm',
    label: 'ServiceNow SPM',
    aliases: ['ServiceNow SPM', 'ServiceNow'],
    sourceUrl: 'https://www.servicenow.com/',
    suggestedMilestone: "Get access to your organisation's ServiceNow SPM and follow one project through it",
  }),

  // Reporting and collaboration tools
  tool({
    id: 'tool-power-bi',
    label: 'Power BI',
    aliases: ['Power BI', 'PowerBI'],
    sourceUrl: MICROSOFT,
    suggestedMilestone: "Get hands-on with Power BI: build a KPI dashboard for your team's projects",
  }),
  tool({
    id: 'tool-excel',
    label: 'Excel',
    aliases: [{ text: 'Excel', exactCase: true, notFollowedBy: ['at', 'in'] }, { text: 'EXCEL', exactCase: true, notFollowedBy: ['at', 'in'] }, 'Microsoft Excel', 'MS Excel'],
    sourceUrl: MICROSOFT,
    suggestedMilestone: 'Build a budget tracker in Excel with pivot tables and charts for one project',
  }),
  tool({
    id: 'tool-powerpoint',
    label: 'PowerPoint',
    aliases: ['PowerPoint', 'Power Point'],
    sourceUrl: MICROSOFT,
    suggestedMilestone: 'Turn one month of status reports into a short PowerPoint pack for a steering meeting',
  }),
  tool({
    id: 'tool-sharepoint',
    label: 'SharePoint',
    aliases: ['SharePoint'],
    sourceUrl: MICROSOFT,
    suggestedMilestone: "Set up a SharePoint site for one project's documents, RAID log and reports",
  }),
];
