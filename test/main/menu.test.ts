import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../main/menu';
import { APP_COMMANDS, APP_COMMAND_IDS, type AppCommand } from '../../shared/commands';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('the native application menu', () => {
  it('offers every app command once, with its shortcut, and sends it to the page when chosen', () => {
    const sent: AppCommand[] = [];
    const all = items(buildMenuTemplate((command) => sent.push(command), false));
    for (const id of APP_COMMAND_IDS) {
      const matching = all.filter((item) => item.id === id);
      expect(matching, id).toHaveLength(1);
      expect(matching[0]!.accelerator).toBe(APP_COMMANDS[id].accelerator);
      (matching[0]!.click as () => void)();
    }
    expect(sent).toEqual(APP_COMMAND_IDS);
  });

  it('keeps the native text-editing roles, and the app menu on macOS only', () => {
    const windowsRoles = items(buildMenuTemplate(() => undefined, false)).map((item) => item.role).filter(Boolean);
    expect(windowsRoles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit']));
    expect(windowsRoles).not.toContain('appMenu');
    const macRoles = items(buildMenuTemplate(() => undefined, true)).map((item) => item.role).filter(Boolean);
    expect(macRoles).toEqual(expect.arrayContaining(['appMenu', 'close', 'cut', 'copy', 'paste']));
  });
});
