/**
 * The errors that cross the process boundary. Main turns every failure into one of these, so the UI
 * can show `message` as it is and branch on `code`; a stack trace never reaches the page.
 */
export const API_ERROR_CODES = [
  'invalid-argument', // the call itself was malformed (wrong method, wrong arguments)
  'forbidden', // the caller is not our own page
  'validation', // the edit would make the plan invalid; message says why in the user's terms
  'not-found', // the thing named (a backup, an item) does not exist
  'read-only', // the plan was opened read-only (e.g. written by a newer version)
  'io', // the disk refused (full, no permission, locked)
  'cancelled', // the person closed a dialog
  'internal', // a bug: logged in main, reported in plain words
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorShape {
  code: ApiErrorCode;
  message: string;
}

/** What every call returns across the boundary; the renderer's api layer unwraps it. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** Thrown by main's services and by the renderer's api layer; carries a code the UI understands. */
export class ApiError extends Error implements ApiErrorShape {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toShape(): ApiErrorShape {
    return { code: this.code, message: this.message };
  }
}

export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    (API_ERROR_CODES as readonly unknown[]).includes((value as ApiErrorShape).code) &&
    typeof (value as ApiErrorShape).message === 'string'
  );
}
