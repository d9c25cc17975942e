import type { CompetencyArea, InterviewTheme } from '../../model/vocabulary';
import { INTERVIEW_FACTS_VERIFIED } from './frameworks';
import type { QuestionEntry } from './schema';

/**
 * Questions the PMO Pathway team wrote, one or more per theme PMO interviews probe (pmo-facts.md,
 * "Themes PMO interviews probe", and the skills in "Skills seen in PMO job ads"). The wording is ours,
 * never an interview-guide site's. The first theme is the main one; `behaviours` names the Civil Service
 * behaviours (and at most one Talent Triangle side) a question clearly probes, and may be empty.
 */

type Meta = Omit<QuestionEntry, 'text' | 'lookingFor'>;

function team(id: string, area: CompetencyArea, themes: InterviewTheme[], behaviours: string[] = []): Meta {
  return { id, area, themes, behaviours, origin: 'team', lastVerified: INTERVIEW_FACTS_VERIFIED, unverified: false, unverifiedNote: '' };
}

export const TEAM_QUESTIONS: readonly QuestionEntry[] = [
  {
    ...team('q-governance-standards', 'organisational', ['governance'], ['cs-managing-a-quality-service']),
    text: 'Tell me about a time you introduced or upheld a project governance standard that project managers were reluctant to follow.',
    lookingFor: 'A specific standard, why it mattered, how you won compliance without simply policing it, and evidence that delivery improved.',
  },
  {
    ...team('q-stage-gate-decision', 'organisational', ['governance', 'risk'], ['cs-making-effective-decisions']),
    text: 'Describe a stage gate or approval point you designed or ran, and a time it stopped work that should not have gone ahead.',
    lookingFor: 'Clear entry criteria, the evidence you put in front of the decision-makers, and a decision that held up afterwards.',
  },
  {
    ...team('q-proportionate-governance', 'organisational', ['governance', 'improvement'], ['cs-changing-and-improving']),
    text: 'Give an example of when you made governance lighter because a process was slowing teams down more than it was protecting them.',
    lookingFor: 'Judgement about proportionate control: what you removed, what you kept, and how you checked nothing important slipped through.',
  },
  {
    ...team('q-governance-agile-and-waterfall', 'organisational', ['governance', 'reporting'], ['tt-ways-of-working']),
    text: 'How would you govern a portfolio that mixes agile and waterfall projects without forcing the agile teams through stage gates built for waterfall?',
    lookingFor: 'An understanding of hybrid delivery: shared decision points and reporting that suit both ways of working.',
  },
  {
    ...team('q-portfolio-board-papers', 'business', ['governance', 'reporting', 'stakeholders'], ['cs-seeing-the-big-picture']),
    text: 'Tell me about a time you prepared papers for a portfolio or programme board, and how you made sure the board reached a decision.',
    lookingFor: 'A clear, timely paper with options and a recommendation, and follow-through on the actions the board agreed.',
  },
  {
    ...team('q-choosing-between-projects', 'business', ['prioritisation', 'stakeholders'], ['cs-making-effective-decisions', 'tt-business-acumen']),
    text: 'Tell me about a time you helped leaders choose between competing projects when there was not enough money or people for all of them.',
    lookingFor: 'Criteria tied to strategy, how you made the trade-offs visible, and how you handled the sponsors whose projects lost out.',
  },
  {
    ...team('q-prioritisation-scoring-model', 'business', ['prioritisation', 'improvement'], ['tt-business-acumen']),
    text: 'Describe a prioritisation or scoring model you built or refined for a portfolio, and how you got people to trust what it told them.',
    lookingFor: 'Sensible weighted criteria agreed with stakeholders, tested on real projects and adjusted when the results looked wrong.',
  },
  {
    ...team('q-recommending-a-project-stop', 'business', ['prioritisation', 'benefits'], ['cs-making-effective-decisions']),
    text: 'Give an example of when you recommended pausing or stopping a project that its sponsor still strongly supported.',
    lookingFor: 'Reasoning from evidence, care and courage in how you raised it, and respect for the sponsor while the decision was made.',
  },
  {
    ...team('q-urgent-request-from-director', 'business', ['prioritisation', 'pressure', 'resources']),
    text: 'How would you handle an urgent new project from a director that needs people already committed to other priority work?',
    lookingFor: 'A calm process: assess the impact, show the trade-offs to the people who can decide, and never quietly overstretch the teams.',
  },
  {
    ...team('q-portfolio-status-reporting', 'organisational', ['reporting', 'tools'], ['cs-managing-a-quality-service']),
    text: 'How would you set up status reporting for a portfolio of 20 projects that currently all report in different formats?',
    lookingFor: 'A common minimum set of data, a realistic cadence, simple templates and a plan for getting project managers to submit on time.',
  },
  {
    ...team('q-green-status-challenged', 'organisational', ['reporting', 'risk'], ['cs-communicating-and-influencing']),
    text: 'Tell me about a time a project reported green when you suspected it was really amber or red. What did you do?',
    lookingFor: 'How you tested the claim against evidence, challenged the project manager constructively and got an honest status to the decision-makers.',
  },
  {
    ...team('q-kpi-dashboard-design', 'organisational', ['reporting', 'tools'], ['tt-ways-of-working']),
    text: 'Describe a dashboard or set of KPIs you built. How did you decide what to measure, and who actually used it?',
    lookingFor: 'Measures chosen for the decisions they support, clean data behind them, and evidence that people relied on the dashboard.',
  },
  {
    ...team('q-raid-log-kept-alive', 'organisational', ['risk', 'governance'], ['cs-managing-a-quality-service']),
    text: 'Tell me about a RAID log you ran or improved. How did you keep it current rather than a document nobody opened?',
    lookingFor: 'Clear owners, review built into regular meetings, and an example of an entry that led to real action.',
  },
  {
    ...team('q-cross-project-dependency', 'organisational', ['risk', 'resources'], ['cs-working-together']),
    text: 'Describe a dependency between two projects that threatened both of them, and how you made sure it was managed.',
    lookingFor: 'Spotting the dependency early, getting both teams to agree dates and owners, and tracking it until it was closed.',
  },
  {
    ...team('q-escalating-a-hidden-risk', 'leadership', ['risk', 'stakeholders'], ['cs-communicating-and-influencing']),
    text: 'Give an example of when you escalated a risk to senior management that a project manager would have preferred to keep quiet.',
    lookingFor: 'Judgement about when to escalate, care for the relationship with the project manager, and a clear, factual message upwards.',
  },
  {
    ...team('q-portfolio-risk-picture', 'business', ['risk', 'reporting'], ['cs-seeing-the-big-picture']),
    text: 'How would you give a portfolio board a view of risk across all its projects, rather than a long list of individual risks?',
    lookingFor: 'Grouping risks into themes, scoring them consistently, and focusing the board on risks to its strategic objectives.',
  },
  {
    ...team('q-shared-specialist-clash', 'organisational', ['resources', 'conflict'], ['cs-working-together']),
    text: 'Tell me about a time two projects needed the same specialist at the same time. How was the clash resolved?',
    lookingFor: 'Facts about the impact on each project, the right people making the call, and a resolution both project managers could accept.',
  },
  {
    ...team('q-capacity-planning', 'organisational', ['resources', 'prioritisation'], ['tt-ways-of-working']),
    text: 'Describe how you have tracked capacity across a team or portfolio, and a decision that your capacity data changed.',
    lookingFor: 'A practical method, honesty about the limits of the data, and an example where it shaped which work was approved.',
  },
  {
    ...team('q-overcommitted-team', 'leadership', ['resources', 'pressure'], ['cs-leadership']),
    text: 'Give an example of when you noticed a team was overcommitted across several projects. What did you do about it?',
    lookingFor: 'Spotting the signs early, raising it with evidence, and protecting people while keeping delivery on track.',
  },
  {
    ...team('q-budget-variance-spotted', 'business', ['resources', 'reporting'], ['tt-business-acumen']),
    text: 'Tell me about a time you tracked project or portfolio spend and spotted an overspend or underspend early. What happened next?',
    lookingFor: 'Regular checks of actuals against forecast, an understanding of capital and operating costs, and action in time to protect the budget.',
  },
  {
    ...team('q-conflict-between-pms', 'leadership', ['conflict', 'influence'], ['cs-working-together']),
    text: 'Tell me about a time two project managers were in conflict over priorities or resources. How did you help them resolve it?',
    lookingFor: 'A specific conflict, what you did yourself to bring the two sides to a decision, and what changed afterwards.',
  },
  {
    ...team('q-pm-resisting-pmo-process', 'leadership', ['conflict', 'governance', 'influence'], ['cs-communicating-and-influencing']),
    text: 'Describe a time a project manager openly resisted a PMO process. How did you respond?',
    lookingFor: 'Listening to the objection, separating fair points from habit, and reaching an agreement that kept the purpose of the standard.',
  },
  {
    ...team('q-disagreeing-with-a-sponsor', 'leadership', ['conflict', 'stakeholders'], ['tt-power-skills']),
    text: 'Give an example of when you disagreed with a senior sponsor about a project decision. How did you handle it?',
    lookingFor: 'Respectful challenge grounded in evidence, knowing when to accept the decision, and a relationship left intact.',
  },
  {
    ...team('q-changing-a-senior-mind', 'leadership', ['stakeholders', 'influence'], ['cs-communicating-and-influencing', 'tt-power-skills']),
    text: 'Tell me about a time you persuaded a senior stakeholder to change their mind about a project or portfolio decision.',
    lookingFor: 'Understanding what the stakeholder cared about, making the case in their terms, and the outcome it led to.',
  },
  {
    ...team('q-mapping-stakeholders-new-pmo', 'business', ['stakeholders', 'value'], ['cs-seeing-the-big-picture']),
    text: "On joining a new organisation's PMO, how would you work out which senior stakeholders matter most and what each needs from you?",
    lookingFor: "A deliberate way of mapping influence and interest, early conversations, and shaping the PMO's service to each stakeholder.",
  },
  {
    ...team('q-bad-news-to-senior-leader', 'leadership', ['stakeholders', 'recovery'], ['cs-communicating-and-influencing']),
    text: 'Describe a time you had to give bad news about a project to a senior leader who did not want to hear it.',
    lookingFor: 'Preparation, an early and clear message with options, and composure when the reaction was difficult.',
  },
  {
    ...team('q-disengaged-sponsor', 'leadership', ['stakeholders', 'governance'], ['tt-power-skills']),
    text: 'Give an example of when a project sponsor was disengaged. What did you do to get the decisions the project needed?',
    lookingFor: 'Making it easy for the sponsor to engage, using governance routes properly, and getting decisions without going around them.',
  },
  {
    ...team('q-leading-without-authority', 'leadership', ['influence', 'improvement'], ['cs-leadership']),
    text: 'Tell me about a time you got project managers who did not report to you to adopt a new way of working.',
    lookingFor: 'Influence through credibility and help rather than authority, winning early adopters over and showing the benefit.',
  },
  {
    ...team('q-late-status-reports', 'leadership', ['influence', 'reporting'], ['cs-communicating-and-influencing']),
    text: 'Project managers keep sending their monthly reports late. How would you fix that when none of them reports to you?',
    lookingFor: 'Finding out why reports are late, making them easier to complete, and using visibility and sponsor support sensibly.',
  },
  {
    ...team('q-pmo-seen-as-overhead', 'leadership', ['influence', 'value'], ['cs-working-together']),
    text: 'Describe how you built credibility with delivery teams who saw the PMO as overhead rather than help.',
    lookingFor: 'Practical support that saved teams time, consistent follow-through, and evidence that their view of the PMO changed.',
  },
  {
    ...team('q-change-control-process', 'organisational', ['change', 'governance'], ['cs-managing-a-quality-service']),
    text: 'Tell me about a change control process you ran. How did you stop scope creeping in through the back door?',
    lookingFor: 'A clear route for requests, impact assessment on time, cost and scope, and firmness when people tried to bypass it.',
  },
  {
    ...team('q-late-change-request', 'organisational', ['change', 'risk'], ['cs-making-effective-decisions']),
    text: 'Describe a time a late change request arrived on a project. How did you assess its impact, and who made the decision?',
    lookingFor: 'A structured impact assessment, the right person deciding, and a clear record of what was agreed.',
  },
  {
    ...team('q-pushing-back-on-change', 'leadership', ['change', 'stakeholders'], ['tt-power-skills']),
    text: 'Give an example of when you had to push back on a senior stakeholder who wanted a change made straight away, outside the agreed process.',
    lookingFor: 'Explaining the consequences in their terms, offering options rather than a flat no, and keeping the relationship.',
  },
  {
    ...team('q-benefits-after-closure', 'business', ['benefits', 'reporting'], ['tt-business-acumen']),
    text: 'Tell me about a time you tracked whether a project delivered the benefits in its business case after the project had closed.',
    lookingFor: 'Baselines and owners for each benefit, measurement after handover, and what was done when benefits fell short.',
  },
  {
    ...team('q-challenging-vague-benefits', 'business', ['benefits', 'governance'], ['cs-making-effective-decisions']),
    text: 'Describe a time you challenged a business case whose benefits were vague or overstated.',
    lookingFor: 'Asking for measurable benefits with named owners, doing so constructively, and a stronger case as the result.',
  },
  {
    ...team('q-benefit-owners-in-business', 'business', ['benefits', 'influence'], ['cs-seeing-the-big-picture']),
    text: 'How would you get business managers to take ownership of benefits once the project team has moved on?',
    lookingFor: "Naming benefit owners early, keeping measurement simple, and tying benefits to the business's own targets.",
  },
  {
    ...team('q-proving-pmo-value', 'business', ['value', 'reporting', 'stakeholders'], ['tt-business-acumen']),
    text: 'How would you show a sceptical director what the PMO is worth?',
    lookingFor: 'Measures that matter to that director, such as delivery predictability or money saved, and honesty about where the PMO costs time.',
  },
  {
    ...team('q-pmo-maturity-assessment', 'organisational', ['value', 'improvement'], ['cs-changing-and-improving']),
    text: 'Tell me about a time you assessed the maturity of a PMO or delivery practice, for example against P3M3, and what you did with the results.',
    lookingFor: 'A structured assessment, honest findings, and a realistic improvement roadmap that was acted on.',
  },
  {
    ...team('q-pmo-budget-cut', 'business', ['value', 'prioritisation'], ['cs-making-effective-decisions']),
    text: "Imagine the PMO's budget is cut by a third. What would you keep, what would you stop, and how would you decide?",
    lookingFor: 'Knowing which PMO services people value most, evidence behind the choice, and a plan for managing the reduction.',
  },
  {
    ...team('q-setting-up-a-pmo', 'organisational', ['value', 'governance', 'tools'], ['cs-seeing-the-big-picture']),
    text: 'If you were setting up a PMO from scratch, what would you do in your first three months?',
    lookingFor: 'Listening first, quick wins that earn trust, and a phased plan rather than a big-bang roll-out of processes.',
  },
  {
    ...team('q-introducing-a-ppm-tool', 'organisational', ['tools', 'improvement', 'influence'], ['cs-changing-and-improving']),
    text: 'Tell me about a time you introduced a tool such as Jira, Smartsheet or MS Project to teams who were used to their own spreadsheets.',
    lookingFor: 'Choosing the tool for the need, piloting it, supporting people through the switch, and measuring adoption.',
  },
  {
    ...team('q-template-people-use', 'organisational', ['tools', 'governance'], ['cs-managing-a-quality-service']),
    text: 'Describe a template you created or improved for project managers. How did you make sure people actually used it?',
    lookingFor: "A template that meets a clear need, is as short as it can be, and was refined from its users' feedback.",
  },
  {
    ...team('q-automating-a-report', 'organisational', ['tools', 'reporting', 'improvement'], ['tt-ways-of-working']),
    text: 'Give an example of when you automated a report, for instance with Power BI or Excel. What did it save?',
    lookingFor: 'A practical technical approach, attention to data quality at the source, and the time or errors it saved.',
  },
  {
    ...team('q-sharepoint-document-control', 'organisational', ['tools', 'governance']),
    text: "How would you organise a PMO's SharePoint site so that project documents are easy to find and the latest version is always clear?",
    lookingFor: 'A simple structure, naming and version rules, sensible permissions, and a way of keeping it tidy over time.',
  },
  {
    ...team('q-failing-project', 'leadership', ['recovery', 'risk'], ['cs-delivering-at-pace']),
    text: 'Tell me about a project you were involved in that was failing. What did you do to bring it back on track?',
    lookingFor: 'An honest diagnosis of what had gone wrong, the specific actions you took, and the result and lessons learned.',
  },
  {
    ...team('q-early-warning-signs', 'organisational', ['recovery', 'reporting', 'risk'], ['cs-seeing-the-big-picture']),
    text: 'What early warning signs would tell you a project in the portfolio is heading for trouble, and what would you do first?',
    lookingFor: 'Leading indicators beyond the RAG status, such as slipping milestones or decisions not made, and a proportionate first response.',
  },
  {
    ...team('q-troubled-project-health-check', 'organisational', ['recovery', 'governance'], ['cs-managing-a-quality-service']),
    text: 'Describe a health check or independent review you carried out on a troubled project. What did you find, and what changed?',
    lookingFor: 'A structured review, findings backed by evidence, and recommendations that the project actually adopted.',
  },
  {
    ...team('q-board-pack-at-short-notice', 'organisational', ['pressure', 'reporting'], ['cs-delivering-at-pace']),
    text: 'Tell me about a time you had to produce an important report or board pack at very short notice.',
    lookingFor: 'Prioritising what matters, getting the right inputs quickly, and keeping the accuracy senior readers rely on.',
  },
  {
    ...team('q-several-urgent-demands', 'leadership', ['pressure', 'prioritisation', 'stakeholders'], ['cs-delivering-at-pace']),
    text: 'Describe a week when several senior people wanted urgent work from you at once. How did you decide what came first?',
    lookingFor: 'Clarifying the real deadlines and impact, being open with the requesters about trade-offs, and delivering what you promised.',
  },
  {
    ...team('q-fixed-go-live-date', 'business', ['pressure', 'change', 'risk'], ['cs-delivering-at-pace']),
    text: 'Give an example of a project with a go-live date that could not move. What did you do to help it land on time?',
    lookingFor: 'Active control of scope and risk, quick decisions, and honesty about what could and could not be delivered by the date.',
  },
  {
    ...team('q-process-improvement', 'organisational', ['improvement'], ['cs-changing-and-improving']),
    text: 'Tell me about a PMO or project process you improved. How did you know the change had worked?',
    lookingFor: 'A problem grounded in evidence, a change tested with the people affected, and a measured before-and-after result.',
  },
  {
    ...team('q-lessons-learned-applied', 'organisational', ['improvement', 'recovery'], ['cs-developing-self-and-others']),
    text: 'Give an example of lessons from one project being used to improve another. What was your part in making that happen?',
    lookingFor: 'Lessons captured in a usable form and applied to later work, not filed and forgotten.',
  },
];
