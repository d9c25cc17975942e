/**
 * The editors open right now with changes not yet saved into the plan. Closing the window asks about
 * them (Save / Discard / Cancel in the app, the browser's own prompt in the bridge), and "Save" runs
 * each one's own save, so its checks and messages apply exactly as when the person presses Save.
 */
export interface OpenEditor {
  /** What it is, e.g. "achievement “Rescued the report”". */
  label: string;
  /** Saves it; resolves false when a check or main refused (the editor then shows why). */
  save(): Promise<boolean>;
}

const open = new Map<string, OpenEditor>();

export function markEditorDirty(key: string, editor: OpenEditor): void {
  open.set(key, editor);
}

export function markEditorClean(key: string): void {
  open.delete(key);
}

export function hasUnsavedEditors(): boolean {
  return open.size > 0;
}

/** Save every dirty editor; true only when all of them saved. */
export async function saveUnsavedEditors(): Promise<boolean> {
  const results = await Promise.all([...open.values()].map((editor) => editor.save().catch(() => false)));
  return results.every(Boolean);
}

/** For tests: forget every registration. */
export function resetOpenEditors(): void {
  open.clear();
}
