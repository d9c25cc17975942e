import { useMemo } from 'react';
import { certificationDisplayName } from '../../../shared/catalog';
import { certificationRenewalStatus, type RenewalStatus } from '../../../shared/insights';
import { CERTIFICATION_STATUS_LABELS, type Certification } from '../../../shared/model';
import { formatDate } from '../../lib/format';
import { useToday } from '../../hooks/useToday';
import { useAppStore } from '../../store';

interface TimelineEntry {
  certification: Certification;
  renewal: RenewalStatus;
  /** The next date that matters: the exam while preparing, the expiry once held. */
  keyDate: string | null;
}

/** Certifications in date order: exams coming up, expiries, and CPD progress towards renewal. */
export function CertificationTimeline() {
  const certifications = useAppStore((state) => state.snapshot?.plan.certifications);
  const go = useAppStore((state) => state.go);
  const today = useToday();
  const entries = useMemo(() => timeline(certifications ?? [], today), [certifications, today]);

  return (
    <section className="panel" aria-labelledby="cert-timeline-heading">
      <h2 id="cert-timeline-heading">Certifications</h2>
      {entries.length === 0 ? (
        <p className="meta">No certifications yet. Browse the catalog on the Certifications screen and pick one to work towards.</p>
      ) : (
        <ol className="timeline">
          {entries.map(({ certification, renewal, keyDate }) => (
            <li key={certification.id}>
              <span className="timeline-date">{keyDate ? formatDate(keyDate) : 'No date'}</span>
              <span className="timeline-body">
                <strong>{certificationDisplayName(certification)}</strong>
                <span className="meta">{describe(certification, renewal)}</span>
                {renewal.cpd && (
                  <span className="bar" role="meter" aria-label={`CPD towards renewal of ${certificationDisplayName(certification)}`} aria-valuemin={0} aria-valuemax={renewal.cpd.required} aria-valuenow={Math.min(renewal.cpd.counted, renewal.cpd.required)} aria-valuetext={`${renewal.cpd.counted} of ${renewal.cpd.required} ${renewal.cpd.unit}s`}>
                    <span className="bar-fill" style={{ width: `${Math.min(100, (renewal.cpd.counted / Math.max(1, renewal.cpd.required)) * 100)}%` }} />
                  </span>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="secondary" onClick={() => go('certifications')}>
        All certifications
      </button>
    </section>
  );
}

function timeline(certifications: readonly Certification[], today: string): TimelineEntry[] {
  return certifications
    .map((certification) => {
      const renewal = certificationRenewalStatus(certification, today);
      const held = certification.status === 'passed' || certification.status === 'lapsed';
      return { certification, renewal, keyDate: held ? renewal.expiresOn : certification.examDate };
    })
    .sort((a, b) => (a.keyDate ?? '9999') .localeCompare(b.keyDate ?? '9999'));
}

function describe(certification: Certification, renewal: RenewalStatus): string {
  const status = CERTIFICATION_STATUS_LABELS[certification.status];
  switch (renewal.state) {
    case 'not-held':
      return certification.examDate ? `${status} · exam on ${formatDate(certification.examDate)}` : status;
    case 'expired':
      return `Expired${renewal.expiresOn ? ` on ${formatDate(renewal.expiresOn)}` : ''}`;
    case 'lapsing-soon':
      return `Expires in ${renewal.daysToExpiry} days${renewal.cpd ? ` · ${renewal.cpd.counted} of ${renewal.cpd.required} ${renewal.cpd.unit}s logged` : ''}`;
    case 'current':
      return `Valid until ${formatDate(renewal.expiresOn)}${renewal.expiryDerived ? ' (estimated)' : ''}${renewal.cpd ? ` · ${renewal.cpd.counted} of ${renewal.cpd.required} ${renewal.cpd.unit}s logged` : ''}`;
    case 'no-expiry':
      return 'Passed · does not expire';
    case 'dates-missing':
      return 'Passed · add the issue or expiry date to track renewal';
    case 'unknown-rule':
      return 'Passed · add the expiry date to track renewal';
  }
}
