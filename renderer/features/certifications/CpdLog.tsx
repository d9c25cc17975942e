import { useCallback, useMemo } from 'react';
import { certificationDisplayName, findCertificationEntry } from '../../../shared/catalog';
import type { Certification, CpdEntry } from '../../../shared/model';
import { VirtualList } from '../../components/VirtualList';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../store';
import { formatAmount, stripTimestamps } from '../skills/edit-draft';
import { unitWord } from './certification-view';
import { CpdEntryForm } from './CpdEntryForm';

const ROW_HEIGHT = 52;

/**
 * The CPD / PDU log of one certification: add an entry, see every entry (newest first), delete one with
 * Undo. Each edit puts the stored certification back with its new list, so an unsaved draft in the
 * details form above is never part of it.
 */
export function CpdLog({ certification, today, readOnly }: { certification: Certification; today: string; readOnly: boolean }) {
  const applyChange = useAppStore((state) => state.applyChange);
  const notify = useAppStore((state) => state.notify);
  const undo = useAppStore((state) => state.undo);
  const rule = certification.catalogId ? findCertificationEntry(certification.catalogId)?.renewal : undefined;
  const unit = rule?.kind === 'cpd' ? rule.unit : rule?.kind === 'resit-or-cpd' ? rule.cpd.unit : null;
  const categories = rule?.kind === 'cpd' ? rule.categories : [];
  const entries = useMemo(() => [...certification.cpd].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)), [certification.cpd]);

  const add = (entry: CpdEntry) => applyChange({ type: 'certification.put', item: { ...stripTimestamps(certification), cpd: [...certification.cpd, entry] } }, { label: 'Log CPD' });
  const remove = useCallback(
    async (entry: CpdEntry) => {
      const deleted = await applyChange(
        { type: 'certification.put', item: { ...stripTimestamps(certification), cpd: certification.cpd.filter((e) => e.id !== entry.id) } },
        { label: 'Delete CPD entry' },
      );
      if (deleted) {
        // Subject: the certification, as it is now (after the delete); a later edit of it makes this Undo stale.
        notify({ level: 'info', message: `Deleted the CPD entry of ${formatDate(entry.date)}.`, action: { label: 'Undo', run: () => void undo() }, subject: { collection: 'certifications', id: certification.id } });
      }
    },
    [applyChange, certification, notify, undo],
  );

  return (
    <section className="cpd-log" aria-labelledby="cpd-log-heading">
      <h3 id="cpd-log-heading">CPD log</h3>
      <CpdEntryForm certificationId={certification.id} certificationName={certificationDisplayName(certification)} categories={categories} unitLabel={unitWord(unit)} today={today} disabled={readOnly} onAdd={add} />
      {entries.length === 0 ? (
        <p className="meta">Nothing logged yet. Log courses, webinars, reading and volunteering as you do them; renewal is then a formality.</p>
      ) : (
        <VirtualList
          items={entries}
          rowHeight={ROW_HEIGHT}
          height={320}
          getKey={(entry) => entry.id}
          label="CPD entries"
          renderRow={(entry) => (
            <div className="row cpd-row">
              <span className="cpd-main">
                <span className="cpd-what">
                  <span className="cpd-date">{formatDate(entry.date)}</span>
                  <strong>
                    {formatAmount(entry.amount)} {unitWord(unit, entry.amount)}
                  </strong>
                </span>
                {(entry.category || entry.note) && (
                  <span className="meta cpd-note">
                    {entry.category && <span className="chip">{entry.category}</span>} {entry.note}
                  </span>
                )}
              </span>
              <button type="button" className="quiet small" disabled={readOnly} aria-label={`Delete CPD entry of ${formatDate(entry.date)}: ${formatAmount(entry.amount)} ${unitWord(unit, entry.amount)}`} onClick={() => void remove(entry)}>
                Delete
              </button>
            </div>
          )}
        />
      )}
    </section>
  );
}
