import type { DraftFields } from '../../../shared/drafts';
import type { Listing, ListingFields } from '../../../shared/model';

/** What the listing editor holds while the person types (its draft); the plan's closedGaps are not typed. */
export type ListingDraft = DraftFields<'listing'>;

export function blankListing(id: string, today: string): ListingDraft {
  return { id, title: '', organisation: '', link: '', seenOn: today, closesOn: null, status: 'interested', text: '', notes: '' };
}

export function listingDraftFrom(listing: Listing): ListingDraft {
  const { id, title, organisation, link, seenOn, closesOn, status, text, notes } = listing;
  return { id, title, organisation, link, seenOn, closesOn, status, text, notes };
}

/** The draft as the fields a save sends: the stored listing's gaps and status day are kept. */
export function listingFieldsFrom(draft: ListingDraft, stored: Listing | undefined): Omit<ListingFields, 'closedGaps'> & { closedGaps: ListingFields['closedGaps'] } {
  return { ...draft, statusOn: stored?.statusOn ?? null, closedGaps: stored?.closedGaps ?? [] };
}

/**
 * A title for a pasted advert when the person has not typed one: its first short line, which is the
 * job title in most adverts copied from a job board. Shown in the field, so it is theirs to change.
 */
export function guessListingTitle(text: string): string {
  const first = text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '');
  if (!first || first.length > 90 || /[.!?]$/.test(first)) return '';
  return first.replace(/^(job title|role|position)\s*:\s*/i, '');
}

/** "Senior PMO Analyst at Acme", or whichever half is known. */
export function listingName(listing: Pick<ListingDraft, 'title' | 'organisation'>): string {
  return [listing.title.trim(), listing.organisation.trim()].filter(Boolean).join(' at ') || 'Untitled listing';
}
