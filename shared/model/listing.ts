import { z } from 'zod';
import { WEB_ADDRESS } from './contact';
import { IdSchema, LIMITS, OptionalDateSchema, TimestampsShape, list, requiredText, text } from './primitives';
import { GAP_TARGET_COLLECTIONS, LISTING_STATUSES } from './vocabulary';

/**
 * Job listings the person keeps (schema v4): the advert's own text, where and when they saw it, and how
 * their application stands. What the advert asks for is worked out from `text` whenever it is shown
 * (shared/listings), never stored, so a better vocabulary improves every saved listing.
 */

/** A gap closed from a listing: the plan item that was added for one of the terms it asks for. */
export const ClosedGapSchema = z.object({
  /** The vocabulary term (or `mapped:<mapping id>`) the item was added for. */
  termId: z.string().min(1).max(LIMITS.id * 2),
  collection: z.enum(GAP_TARGET_COLLECTIONS),
  itemId: IdSchema,
});
export type ClosedGap = z.infer<typeof ClosedGapSchema>;

export const ListingFieldsSchema = z.object({
  id: IdSchema,
  title: requiredText('the job title', LIMITS.shortText),
  organisation: text('the organisation', LIMITS.shortText).default(''),
  link: text('the link', LIMITS.link)
    .refine((value) => value.trim() === '' || WEB_ADDRESS.test(value.trim()), 'Enter a web address starting with https://, or leave it empty.')
    .default(''),
  seenOn: OptionalDateSchema,
  closesOn: OptionalDateSchema,
  status: z.enum(LISTING_STATUSES).default('interested'),
  /** The day the status last changed (stamped by main when it does). */
  statusOn: OptionalDateSchema,
  text: requiredText('the listing text', LIMITS.listingText),
  notes: text('the notes', LIMITS.longText).default(''),
  closedGaps: list(ClosedGapSchema, 'closed gaps per listing', LIMITS.gapsPerListing).default([]),
});
export const ListingSchema = ListingFieldsSchema.extend(TimestampsShape);
export type ListingFields = z.output<typeof ListingFieldsSchema>;
export type Listing = z.infer<typeof ListingSchema>;

/**
 * What the person said a phrase from a listing means ("Other terms in this listing"): one of their
 * skills, or nothing worth tracking. Remembered for every later listing.
 */
export const TermMappingFieldsSchema = z.object({
  id: IdSchema,
  /** The phrase as the listing wrote it; matched whole-word, ignoring case and plurals. */
  phrase: requiredText('the phrase', LIMITS.shortText),
  /** The skill it counts as; null means "ignore this phrase". */
  skillId: IdSchema.nullable().default(null),
});
export const TermMappingSchema = TermMappingFieldsSchema.extend(TimestampsShape);
export type TermMapping = z.infer<typeof TermMappingSchema>;
