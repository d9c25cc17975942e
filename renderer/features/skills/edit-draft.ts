/**
 * Helpers for editor drafts of plan items. An editor keeps its own copy of the item while the person
 * types, but the same item can change underneath it (a level picked in the matrix, a CPD entry logged,
 * an undo). Rebasing keeps what the person typed and takes everything else from the stored item, so
 * saving a draft never silently reverts a change made elsewhere.
 */

/** The fields a `*.put` change carries: the stored item without the timestamps main stamps. */
export function stripTimestamps<T extends { createdAt: string; updatedAt: string }>(item: T): Omit<T, 'createdAt' | 'updatedAt'> {
  const { createdAt: _created, updatedAt: _updated, ...fields } = item;
  return fields;
}

/**
 * `draft` was started from `base` (the item when the editor opened); `latest` is the stored item now.
 * Fields the person left untouched (still equal to base) follow latest; fields they changed keep their
 * value. Call it on every render rather than storing the result: then an optimistic value that a failed
 * save takes back can never overwrite what the person typed.
 */
export function rebaseDraft<T extends object>(draft: T, base: T, latest: T): T {
  const next = { ...latest };
  for (const key of Object.keys(draft) as (keyof T)[]) {
    if (!sameValue(draft[key], base[key])) next[key] = draft[key];
  }
  return next;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Numbers as people read them: 12.5, not 12.50 or 12.499999. */
export function formatAmount(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** After a failed check, take a keyboard user to the first field with a problem (once it is marked). */
export function focusFirstProblem(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
