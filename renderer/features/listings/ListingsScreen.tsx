import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { aggregateListings } from '../../../shared/listings';
import type { Listing } from '../../../shared/model';
import { EmptyState } from '../../components/EmptyState';
import { useDeleteWithUndo } from '../../hooks/useDeleteWithUndo';
import { useToday } from '../../hooks/useToday';
import { useAppCommand } from '../../lib/app-commands';
import { newId } from '../../lib/ids';
import { useAppStore } from '../../store';
import { selectPlan, selectReadOnly } from '../../store/selectors';
import { DraftOffers } from '../drafts/DraftOffers';
import { AggregateChart } from './AggregateChart';
import { ListingEditor } from './ListingEditor';
import { ListingList } from './ListingList';
import { TermMappings } from './TermMappings';
import { listingName } from './listing-view';
import { useWarmAnalyses } from './useWarmAnalyses';
import './listings.css';

const DRAFT_KINDS_HERE = ['listing'] as const;

/**
 * Job listings: the adverts the person studies, what they ask for across all of them, and each one
 * compared with the plan. A listing opens full width (its text, its comparison, its highlights).
 */
export default function ListingsScreen() {
  const plan = useAppStore(selectPlan);
  const readOnly = useAppStore(selectReadOnly);
  const applyChange = useAppStore((state) => state.applyChange);
  const focusItemId = useAppStore((state) => state.focusItemId);
  const today = useToday();
  const [openId, setOpenId] = useState<string | null>(null);
  const deleteWithUndo = useDeleteWithUndo('listings', 'job listing');

  const startNew = useCallback(() => setOpenId(newId()), []);
  useAppCommand('new-item', startNew);
  useEffect(() => {
    if (focusItemId) setOpenId(focusItemId);
  }, [focusItemId]);
  const warm = useWarmAnalyses(plan);
  // Showing 200 comparisons at once is itself work: as a deferred value React renders it in slices
  // it can interrupt, so the render that follows the warm-up never blocks input either.
  const compared = useDeferredValue(warm.ready);
  const aggregate = useMemo(() => (plan && compared ? aggregateListings(plan, today) : null), [plan, today, compared]);

  const setStatus = useCallback(
    (listing: Listing, status: Listing['status']) => {
      const { createdAt: _c, updatedAt: _u, ...fields } = listing;
      void applyChange({ type: 'listing.put', item: { ...fields, status } }, { label: 'Change listing status' });
    },
    [applyChange],
  );
  const remove = useCallback((listing: Listing) => void deleteWithUndo(listing, listingName(listing)), [deleteWithUndo]);

  if (!plan) return null;
  if (openId) return <ListingEditor key={openId} plan={plan} listingId={openId} onClose={() => setOpenId(null)} />;
  return (
    <section aria-labelledby="listings-heading" className="screen listings-screen">
      <header className="screen-header">
        <h1 id="listings-heading">Job listings</h1>
        <button type="button" onClick={startNew} disabled={readOnly}>
          Add a listing
        </button>
      </header>
      <DraftOffers kinds={DRAFT_KINDS_HERE} onResume={(draft) => draft.itemId && setOpenId(draft.itemId)} />
      {plan.listings.length === 0 ? (
        <EmptyState
          title="No job listings yet"
          action={
            <button type="button" onClick={startNew} disabled={readOnly}>
              Add your first listing
            </button>
          }
        >
          PMO job adverts show which skills, certifications and tools the roles you want ask for. Paste one (or drop its file) to see each
          thing it asks for against your plan, and close the gaps in one step. Saved listings add up to your priority list.
        </EmptyState>
      ) : (
        <>
          {aggregate ? (
            <AggregateChart aggregate={aggregate} />
          ) : (
            <p className="meta" role="status">
              Comparing your {warm.total} saved listings with your plan… ({warm.done} done)
            </p>
          )}
          <h2 className="listing-list-heading">Saved listings ({plan.listings.length})</h2>
          <ListingList plan={plan} today={today} compared={compared} readOnly={readOnly} onOpen={(listing) => setOpenId(listing.id)} onStatus={setStatus} onDelete={remove} />
          <TermMappings plan={plan} readOnly={readOnly} />
        </>
      )}
    </section>
  );
}
