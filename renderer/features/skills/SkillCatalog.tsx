import { FRAMEWORKS, type SkillEntry } from '../../../shared/catalog';
import { COMPETENCY_AREAS, COMPETENCY_AREA_LABELS, SKILL_LEVEL_LABELS } from '../../../shared/model';
import { newId } from '../../lib/ids';
import { useAppStore } from '../../store';
import { CatalogSource } from './CatalogSource';
import { skillFromCatalog } from './skill-view';

/** "P3M3 maturity model (Risk)": which published framework covers the skill, and where in it. */
function frameworkWords(entry: SkillEntry): string {
  return entry.frameworks
    .map((ref) => {
      const name = FRAMEWORKS.find((f) => f.id === ref.frameworkId)?.name ?? ref.frameworkId;
      return ref.element ? `${name} (${ref.element})` : name;
    })
    .join('; ');
}

/**
 * The PMO skills framework entries not yet in the plan, one click (or Enter) each to add, or all at
 * once as a single undoable change. Each shows where it comes from and when that was checked.
 */
export function SkillCatalog({ entries, readOnly }: { entries: readonly SkillEntry[]; readOnly: boolean }) {
  const applyChange = useAppStore((state) => state.applyChange);
  const add = (entry: SkillEntry) => void applyChange({ type: 'skill.put', item: skillFromCatalog(newId(), entry) }, { label: 'Add framework skill' });
  const addAll = () =>
    void applyChange({ type: 'batch', changes: entries.map((entry) => ({ type: 'skill.put' as const, item: skillFromCatalog(newId(), entry) })) }, { label: 'Add framework skills' });

  return (
    <section className="panel skill-catalog" aria-labelledby="skill-catalog-heading">
      <header className="catalog-header">
        <div>
          <h2 id="skill-catalog-heading">Add from the PMO skills framework</h2>
          <p className="meta">Skills PMO job ads and published frameworks ask for. Added skills start at level 0 with the suggested target; change either at any time.</p>
        </div>
        {entries.length > 1 && (
          <button type="button" className="secondary" disabled={readOnly} onClick={addAll}>
            Add all {entries.length}
          </button>
        )}
      </header>
      {entries.length === 0 ? (
        <p className="meta">Every framework skill is in your plan. Add your own with “New skill”.</p>
      ) : (
        COMPETENCY_AREAS.map((area) => {
          const inArea = entries.filter((entry) => entry.area === area);
          if (inArea.length === 0) return null;
          return (
            <div key={area} className="catalog-group">
              <h3>{COMPETENCY_AREA_LABELS[area]}</h3>
              <ul className="catalog-skills" aria-label={`Framework ${COMPETENCY_AREA_LABELS[area].toLowerCase()} not in your plan`}>
                {inArea.map((entry) => (
                  <li key={entry.id} className="catalog-skill">
                    <div className="catalog-skill-text">
                      <strong>{entry.name}</strong>
                      <span className="chips">
                        {entry.seenInJobAds && <span className="chip">Seen in PMO job ads</span>}
                        <span className="chip">Suggested target: {SKILL_LEVEL_LABELS[entry.suggestedTargetLevel].name}</span>
                      </span>
                      <p>{entry.description}</p>
                      {entry.examples.length > 0 && <p className="meta">For example: {entry.examples.join(', ')}</p>}
                      <p className="meta">Covered by: {frameworkWords(entry)}</p>
                      <CatalogSource url={entry.sourceUrl} lastVerified={entry.lastVerified} name={entry.name} />
                      {entry.unverified && (
                        <p className="unverified-note">
                          <strong>Not confirmed:</strong> {entry.unverifiedNote}
                        </p>
                      )}
                    </div>
                    <button type="button" disabled={readOnly} aria-label={`Add: ${entry.name}`} onClick={() => add(entry)}>
                      Add
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}
