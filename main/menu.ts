import type { MenuItemConstructorOptions } from 'electron';
import { acceleratorOf, APP_COMMANDS, APP_COMMAND_IDS, type AppCommand, type AppMenu } from '../shared/commands';

/**
 * The native application menu as plain data (so a test can read it): the platform's usual menus plus
 * our commands, each of which is sent to the page to carry out. Text editing keeps the native roles.
 */
export function buildMenuTemplate(send: (command: AppCommand) => void, isMac: boolean): MenuItemConstructorOptions[] {
  const items = (menu: AppMenu): MenuItemConstructorOptions[] =>
    APP_COMMAND_IDS.filter((id) => APP_COMMANDS[id].menu === menu).map((id) => ({
      id,
      label: APP_COMMANDS[id].label,
      accelerator: acceleratorOf(id),
      click: () => send(id),
    }));

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push({ label: '&File', submenu: [...items('file'), { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }] });
  template.push({
    label: '&Edit',
    submenu: [
      ...items('edit').filter((item) => item.id !== 'find'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      ...items('edit').filter((item) => item.id === 'find'),
    ],
  });
  template.push({ label: '&Go', submenu: items('go') });
  template.push({
    label: '&View',
    submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
  });
  template.push({ role: 'windowMenu' });
  // "Check for Updates…" works whatever the automatic-check setting says; the page shows the result.
  template.push({ role: 'help', label: '&Help', submenu: items('help') });
  return template;
}
