import { useEffect, useRef, useState, type FormEvent } from 'react';
import { closeGapChange, type ComparisonFormat, type GapAction, type GradedAsk } from '../../../shared/listings';
import { ListingFieldsSchema, type Plan } from '../../../shared/model';
import { useToday } from '../../hooks/useToday';
import { newId } from '../../lib/ids';
import { useAppStore } from '../../store';
import { selectReadOnly } from '../../store/selectors';
import { problemsOf } from '../drafts/editor-actions';
import { RestoredNote } from '../drafts/RestoredNote';
import { useCloseEditor } from '../drafts/useCloseEditor';
import { useDraft } from '../drafts/useDraft';
import { AnalysisPanel } from './AnalysisPanel';
import { HighlightedText } from './HighlightedText';
import { ListingDetails } from './ListingDetails';
import { ListingTextInput } from './ListingTextInput';
import { blankListing, guessListingTitle, listingDraftFrom, listingFieldsFrom, listingName, type ListingDraft } from './listing-view';
import { useComparisonExport } from './useComparisonExport';
import { useListingAnalysis } from './useListingAnalysis';

interface ListingEditorProps {
  plan: Plan;
  listingId: string;
  onClose(): void;
}

/**
 * One job listing: its details and text on one side, what it asks for graded against the plan on the
 * other, and the text with every match highlighted below. What is typed is kept as a draft until saved;
 * closing a gap saves the listing too, so the item added is linked back to it.
 */
export function ListingEditor({ plan, listingId, onClose }: ListingEditorProps) {
  const today = useToday();
  const stored = plan.listings.find((l) => l.id === listingId);
  const [initial] = useState<ListingDraft>(() => (stored ? listingDraftFrom(stored) : blankListing(listingId, today)));
  const saveRef = useRef<() => Promise<boolean>>(async () => false);
  const work = useDraft<'listing', ListingDraft>({ kind: 'listing', itemId: listingId, isNew: stored === undefined, initial, label: (fields) => listingName(fields), save: () => saveRef.current() });
  const draft = work.fields;
  const close = useCloseEditor(work, onClose);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const applyChange = useAppStore((state) => state.applyChange);
  const notify = useAppStore((state) => state.notify);
  const readOnly = useAppStore(selectReadOnly);
  const formRef = useRef<HTMLFormElement>(null);
  const comparison = useListingAnalysis(draft.text, plan, today);
  const exporter = useComparisonExport();
  const set = <K extends keyof ListingDraft>(key: K, value: ListingDraft[K]) => work.setFields((current) => ({ ...current, [key]: value }));

  // The listing left the plan while open (an Undo of its first save, or of the gap that saved it): what
  // is in the editor is unsaved again, so it is kept as a draft and closing offers to keep it.
  const wasStored = useRef(stored !== undefined);
  useEffect(() => {
    if (wasStored.current && stored === undefined) {
      const current = work.fields;
      work.saved(blankListing(listingId, today));
      work.setFields(() => current);
    }
    wasStored.current = stored !== undefined;
  }, [stored, work, listingId, today]);

  /** The draft as a valid listing, or null with its problems shown and the first one focused. */
  function checked() {
    const current = useAppStore.getState().snapshot?.plan.listings.find((l) => l.id === listingId);
    const parsed = ListingFieldsSchema.safeParse(listingFieldsFrom(draft, current));
    if (!parsed.success) {
      setProblems(problemsOf(parsed.error));
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return null;
    }
    setProblems({});
    return parsed.data;
  }

  async function save(event?: FormEvent): Promise<boolean> {
    event?.preventDefault();
    const fields = checked();
    if (!fields) return false;
    const ok = await applyChange({ type: 'listing.put', item: fields }, { label: stored === undefined ? 'Add job listing' : 'Edit job listing' });
    if (ok) work.saved(draft);
    return ok;
  }
  saveRef.current = () => save();

  async function closeGap(graded: GradedAsk, action: GapAction) {
    const fields = checked();
    if (!fields) return;
    if (await applyChange(closeGapChange(fields, graded.ask.key, action, newId()), { label: action.label })) {
      work.saved(draft);
      const undo = useAppStore.getState().undo;
      notify({ level: 'info', message: `Done: ${action.label.replace(/^./, (c) => c.toLowerCase())}.`, action: { label: 'Undo', run: () => void undo() } });
    }
  }

  function changeText(text: string, how: 'typed' | 'pasted' | 'file') {
    const before = draft.text;
    work.setFields((current) => ({ ...current, text, title: current.title.trim() === '' && how !== 'typed' ? guessListingTitle(text) : current.title }));
    if (how === 'file' && before.trim() !== '') {
      notify({ level: 'info', message: 'Replaced the listing’s text with the file’s.', action: { label: 'Undo', run: () => work.setFields((current) => ({ ...current, text: before })) } });
    }
  }

  async function exportAs(format: ComparisonFormat) {
    if ((work.dirty || stored === undefined) && !(await save())) return;
    await exporter.exportAs(listingId, format);
  }

  const blocking = comparison.analysis.problem?.blocksSaving && draft.text.trim() !== '';
  return (
    <section className="listing-editor" aria-labelledby="listing-heading">
      <header className="screen-header">
        <button type="button" className="link-button" onClick={close}>
          ← All job listings
        </button>
        <h1 id="listing-heading">{stored ? listingName(stored) : 'New job listing'}</h1>
      </header>
      <RestoredNote restoredFrom={work.restoredFrom} onDiscard={work.discard} />
      <div className="listing-layout">
        <form
          ref={formRef}
          className="listing-input"
          aria-label={stored ? `Edit ${listingName(stored)}` : 'New job listing'}
          onSubmit={(event) => void save(event)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void save();
            }
          }}
        >
          <ListingTextInput value={draft.text} problem={problems.text ?? (blocking ? comparison.analysis.problem?.message : undefined)} disabled={readOnly} onChange={changeText} />
          <ListingDetails draft={draft} problems={problems} onChange={set} />
          <div className="actions">
            <button type="submit" disabled={readOnly}>
              {stored ? 'Save listing' : 'Save to my listings'}
            </button>
            <button type="button" className="secondary" onClick={close}>
              {work.dirty ? 'Cancel' : 'Back'}
            </button>
            <span className="export-buttons">
              <button type="button" className="secondary" disabled={exporter.busy || readOnly} onClick={() => void exportAs('md')}>
                Export comparison (Markdown)
              </button>
              <button type="button" className="secondary" disabled={exporter.busy || readOnly} onClick={() => void exportAs('txt')}>
                Export comparison (text)
              </button>
            </span>
          </div>
          {exporter.status && (
            <p className={`export-status status-${exporter.status.kind}`} role="status">
              {exporter.status.message}
            </p>
          )}
        </form>
        <AnalysisPanel comparison={comparison} plan={plan} stored={stored} readOnly={readOnly} onAct={(graded, action) => void closeGap(graded, action)} />
      </div>
      {comparison.text.trim() !== '' && (
        <section className="listing-text-section" aria-labelledby="listing-text-heading">
          <h2 id="listing-text-heading">The listing, with what was found highlighted</h2>
          <HighlightedText text={comparison.text} graded={comparison.graded} />
        </section>
      )}
    </section>
  );
}
