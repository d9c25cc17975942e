import { z } from 'zod';

/**
 * Updates as they cross the process boundary (issue 17). Main owns the one updater; the page only reads
 * where it stands and asks for the next step (check, download, restart and install). Every status carries
 * `message`, the plain sentence the page shows (and announces) as it is, so the words live in one place.
 */

/** A newer version the update feed offers; notes are plain text (HTML is stripped in main). */
export const UpdateOfferSchema = z.object({
  version: z.string().max(100),
  /** The release's title, when the feed gives one. */
  releaseName: z.string().max(300).nullable(),
  /** ISO date-time of the release, when the feed gives one. */
  releaseDate: z.string().max(100).nullable(),
  /** What changed, as plain text ("" when the release says nothing). */
  notes: z.string().max(20_000),
});
export type UpdateOffer = z.infer<typeof UpdateOfferSchema>;

const message = z.string().max(1000);

export const UpdateStatusSchema = z.discriminatedUnion('kind', [
  /** Nothing has been checked in this run. */
  z.object({ kind: z.literal('idle'), message }),
  /** This copy cannot update itself: the browser bridge, or an unpackaged development run. */
  z.object({ kind: z.literal('unsupported'), message }),
  z.object({ kind: z.literal('checking'), message, automatic: z.boolean() }),
  z.object({ kind: z.literal('up-to-date'), message, checkedAt: z.string() }),
  /** The check failed (offline, rate-limited, no release, a feed that cannot be read, too slow). */
  z.object({ kind: z.literal('check-failed'), message, checkedAt: z.string(), automatic: z.boolean() }),
  /** A newer version; nothing is downloaded until the person asks. `problem`: why the last download failed. */
  z.object({ kind: z.literal('available'), message, offer: UpdateOfferSchema, problem: message.nullable() }),
  z.object({
    kind: z.literal('downloading'),
    message,
    offer: UpdateOfferSchema,
    /** 0 to 100, whole numbers. */
    percent: z.number().min(0).max(100),
    transferredBytes: z.number().nonnegative(),
    totalBytes: z.number().nonnegative(),
  }),
  /** Ready to install at the next restart the person chooses. `problem`: why the last install did not go ahead. */
  z.object({ kind: z.literal('downloaded'), message, offer: UpdateOfferSchema, problem: message.nullable() }),
  /** The plan is saved and backed up; the app is quitting to install. */
  z.object({ kind: z.literal('installing'), message, offer: UpdateOfferSchema }),
]);
export type UpdateStatus = z.infer<typeof UpdateStatusSchema>;
export type UpdateStatusKind = UpdateStatus['kind'];

export const UpdateStateSchema = z.object({
  /** The version running now. */
  currentVersion: z.string(),
  /** False in the browser bridge and in a development run: checking would only say why not. */
  canUpdate: z.boolean(),
  status: UpdateStatusSchema,
});
export type UpdateState = z.infer<typeof UpdateStateSchema>;
