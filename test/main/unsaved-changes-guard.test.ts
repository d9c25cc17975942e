import { describe, expect, it, vi } from 'vitest';
import { closeChoiceOf, guardUnsavedChanges, type CloseChoice } from '../../main/unsaved-changes-guard';

function setUp(choice: CloseChoice) {
  let listener: ((event: { preventDefault(): void }) => void) | undefined;
  const webContents = { on: vi.fn((_name: 'will-prevent-unload', handler: typeof listener) => (listener = handler)) };
  const deps = { ask: vi.fn(() => choice), requestSave: vi.fn(), discardDrafts: vi.fn() };
  guardUnsavedChanges(webContents, deps);
  const event = { preventDefault: vi.fn() };
  listener!(event);
  return { webContents, deps, event };
}

describe('closing the window with unsaved changes', () => {
  it('listens for the page refusing to unload', () => {
    expect(setUp('cancel').webContents.on).toHaveBeenCalledWith('will-prevent-unload', expect.any(Function));
  });

  it('Save asks the page to save its editors and keeps the window until it has', () => {
    const { deps, event } = setUp('save');
    expect(deps.requestSave).toHaveBeenCalledOnce();
    expect(deps.discardDrafts).not.toHaveBeenCalled();
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('Don’t save discards the drafts and lets the window close', () => {
    const { deps, event } = setUp('discard');
    expect(deps.discardDrafts).toHaveBeenCalledOnce();
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(deps.requestSave).not.toHaveBeenCalled();
  });

  it('Cancel leaves everything as it is', () => {
    const { deps, event } = setUp('cancel');
    expect(deps.discardDrafts).not.toHaveBeenCalled();
    expect(deps.requestSave).not.toHaveBeenCalled();
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('maps the dialog buttons in order, and anything else (Escape, closing the dialog) to Cancel', () => {
    expect([0, 1, 2, 3, -1].map(closeChoiceOf)).toEqual(['save', 'discard', 'cancel', 'cancel', 'cancel']);
  });
});
