import { findCertificationEntry } from '../../../shared/catalog';
import { certificationRenewalStatus, type CpdProgress } from '../../../shared/insights';
import type { Certification } from '../../../shared/model';
import { formatDate } from '../../lib/format';
import { formatAmount } from '../skills/edit-draft';
import { ProgressBar } from '../skills/ProgressBar';
import { renewalRuleInWords, renewalWords, unitWord } from './certification-view';

/**
 * Where a held certification stands: expiry in words (expired, lapsing soon, days left) and the CPD
 * logged in the current cycle against the catalog's renewal rule, category by category.
 */
export function RenewalProgress({ certification, today }: { certification: Certification; today: string }) {
  const status = certificationRenewalStatus(certification, today);
  const words = renewalWords(status, certification);
  const entry = certification.catalogId ? findCertificationEntry(certification.catalogId) : undefined;
  return (
    <section className="renewal-progress" aria-labelledby="renewal-heading">
      <h3 id="renewal-heading">Renewal</h3>
      <p className={`renewal-state tone-${words.tone}`}>{words.text}</p>
      {entry && <p className="meta">{renewalRuleInWords(entry.renewal)}</p>}
      {status.cpd ? (
        <CpdFigures cpd={status.cpd} />
      ) : (
        status.state === 'not-held' &&
        (entry?.renewal.kind === 'cpd' || entry?.renewal.kind === 'resit-or-cpd') && <p className="meta">Progress towards renewal shows here once you have passed and recorded the issue or expiry date.</p>
      )}
    </section>
  );
}

function CpdFigures({ cpd }: { cpd: CpdProgress }) {
  const unit = unitWord(cpd.unit, cpd.required);
  const excess = Math.round((cpd.logged - cpd.counted) * 100) / 100;
  return (
    <div className="cpd-figures">
      <p className="cpd-total" aria-live="polite">
        <strong>
          {formatAmount(cpd.counted)} of {formatAmount(cpd.required)} {unit}
        </strong>{' '}
        in this cycle ({formatDate(cpd.cycleFrom)} to {formatDate(cpd.cycleTo)}). {cpd.met ? 'Requirement met.' : `${formatAmount(cpd.remaining)} still to earn.`}
      </p>
      <ProgressBar
        value={cpd.counted}
        max={cpd.required}
        label="CPD towards renewal"
        valueText={`${formatAmount(cpd.counted)} of ${formatAmount(cpd.required)} ${unit}`}
        tone={cpd.met ? 'success' : 'accent'}
      />
      {excess > 0 && <p className="meta">{formatAmount(excess)} more logged above a category maximum do not count.</p>}
      {cpd.categories.length > 0 && (
        <ul className="cpd-limits" aria-label="Category limits">
          {cpd.categories.map((c) => (
            <li key={`${c.limit}-${c.category}`} className={c.met ? 'met' : 'unmet'}>
              {c.limit === 'minimum'
                ? `${c.category}: ${formatAmount(c.logged)} of at least ${c.amount}${c.met ? ' (met)' : ` (${formatAmount(c.amount - c.logged)} to go)`}`
                : `${c.category}: ${formatAmount(c.logged)} logged, at most ${c.amount} count`}
            </li>
          ))}
        </ul>
      )}
      {cpd.periods.length > 0 && (
        <ul className="cpd-limits" aria-label="Year by year">
          {cpd.periods.map((p, index) => (
            <li key={p.from} className={p.met ? 'met' : 'unmet'}>
              Year {index + 1} ({formatDate(p.from)} to {formatDate(p.to)}): {formatAmount(p.logged)} of {p.required}
              {p.met ? ' (met)' : ''}
            </li>
          ))}
        </ul>
      )}
      {cpd.requiresMembership && <p className="meta">CPD counts towards renewal only while you hold a membership with the issuing body.</p>}
    </div>
  );
}
