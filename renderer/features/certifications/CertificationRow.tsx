import { memo, useId } from 'react';
import { certificationDisplayName } from '../../../shared/catalog';
import { certificationRenewalStatus } from '../../../shared/insights';
import { CERTIFICATION_STATUSES, CERTIFICATION_STATUS_LABELS, type Certification, type CertificationStatus } from '../../../shared/model';
import { NEXT_STEP, bodyOf, renewalWords } from './certification-view';

interface CertificationRowProps {
  certification: Certification;
  today: string;
  readOnly: boolean;
  selected: boolean;
  onStatus(certification: Certification, status: CertificationStatus): void;
  onOpen(certification: Certification): void;
  onDelete(certification: Certification): void;
}

/**
 * One certification of the plan on one line: its status (a select, or one press on "next step"),
 * and where it stands in words — exam date, days to expiry, expired. Details and CPD open beside it.
 */
export const CertificationRow = memo(function CertificationRow({ certification, today, readOnly, selected, onStatus, onOpen, onDelete }: CertificationRowProps) {
  const statusId = useId();
  const name = certificationDisplayName(certification);
  const next = NEXT_STEP[certification.status];
  const words = renewalWords(certificationRenewalStatus(certification, today), certification);
  return (
    <div className={`row cert-row${selected ? ' selected' : ''} tone-${words.tone}`}>
      <div className="cert-identity">
        <button type="button" className="row-title link-button" aria-current={selected || undefined} onClick={() => onOpen(certification)}>
          {name}
        </button>
        <span className="meta cert-body">{bodyOf(certification)}</span>
      </div>
      <div className="cert-status">
        <label htmlFor={statusId} className="visually-hidden">
          Status of {name}
        </label>
        <select id={statusId} value={certification.status} disabled={readOnly} onChange={(e) => onStatus(certification, e.target.value as CertificationStatus)}>
          {CERTIFICATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {CERTIFICATION_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        {next && (
          <button type="button" className="secondary small" disabled={readOnly} aria-label={`${next.label}: move ${name} to ${CERTIFICATION_STATUS_LABELS[next.status]}`} onClick={() => onStatus(certification, next.status)}>
            {next.label}
          </button>
        )}
      </div>
      <span className={`cert-renewal tone-${words.tone}`}>{words.text}</span>
      <button type="button" className="quiet small" aria-label={`Delete ${name}`} disabled={readOnly} onClick={() => onDelete(certification)}>
        Delete
      </button>
    </div>
  );
});
