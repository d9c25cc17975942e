import { useState } from 'react';
import { CERTIFICATIONS, CERTIFICATION_FOCUSES, CERTIFICATION_LEVELS, CERTIFICATION_LEVEL_LABELS, type CertificationEntry } from '../../../shared/catalog';
import type { CertificationStatus } from '../../../shared/model';
import { SelectField, optionsFrom } from '../../components/fields';
import { CatalogEntryCard } from './CatalogEntryCard';
import { FOCUS_LABELS, entryMatchesText } from './certification-view';

interface CertificationCatalogProps {
  /** The screen's search text, so one search box narrows both the plan and the catalog. */
  text: string;
  held: ReadonlyMap<string, CertificationStatus>;
  readOnly: boolean;
  onAdd(entry: CertificationEntry): void;
}

/**
 * Every certification in the catalog and what it entails. Loaded on demand (React.lazy) because it is
 * the heaviest part of the screen and many visits never open it.
 */
export default function CertificationCatalog({ text, held, readOnly, onAdd }: CertificationCatalogProps) {
  const [level, setLevel] = useState<'all' | CertificationEntry['level']>('all');
  const [focus, setFocus] = useState<'all' | CertificationEntry['focus']>('all');
  const needle = text.trim().toLocaleLowerCase('en-GB');
  const shown = CERTIFICATIONS.filter((e) => (level === 'all' || e.level === level) && (focus === 'all' || e.focus === focus) && entryMatchesText(e, needle));

  return (
    <div className="cert-catalog">
      <p className="check-note" role="note">
        Check the details with the issuing body before you rely on them.
      </p>
      <div className="filters">
        <SelectField label="Level" value={level} onChange={(e) => setLevel(e.target.value as typeof level)} options={[{ value: 'all', label: 'All levels' }, ...optionsFrom(CERTIFICATION_LEVEL_LABELS, CERTIFICATION_LEVELS)]} />
        <SelectField label="Focus" value={focus} onChange={(e) => setFocus(e.target.value as typeof focus)} options={[{ value: 'all', label: 'All kinds' }, ...optionsFrom(FOCUS_LABELS, CERTIFICATION_FOCUSES)]} />
        <p className="meta" aria-live="polite">
          Showing {shown.length} of {CERTIFICATIONS.length}
        </p>
      </div>
      {shown.length === 0 ? (
        <p className="meta">No catalog certification matches. Clear the search or pick another level, or add your own.</p>
      ) : (
        <div className="catalog-cards">
          {shown.map((entry) => (
            <CatalogEntryCard key={entry.id} entry={entry} heldStatus={held.get(entry.id) ?? null} readOnly={readOnly} onAdd={onAdd} />
          ))}
        </div>
      )}
    </div>
  );
}
