/**
 * Closing the window (or quitting) while an editor has unsaved changes. The page's beforeunload handler
 * says so; Electron then emits `will-prevent-unload` here instead of closing, and the person chooses:
 * - Save: the page is asked to save every open editor (`saveBeforeClose`) and closes itself when all
 *   saved; a refused save keeps the window open on the editor that says why;
 * - Don't save: the drafts are discarded and the window closes;
 * - Cancel: nothing happens.
 * Electron-free (the dialog and the event sender are passed in), so it is tested as it is.
 */
export type CloseChoice = 'save' | 'discard' | 'cancel';

export interface UnsavedChangesGuardDeps {
  /** Ask the person (a native dialog in the app). */
  ask(): CloseChoice;
  requestSave(): void;
  discardDrafts(): void;
}

interface UnloadEvent {
  preventDefault(): void;
}

export interface WebContentsLike {
  on(event: 'will-prevent-unload', listener: (event: UnloadEvent) => void): unknown;
}

export function guardUnsavedChanges(webContents: WebContentsLike, deps: UnsavedChangesGuardDeps): void {
  webContents.on('will-prevent-unload', (event) => {
    const choice = deps.ask();
    if (choice === 'discard') {
      deps.discardDrafts();
      event.preventDefault(); // In this event, preventDefault lets the unload go ahead.
    } else if (choice === 'save') {
      deps.requestSave();
    }
  });
}

/** The dialog's buttons, in order; Cancel is what Escape and closing the dialog mean. */
export const CLOSE_DIALOG_BUTTONS = ['Save', 'Don’t save', 'Cancel'] as const;
const CHOICES: readonly CloseChoice[] = ['save', 'discard', 'cancel'];

export function closeChoiceOf(buttonIndex: number): CloseChoice {
  return CHOICES[buttonIndex] ?? 'cancel';
}

export const CLOSE_DIALOG_TEXT = {
  message: 'Save your changes before closing?',
  detail: 'An editor has changes that are not in your plan yet. If you don’t save, they are thrown away.',
};
