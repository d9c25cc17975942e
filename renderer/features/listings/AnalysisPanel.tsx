import { certificationDisplayName } from '../../../shared/catalog/certifications';
import { ASK_GROUP_LABELS, ASK_GROUPS, gapActions, type GapAction, type GradedAsk } from '../../../shared/listings';
import type { Listing, Plan } from '../../../shared/model';
import { AskRow } from './AskRow';
import { OtherTerms } from './OtherTerms';
import type { ListingComparison } from './useListingAnalysis';

interface AnalysisPanelProps {
  comparison: ListingComparison;
  plan: Plan;
  stored: Listing | undefined;
  readOnly: boolean;
  onAct(graded: GradedAsk, action: GapAction): void;
}

/** What the listing asks for, grouped, each graded against the plan, with the summary in words on top. */
export function AnalysisPanel({ comparison, plan, stored, readOnly, onAct }: AnalysisPanelProps) {
  const { analysis, graded, summary } = comparison;
  const addedFor = (key: string) =>
    (stored?.closedGaps ?? [])
      .filter((gap) => gap.termId === key)
      .map((gap) => describeAdded(plan, gap.collection, gap.itemId))
      .filter((words): words is string => words !== null);
  return (
    <section className="listing-analysis" aria-labelledby="listing-analysis-heading">
      <h2 id="listing-analysis-heading">What it asks for</h2>
      {analysis.problem && (
        <p className={`listing-problem ${analysis.problem.blocksSaving ? 'problem-blocking' : ''}`} role="status">
          {analysis.problem.message}
        </p>
      )}
      {graded.length > 0 && (
        <div className="listing-summary" role="status">
          <p className="summary-headline">{summary.headline}</p>
          {summary.essentials && <p>{summary.essentials}</p>}
          {summary.toCheck && <p className="meta">{summary.toCheck}</p>}
        </div>
      )}
      {ASK_GROUPS.map((group) => {
        const items = graded.filter((g) => g.ask.group === group);
        if (items.length === 0) return null;
        return (
          <section key={group} className="ask-group" aria-label={ASK_GROUP_LABELS[group]}>
            <h3>{ASK_GROUP_LABELS[group]}</h3>
            <ul className="asks">
              {items.map((item) => (
                <AskRow key={item.ask.key} graded={item} actions={gapActions(item, plan)} added={addedFor(item.ask.key)} disabled={readOnly} onAct={(action) => onAct(item, action)} />
              ))}
            </ul>
          </section>
        );
      })}
      <OtherTerms terms={analysis.otherTerms} plan={plan} readOnly={readOnly} />
    </section>
  );
}

function describeAdded(plan: Plan, collection: 'skills' | 'certifications' | 'milestones', id: string): string | null {
  if (collection === 'skills') {
    const skill = plan.skills.find((s) => s.id === id);
    return skill ? `the skill “${skill.name}”` : null;
  }
  if (collection === 'milestones') {
    const milestone = plan.milestones.find((m) => m.id === id);
    return milestone ? `the milestone “${milestone.title}”` : null;
  }
  const certification = plan.certifications.find((c) => c.id === id);
  return certification ? `the certification “${certificationDisplayName(certification)}”` : null;
}
