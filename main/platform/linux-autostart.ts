import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import type { LoginItemPort } from '../services/app-settings/app-settings-service';
import { durableWriteFileSync } from '../storage/durable-write';

/**
 * The freedesktop.org autostart entry (`~/.config/autostart/pmo-pathway.desktop`) that GNOME, KDE, Xfce
 * and the others start at log-in. Written whole and atomically; removing it is the off switch.
 */
export interface AutostartOptions {
  autostartDir: string;
  executable: string;
  hiddenArg: string;
  fs?: Pick<typeof nodeFs, 'mkdirSync' | 'rmSync'>;
}

export const AUTOSTART_FILE = 'pmo-pathway.desktop';

export function autostartEntry(executable: string, hiddenArg: string): string {
  // Exec quoting per the Desktop Entry spec: inside double quotes, \ " ` $ are escaped with a backslash.
  const quoted = `"${executable.replace(/[\\"`$]/g, (c) => `\\${c}`)}"`;
  return ['[Desktop Entry]', 'Type=Application', 'Name=PMO Pathway', 'Comment=Reminders for your PMO plan', `Exec=${quoted} ${hiddenArg}`, 'X-GNOME-Autostart-enabled=true', 'NoDisplay=true', ''].join('\n');
}

export function linuxAutostart(options: AutostartOptions): LoginItemPort {
  const fs = options.fs ?? nodeFs;
  const file = join(options.autostartDir, AUTOSTART_FILE);
  return {
    setOpenAtLogin(open) {
      if (!open) return void fs.rmSync(file, { force: true });
      fs.mkdirSync(options.autostartDir, { recursive: true });
      durableWriteFileSync(file, autostartEntry(options.executable, options.hiddenArg));
    },
  };
}
