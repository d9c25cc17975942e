import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { certificationDisplayName, type CertificationEntry } from '../../../shared/catalog';
import type { DraftKey } from '../../../shared/drafts';
import { CERTIFICATION_STATUSES, CERTIFICATION_STATUS_LABELS, type Certification, type CertificationStatus } from '../../../shared/model';
import { EmptyState } from '../../components/EmptyState';
import { SelectField, optionsFrom } from '../../components/fields';
import { VirtualList } from '../../components/VirtualList';
import { useDeleteWithUndo } from '../../hooks/useDeleteWithUndo';
import { useNarrowerThan } from '../../hooks/useNarrowerThan';
import { useToday } from '../../hooks/useToday';
import { useAppCommand } from '../../lib/app-commands';
import { newId } from '../../lib/ids';
import { useAppStore } from '../../store';
import { selectReadOnly } from '../../store/selectors';
import { stripTimestamps } from '../skills/edit-draft';
import { DraftOffers } from '../drafts/DraftOffers';
import { CertificationEditor } from './CertificationEditor';
import { CertificationRow } from './CertificationRow';
import { CpdLog } from './CpdLog';
import { RenewalProgress } from './RenewalProgress';
import { matchesText } from './certification-view';
import './certifications.css';

const CertificationCatalog = lazy(() => import('./CertificationCatalog'));
const NO_CERTIFICATIONS: Certification[] = [];
// Wide: one line of columns. Narrow (the details panel open, a small window; the 60rem container query in
// certifications.css): the name may wrap onto two lines and the renewal words sit under it.
const ROW_HEIGHT = 72;
const NARROW_ROW_HEIGHT = 108;
const NARROW_REM = 60;

type Editing = { kind: 'edit'; id: string } | { kind: 'new'; id: string } | null;
const DRAFT_KINDS_HERE = ['certification', 'cpd-entry'] as const;

/** The open editor's draft, so it is not offered again; a CPD entry's draft shows in the open certification. */
function openDraftKeys(editing: Editing): DraftKey[] {
  return editing === null ? [] : [{ kind: 'certification', itemId: editing.id }, { kind: 'cpd-entry', itemId: editing.id }];
}

export default function CertificationsScreen() {
  const certifications = useAppStore((state) => state.snapshot?.plan.certifications ?? NO_CERTIFICATIONS);
  const readOnly = useAppStore(selectReadOnly);
  const applyChange = useAppStore((state) => state.applyChange);
  const notify = useAppStore((state) => state.notify);
  const focusItemId = useAppStore((state) => state.focusItemId);
  const today = useToday();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<'all' | CertificationStatus>('all');
  const [editing, setEditing] = useState<Editing>(null);
  // Open at first for a plan with no certifications: the catalog is where most people start.
  const [catalogOpen, setCatalogOpen] = useState(() => certifications.length === 0);
  const searchRef = useRef<HTMLInputElement>(null);
  const mainRef = useRef<HTMLDivElement>(null);
  const narrow = useNarrowerThan(mainRef, NARROW_REM);
  const deleteWithUndo = useDeleteWithUndo('certifications', 'certification');

  const startNew = useCallback(() => setEditing({ kind: 'new', id: newId() }), []);
  useAppCommand('new-item', startNew);
  useAppCommand('find', () => searchRef.current?.focus());
  // Open a certification (or the draft of a new one) when asked: from the dashboard, or an offer of
  // unsaved changes (a CPD entry's draft opens its certification, where the entry form is).
  const openById = useCallback((id: string) => {
    const { snapshot, drafts } = useAppStore.getState();
    if (snapshot?.plan.certifications.some((c) => c.id === id)) setEditing({ kind: 'edit', id });
    else if (drafts.some((d) => d.kind === 'certification' && d.itemId === id)) setEditing({ kind: 'new', id });
  }, []);
  useEffect(() => {
    if (focusItemId) openById(focusItemId);
  }, [focusItemId, openById]);

  const needle = text.trim().toLocaleLowerCase('en-GB');
  const shown = useMemo(() => certifications.filter((c) => (status === 'all' || c.status === status) && matchesText(c, needle)), [certifications, status, needle]);
  const held = useMemo(() => new Map(certifications.filter((c) => c.catalogId !== null).map((c) => [c.catalogId!, c.status])), [certifications]);
  const edited = editing?.kind === 'edit' ? certifications.find((c) => c.id === editing.id) : undefined;
  const editorOpen = editing?.kind === 'new' || edited !== undefined;

  const changeStatus = useCallback(
    (certification: Certification, next: CertificationStatus) =>
      void applyChange({ type: 'certification.put', item: { ...stripTimestamps(certification), status: next } }, { label: `Mark certification ${CERTIFICATION_STATUS_LABELS[next].toLowerCase()}` }),
    [applyChange],
  );
  const open = useCallback((certification: Certification) => setEditing({ kind: 'edit', id: certification.id }), []);
  const remove = useCallback((certification: Certification) => void deleteWithUndo(certification, certificationDisplayName(certification)), [deleteWithUndo]);
  const addFromCatalog = useCallback(
    (entry: CertificationEntry) => {
      const id = newId();
      void applyChange({ type: 'certification.put', item: { id, catalogId: entry.id, status: 'considering' } }, { label: 'Add certification' }).then(
        (added) => added && notify({ level: 'info', message: `Added “${entry.name}” to your plan as Considering.`, subject: { collection: 'certifications', id } }),
      );
    },
    [applyChange, notify],
  );

  return (
    <section aria-labelledby="certifications-heading" className={`screen with-editor certifications-screen${editorOpen ? ' editing' : ''}`}>
      <div className="screen-main" ref={mainRef}>
        <header className="screen-header">
          <h1 id="certifications-heading">Certifications</h1>
          <button type="button" onClick={startNew} disabled={readOnly}>
            Add your own certification
          </button>
        </header>
        <DraftOffers kinds={DRAFT_KINDS_HERE} open={openDraftKeys(editing)} onResume={(draft) => draft.itemId && openById(draft.itemId)} />
        <div className="filters" role="search">
          <div className="field grow">
            <label htmlFor="certification-search">Search certifications</label>
            <input id="certification-search" ref={searchRef} type="search" value={text} placeholder="Name, issuing body, credential ID or notes" onChange={(e) => setText(e.target.value)} />
          </div>
          <SelectField label="Status" value={status} onChange={(e) => setStatus(e.target.value as typeof status)} options={[{ value: 'all', label: 'All statuses' }, ...optionsFrom(CERTIFICATION_STATUS_LABELS, CERTIFICATION_STATUSES)]} />
        </div>
        <section aria-labelledby="my-certifications-heading">
          <h2 id="my-certifications-heading">Your certifications</h2>
          {certifications.length === 0 ? (
            <EmptyState title="No certifications in your plan yet">
              Browse the catalog below and choose “Add to my plan” for the ones you are considering, or add your own. Then move each one on as you plan, study, book and pass.
            </EmptyState>
          ) : shown.length === 0 ? (
            <EmptyState title="No certifications match" action={<button type="button" className="secondary" onClick={() => { setText(''); setStatus('all'); }}>Clear filters</button>}>
              Nothing in your plan matches the search and status you chose.
            </EmptyState>
          ) : (
            <VirtualList
              items={shown}
              rowHeight={narrow ? NARROW_ROW_HEIGHT : ROW_HEIGHT}
              height={480}
              getKey={(c) => c.id}
              label="Your certifications"
              renderRow={(c) => <CertificationRow certification={c} today={today} readOnly={readOnly} selected={c.id === edited?.id} onStatus={changeStatus} onOpen={open} onDelete={remove} />}
            />
          )}
        </section>
        <section className="catalog-section" aria-labelledby="cert-catalog-heading">
          <header className="catalog-section-header">
            <h2 id="cert-catalog-heading">Certification catalog</h2>
            <button type="button" className="secondary" aria-expanded={catalogOpen} aria-controls="cert-catalog-body" onClick={() => setCatalogOpen((value) => !value)}>
              {catalogOpen ? 'Hide the catalog' : 'Browse the catalog'}
            </button>
          </header>
          <div id="cert-catalog-body">
            {catalogOpen && (
              <Suspense fallback={<p className="loading">Loading the catalog…</p>}>
                <CertificationCatalog text={text} held={held} readOnly={readOnly} onAdd={addFromCatalog} />
              </Suspense>
            )}
          </div>
        </section>
      </div>
      {editing !== null && editorOpen && (
        <aside className="editor-panel cert-panel" aria-label="Certification details">
          <CertificationEditor key={editing.id} certification={edited ?? null} newId={editing.kind === 'new' ? editing.id : undefined} onClose={() => setEditing(null)} />
          {edited && <RenewalProgress certification={edited} today={today} />}
          {edited && <CpdLog key={`cpd-${edited.id}`} certification={edited} today={today} readOnly={readOnly} />}
        </aside>
      )}
    </section>
  );
}
