import { offeredProfileFields, withProfileField, withProfileValue, type Review } from '../../../shared/cv-import/review';
import type { FoundProfile } from '../../../shared/cv-import/findings';
import type { Plan } from '../../../shared/model';

const FIELD_LABELS: Record<keyof FoundProfile, string> = {
  name: 'Name',
  currentRole: 'Current role',
  email: 'Email',
  phone: 'Phone',
  location: 'Location',
  link: 'Web or LinkedIn address',
  summary: 'Summary',
};

/**
 * Profile details found. Only what your plan leaves blank is offered: an import never overwrites what
 * you wrote. What the plan already has is named, so nothing seems to vanish.
 */
export function ReviewProfile({ review, plan, onChange, problems }: { review: Review; plan: Plan; onChange(review: Review): void; problems: ReadonlyMap<string, string> }) {
  const offered = offeredProfileFields(review.findings, plan);
  const kept = (Object.keys(FIELD_LABELS) as (keyof FoundProfile)[]).filter((field) => review.findings.profile[field].trim() !== '' && !offered.includes(field));
  if (offered.length === 0 && kept.length === 0) return null;
  return (
    <section className="review-group" aria-labelledby="review-profile">
      <h3 id="review-profile">Profile details</h3>
      <ul className="review-list">
        {offered.map((field) => {
          const on = review.selection.profileFields.has(field);
          const problem = on ? problems.get(`profile:${field}`) : undefined;
          return (
            <li key={field} className={`review-row${on ? '' : ' off'}`}>
              <label className="review-tick">
                <input type="checkbox" checked={on} onChange={(e) => onChange(withProfileField(review, field, e.target.checked))} />
                <span className="review-name">{FIELD_LABELS[field]}</span>
              </label>
              {on && (
                <div className="review-fields">
                  {field === 'summary' ? (
                    <textarea aria-label={FIELD_LABELS[field]} rows={3} value={review.findings.profile[field]} onChange={(e) => onChange(withProfileValue(review, field, e.target.value))} />
                  ) : (
                    <input aria-label={FIELD_LABELS[field]} value={review.findings.profile[field]} onChange={(e) => onChange(withProfileValue(review, field, e.target.value))} />
                  )}
                </div>
              )}
              {problem && (
                <p className="field-problem" role="alert">
                  {problem}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {kept.length > 0 && <p className="meta">Your plan already has your {kept.map((field) => FIELD_LABELS[field].toLowerCase()).join(', ')}: those stay as you wrote them.</p>}
    </section>
  );
}
