import type { Plan } from '../../../shared/model';
import { useDeleteWithUndo } from '../../hooks/useDeleteWithUndo';

/**
 * What the person told the app about terms it did not know: each phrase with the skill it counts as, or
 * "ignored". Forgetting one (with Undo) offers the phrase again under "Other terms" in every listing.
 */
export function TermMappings({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const forget = useDeleteWithUndo('termMappings', 'term mapping');
  if (plan.termMappings.length === 0) return null;
  const skillName = (id: string | null) => (id === null ? null : (plan.skills.find((s) => s.id === id)?.name ?? null));
  const mappings = [...plan.termMappings].sort((a, b) => a.phrase.localeCompare(b.phrase));
  return (
    <details className="term-mappings">
      <summary>Terms you have mapped or ignored ({mappings.length})</summary>
      <ul>
        {mappings.map((mapping) => {
          const skill = skillName(mapping.skillId);
          return (
            <li key={mapping.id} className="term-mapping">
              <span>
                <strong>{mapping.phrase}</strong> <span className="meta">{skill ? `counts as your skill “${skill}”` : 'ignored'}</span>
              </span>
              <button type="button" className="small secondary" disabled={readOnly} onClick={() => void forget(mapping, mapping.phrase)} aria-label={`Forget “${mapping.phrase}”`}>
                Forget
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
