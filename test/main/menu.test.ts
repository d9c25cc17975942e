import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../main/menu';
import { acceleratorOf, APP_COMMAND_IDS, type AppCommand } from '../../shared/commands';

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
      expect(matching[0]!.accelerator).toBe(acceleratorOf(id));
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

  it('has a Help menu with Check for Updates… (no shortcut) on every platform, as the last menu', () => {
    for (const isMac of [false, true]) {
      const sent: AppCommand[] = [];
      const template = buildMenuTemplate((command) => sent.push(command), isMac);
      const help = template.at(-1)!;
      expect(help).toMatchObject({ role: 'help', label: '&Help' });
      const submenu = help.submenu as MenuItemConstructorOptions[];
      expect(submenu.map((item) => item.label)).toEqual(['Check for Updates…']);
      expect(submenu[0]!.accelerator).toBeUndefined();
      (submenu[0]!.click as () => void)();
      expect(sent).toEqual(['check-for-updates']);
    }
  });
});
