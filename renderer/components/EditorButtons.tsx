/** The foot of an item editor: its save button (off while the plan is read-only) and Cancel. */
export function EditorButtons({ saveLabel, readOnly, onCancel }: { saveLabel: string; readOnly: boolean; onCancel(): void }) {
  return (
    <div className="actions">
      <button type="submit" disabled={readOnly}>
        {saveLabel}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
