import { acceleratorOf, APP_COMMANDS, APP_COMMAND_IDS, describeAccelerator, matchesAccelerator } from '../../shared/commands';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('app commands and their shortcuts', () => {
  it('gives every command a distinct shortcut, except the menu-only ones, which have none', () => {
    const accelerators = APP_COMMAND_IDS.map(acceleratorOf).filter((accelerator) => accelerator !== undefined);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    expect(APP_COMMAND_IDS.filter((id) => acceleratorOf(id) === undefined)).toEqual(['check-for-updates']);
    // Every screen's "go" command has one: the sidebar shows it.
    for (const id of APP_COMMAND_IDS.filter((id) => id.startsWith('go-'))) expect(acceleratorOf(id), id).toMatch(/^CmdOrCtrl\+/);
  });

  it('puts Check for Updates… in the Help menu', () => {
    expect(APP_COMMANDS['check-for-updates']).toEqual({ label: 'Check for Updates…', menu: 'help' });
  });

  it('matches CmdOrCtrl as Ctrl off macOS and as Cmd on macOS, and nothing else', () => {
    expect(matchesAccelerator('CmdOrCtrl+2', press('2', { ctrlKey: true }), false)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+2', press('2', { metaKey: true }), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+2', press('2', { metaKey: true }), true)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+2', press('2', { ctrlKey: true }), true)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+2', press('2'), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+2', press('3', { ctrlKey: true }), false)).toBe(false);
  });

  it('tells undo from redo by Shift, and ignores letter case', () => {
    expect(matchesAccelerator('CmdOrCtrl+Z', press('z', { ctrlKey: true }), false)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Z', press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+Shift+Z', press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Z', press('z', { ctrlKey: true, altKey: true }), false)).toBe(false);
  });

  it('describes shortcuts the way each platform writes them', () => {
    expect(describeAccelerator('CmdOrCtrl+1', false)).toBe('Ctrl+1');
    expect(describeAccelerator('CmdOrCtrl+1', true)).toBe('⌘1');
    expect(describeAccelerator('CmdOrCtrl+Shift+Z', true)).toBe('⌘⇧Z');
  });
});
