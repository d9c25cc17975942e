import { memo, type ReactNode } from 'react';
import { CERTIFICATION_LEVEL_LABELS, type CertificationEntry } from '../../../shared/catalog';
import { CERTIFICATION_STATUS_LABELS, type CertificationStatus } from '../../../shared/model';
import { CatalogSource } from '../skills/CatalogSource';
import { FACT_FIELD_LABELS, FOCUS_LABELS, examInWords, renewalRuleInWords } from './certification-view';

interface CatalogEntryCardProps {
  entry: CertificationEntry;
  /** The status in the plan, or null when it is not in the plan. */
  heldStatus: CertificationStatus | null;
  readOnly: boolean;
  onAdd(entry: CertificationEntry): void;
}

/** A "not confirmed" mark next to a fact our sources could not confirm. */
function Unconfirmed({ entry, field }: { entry: CertificationEntry; field: CertificationEntry['unverifiedFields'][number] }) {
  if (!entry.unverifiedFields.includes(field)) return null;
  return <span className="unverified-badge">Not confirmed</span>;
}

function Fact({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The catalog's own summary already names required certifications; only a panel review can be missing from it. */
function prerequisitesInWords(entry: CertificationEntry): string {
  const extra = entry.prerequisites.panelReview && !/panel/i.test(entry.prerequisites.summary) ? ' The application is reviewed by a panel.' : '';
  return `${entry.prerequisites.summary}${extra}`;
}

/**
 * What one catalog certification entails, in words: who issues it, what you need first, the exam,
 * how it is renewed, where the facts come from and when they were checked — and which of them are
 * not confirmed, marked on the fact itself and explained in the note.
 */
export const CatalogEntryCard = memo(function CatalogEntryCard({ entry, heldStatus, readOnly, onAdd }: CatalogEntryCardProps) {
  const headingId = `catalog-${entry.id}`;
  return (
    <article className={`catalog-card${entry.unverified ? ' has-unverified' : ''}`} aria-labelledby={headingId}>
      <header>
        <h3 id={headingId}>
          {entry.name} <Unconfirmed entry={entry} field="name" />
        </h3>
        <span className="chips">
          <span className="chip">{entry.shortName}</span>
          <span className="chip">{CERTIFICATION_LEVEL_LABELS[entry.level]}</span>
          <span className="chip">{FOCUS_LABELS[entry.focus]}</span>
        </span>
      </header>
      <dl className="facts">
        <Fact term="Issuing body">{entry.issuingBody}</Fact>
        <Fact term="Level">{CERTIFICATION_LEVEL_LABELS[entry.level]}</Fact>
        <Fact term={<>Prerequisites <Unconfirmed entry={entry} field="prerequisites" /></>}>{prerequisitesInWords(entry)}</Fact>
        <Fact term={<>Exam <Unconfirmed entry={entry} field="exam" /></>}>{examInWords(entry.exam)}</Fact>
        <Fact term={<>Renewal <Unconfirmed entry={entry} field="renewal" /></>}>{renewalRuleInWords(entry.renewal)}</Fact>
        {entry.notes && <Fact term="Notes">{entry.notes}</Fact>}
      </dl>
      {entry.unverified && (
        <p className="unverified-note">
          <strong>Not confirmed ({entry.unverifiedFields.map((f) => FACT_FIELD_LABELS[f]).join(', ')}):</strong> {entry.unverifiedNote}
        </p>
      )}
      <footer className="catalog-card-footer">
        <CatalogSource url={entry.sourceUrl} lastVerified={entry.lastVerified} name={entry.name} />
        {heldStatus ? (
          <span className="chip in-plan">In your plan: {CERTIFICATION_STATUS_LABELS[heldStatus]}</span>
        ) : (
          <button type="button" disabled={readOnly} aria-label={`Add to my plan: ${entry.name}`} onClick={() => onAdd(entry)}>
            Add to my plan
          </button>
        )}
      </footer>
    </article>
  );
});
