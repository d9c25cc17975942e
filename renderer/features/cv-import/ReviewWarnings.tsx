import type { ImportWarning } from '../../../shared/cv-import/findings';

/** What the file held that is not imported, and why, where in the file it was. */
export function ReviewWarnings({ warnings }: { warnings: readonly ImportWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section className="review-group review-warnings" aria-labelledby="review-warnings">
      <h3 id="review-warnings">Not imported ({warnings.length})</h3>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>
            <strong>{w.where}</strong> {w.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
