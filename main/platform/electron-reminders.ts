import { app, Notification } from 'electron';
import type { LoginItemPort } from '../services/app-settings/app-settings-service';
import type { NotifierPort } from '../services/reminders/reminder-service';
import { linuxAutostart } from './linux-autostart';

/** The argument a log-in start passes, so the app knows to start out of sight. */
export const HIDDEN_START_ARG = '--hidden';

/**
 * Reminders as the operating system's own notifications, raised by main (the page's permission handler
 * stays deny-all). Notifications are kept referenced until closed: one that is garbage-collected loses
 * its click handler on some platforms. Null where the OS has no notification service.
 */
export function electronNotifier(): NotifierPort | null {
  if (!Notification.isSupported()) return null;
  const live = new Set<Notification>();
  return {
    show({ title, body }, onClick) {
      const notification = new Notification({ title, body });
      live.add(notification);
      notification.on('click', () => {
        live.delete(notification);
        onClick();
      });
      notification.on('close', () => live.delete(notification));
      notification.show();
    },
  };
}

/**
 * "Open PMO Pathway when I log in": Electron's login item on Windows and macOS; on Linux, where Electron
 * has none, the freedesktop autostart entry that desktop environments read. Either way the app starts
 * hidden, with the `--hidden` argument.
 */
export function electronLoginItem(): LoginItemPort {
  if (process.platform === 'linux') {
    return {
      // Worked out when the person turns it on, not at every start. An AppImage runs from a temporary
      // mount: the entry must name the AppImage file itself.
      setOpenAtLogin: (open) =>
        linuxAutostart({ autostartDir: `${app.getPath('appData')}/autostart`, executable: process.env.APPIMAGE ?? process.execPath, hiddenArg: HIDDEN_START_ARG }).setOpenAtLogin(open),
    };
  }
  return {
    setOpenAtLogin(open) {
      // `args` reach the app on Windows; macOS passes none, and says so with wasOpenedAtLogin instead.
      app.setLoginItemSettings({ openAtLogin: open, args: [HIDDEN_START_ARG] });
    },
  };
}

/** Was this run started by the log-in item? Then the window stays hidden until the person asks for it. */
export function startedHidden(argv: readonly string[]): boolean {
  if (argv.includes(HIDDEN_START_ARG)) return true;
  return process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}
