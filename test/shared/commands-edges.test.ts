import { describe, expect, it } from 'vitest';
import { describeAccelerator, matchesAccelerator } from '../../shared/commands';

/** The Alt (Option) modifier, which no built-in command uses yet but the matcher and the labels must handle. */

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods,
});

describe('shortcuts with Alt', () => {
  it('match only with Alt held', () => {
    expect(matchesAccelerator('CmdOrCtrl+Alt+K', press('k', { ctrlKey: true, altKey: true }), false)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Alt+K', press('k', { ctrlKey: true }), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+Shift+Alt+K', press('K', { metaKey: true, shiftKey: true, altKey: true }), true)).toBe(true);
  });

  it('are written with the macOS symbols, in order', () => {
    expect(describeAccelerator('CmdOrCtrl+Alt+K', true)).toBe('⌘⌥K');
    expect(describeAccelerator('CmdOrCtrl+Shift+Alt+K', true)).toBe('⌘⇧⌥K');
    expect(describeAccelerator('CmdOrCtrl+Alt+K', false)).toBe('Ctrl+Alt+K');
  });
});
