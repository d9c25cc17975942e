import { useState } from 'react';
import type { OtherTerm } from '../../../shared/listings';
import type { Plan } from '../../../shared/model';
import { newId } from '../../lib/ids';
import { useAppStore } from '../../store';

interface OtherTermsProps {
  terms: readonly OtherTerm[];
  plan: Plan;
  readOnly: boolean;
}

/**
 * Names and acronyms the listing stresses that the app's vocabulary does not know. The person says what
 * each means to them (one of their skills) or ignores it; either is remembered for every later listing.
 */
export function OtherTerms({ terms, plan, readOnly }: OtherTermsProps) {
  const applyChange = useAppStore((state) => state.applyChange);
  if (terms.length === 0) return null;
  const map = (term: OtherTerm, skillId: string | null) =>
    applyChange({ type: 'termMapping.put', item: { id: newId(), phrase: term.phrase, skillId } }, { label: skillId ? `Map “${term.phrase}” to a skill` : `Ignore “${term.phrase}”` });
  return (
    <section className="other-terms" aria-labelledby="other-terms-heading">
      <h3 id="other-terms-heading">Other terms in this listing</h3>
      <p className="meta">Names the app does not know. Say which of your skills one counts as, or ignore it; later listings remember your choice.</p>
      <ul>
        {terms.map((term) => (
          <OtherTermRow key={term.key} term={term} plan={plan} readOnly={readOnly} onMap={(skillId) => void map(term, skillId)} />
        ))}
      </ul>
    </section>
  );
}

function OtherTermRow({ term, plan, readOnly, onMap }: { term: OtherTerm; plan: Plan; readOnly: boolean; onMap(skillId: string | null): void }) {
  const [skillId, setSkillId] = useState('');
  const selectId = `other-term-${term.key.replace(/[^A-Za-z0-9]/g, '-')}`;
  return (
    <li className="other-term">
      <span className="other-term-phrase">
        {term.phrase}
        {term.count > 1 && <span className="meta"> ({term.count} times)</span>}
      </span>
      <label className="visually-hidden" htmlFor={selectId}>
        Which of your skills “{term.phrase}” counts as
      </label>
      <select id={selectId} value={skillId} disabled={readOnly || plan.skills.length === 0} onChange={(e) => setSkillId(e.target.value)}>
        <option value="">{plan.skills.length === 0 ? 'Add skills to map terms' : 'Counts as…'}</option>
        {plan.skills.map((skill) => (
          <option key={skill.id} value={skill.id}>
            {skill.name}
          </option>
        ))}
      </select>
      <button type="button" className="small secondary" disabled={readOnly || skillId === ''} onClick={() => onMap(skillId)}>
        Map
      </button>
      <button type="button" className="small secondary" disabled={readOnly} onClick={() => onMap(null)} aria-label={`Ignore “${term.phrase}”`}>
        Ignore
      </button>
    </li>
  );
}
