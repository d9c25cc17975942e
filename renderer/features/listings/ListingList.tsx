import { memo } from 'react';
import { gradeAsks, listingAnalyser, summariseListing } from '../../../shared/listings';
import { LISTING_STATUSES, LISTING_STATUS_LABELS, type Listing, type Plan } from '../../../shared/model';
import { api, errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../store';
import { listingName } from './listing-view';

interface ListingListProps {
  plan: Plan;
  today: string;
  /** Whether every listing's analysis is ready (see useWarmAnalyses); until then rows show no summary. */
  compared: boolean;
  readOnly: boolean;
  onOpen(listing: Listing): void;
  onStatus(listing: Listing, status: Listing['status']): void;
  onDelete(listing: Listing): void;
}

/** The saved listings, newest seen first, each with its status, dates and the comparison in one line. */
export function ListingList({ plan, today, compared, readOnly, onOpen, onStatus, onDelete }: ListingListProps) {
  const listings = [...plan.listings].sort((a, b) => (b.seenOn ?? b.createdAt).localeCompare(a.seenOn ?? a.createdAt));
  return (
    <ul className="listing-list" aria-label="Saved job listings">
      {listings.map((listing) => (
        <ListingRow key={listing.id} listing={listing} plan={plan} today={today} compared={compared} readOnly={readOnly} onOpen={onOpen} onStatus={onStatus} onDelete={onDelete} />
      ))}
    </ul>
  );
}

const ListingRow = memo(function ListingRow({ listing, plan, today, compared, readOnly, onOpen, onStatus, onDelete }: Omit<ListingListProps, 'onOpen'> & { listing: Listing; onOpen(listing: Listing): void }) {
  const summary = compared ? summariseListing(gradeAsks(listingAnalyser(plan.termMappings).analyse(listing.text).asks, plan, today)) : null;
  const name = listingName(listing);
  const statusId = `listing-status-${listing.id}`;
  const dates = [
    listing.seenOn ? `Seen ${formatDate(listing.seenOn)}` : '',
    listing.closesOn ? `${listing.closesOn < today ? 'Closed' : 'Closes'} ${formatDate(listing.closesOn)}` : '',
    listing.statusOn && listing.status !== 'interested' ? `${LISTING_STATUS_LABELS[listing.status]} since ${formatDate(listing.statusOn)}` : '',
  ].filter(Boolean);
  return (
    <li className="listing-row">
      <div className="listing-row-main">
        <button type="button" className="link-button listing-open" onClick={() => onOpen(listing)}>
          {name}
        </button>
        <p className="meta">{dates.join(' · ')}</p>
        <p className="listing-row-summary">{summary ? summary.headline : 'Comparing with your plan…'}</p>
        {listing.link.trim() !== '' && <OpenAdvert link={listing.link.trim()} name={name} />}
      </div>
      <div className="listing-row-side">
        <label className="visually-hidden" htmlFor={statusId}>
          Status of {name}
        </label>
        <select id={statusId} value={listing.status} disabled={readOnly} onChange={(e) => onStatus(listing, e.target.value as Listing['status'])}>
          {LISTING_STATUSES.map((status) => (
            <option key={status} value={status}>
              {LISTING_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        <button type="button" className="small secondary" disabled={readOnly} onClick={() => onDelete(listing)} aria-label={`Delete ${name}`}>
          Delete
        </button>
      </div>
    </li>
  );
});

/** The advert on the web, opened in the person's browser (https only, as everywhere in the app). */
function OpenAdvert({ link, name }: { link: string; name: string }) {
  const open = () =>
    api.openExternal(link).catch((error: unknown) => useAppStore.getState().notify({ level: 'error', message: `The advert could not be opened. ${errorMessage(error)}` }));
  return (
    <button type="button" className="link-button show-in-text" onClick={() => void open()}>
      Open the advert ↗<span className="visually-hidden">: {name}</span>
    </button>
  );
}
