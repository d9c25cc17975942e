import type { KeyboardEvent } from 'react';
import type { z } from 'zod';

/**
 * What every item editor does the same way, in one place: problems from a failed check keyed by field,
 * the keyboard (Escape closes, Ctrl/⌘+Enter saves), and what follows a save (the draft is forgotten and
 * the editor closes; a refused save keeps both, and the store has said why).
 */

/** A check's problems by their top-level field ("title", "endMonth"), first message each. */
export function problemsOf(error: z.ZodError): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const issue of error.issues) problems[String(issue.path[0])] ??= issue.message;
  return problems;
}

export function editorKeyDown(close: () => void, save: () => unknown) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') close();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };
}

/** After `stored` resolves: on success the draft goes and the editor closes. Resolves whether it saved. */
export async function afterSave(stored: Promise<boolean>, work: { saved(): void }, onClose: () => void): Promise<boolean> {
  const saved = await stored;
  if (saved) {
    work.saved();
    onClose();
  }
  return saved;
}

/**
 * The whole of an ordinary editor's save: check the draft with the item's schema (problems shown by
 * their field, the first focused), store it, then forget the draft and close. Resolves whether it saved.
 */
export async function checkAndSave<T>(
  schema: z.ZodType<T>,
  draft: unknown,
  ui: { setProblems(problems: Record<string, string>): void; form: HTMLFormElement | null },
  store: (item: T) => Promise<boolean>,
  work: { saved(): void },
  onClose: () => void,
): Promise<boolean> {
  const parsed = schema.safeParse(draft);
  if (!parsed.success) {
    ui.setProblems(problemsOf(parsed.error));
    requestAnimationFrame(() => ui.form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    return false;
  }
  ui.setProblems({});
  return afterSave(store(parsed.data), work, onClose);
}
