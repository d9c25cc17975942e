/**
 * App commands with their keyboard shortcuts, defined once: main builds the native menu from them and
 * sends the command to the page; in the browser (no native menu) the page binds the same shortcuts itself.
 * Accelerators use Electron's syntax ("CmdOrCtrl" = Cmd on macOS, Ctrl elsewhere).
 */
export const APP_COMMANDS = {
  'new-item': { label: 'New Item', accelerator: 'CmdOrCtrl+N', menu: 'file' },
  'export-cv': { label: 'Export Achievements…', accelerator: 'CmdOrCtrl+E', menu: 'file' },
  'go-cv-import': { label: 'Import a CV…', accelerator: 'CmdOrCtrl+I', menu: 'file' },
  undo: { label: 'Undo', accelerator: 'CmdOrCtrl+Z', menu: 'edit' },
  redo: { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', menu: 'edit' },
  find: { label: 'Find', accelerator: 'CmdOrCtrl+F', menu: 'edit' },
  'go-dashboard': { label: 'Dashboard', accelerator: 'CmdOrCtrl+1', menu: 'go' },
  'go-milestones': { label: 'Milestones', accelerator: 'CmdOrCtrl+2', menu: 'go' },
  'go-skills': { label: 'Skills', accelerator: 'CmdOrCtrl+3', menu: 'go' },
  'go-certifications': { label: 'Certifications', accelerator: 'CmdOrCtrl+4', menu: 'go' },
  'go-achievements': { label: 'Achievements', accelerator: 'CmdOrCtrl+5', menu: 'go' },
  'go-listings': { label: 'Job Listings', accelerator: 'CmdOrCtrl+6', menu: 'go' },
  'go-interview': { label: 'Interviews', accelerator: 'CmdOrCtrl+7', menu: 'go' },
  'go-export': { label: 'Export', accelerator: 'CmdOrCtrl+8', menu: 'go' },
  'go-backups': { label: 'Backups', accelerator: 'CmdOrCtrl+9', menu: 'go' },
  'go-settings': { label: 'Settings', accelerator: 'CmdOrCtrl+,', menu: 'go' },
  // No shortcut: a check is asked for now and then, and the page shows its result (issue 17).
  'check-for-updates': { label: 'Check for Updates…', menu: 'help' },
} as const satisfies Record<string, { label: string; accelerator?: string; menu: AppMenu }>;

/** The native menu a command sits in. */
export type AppMenu = 'file' | 'edit' | 'go' | 'help';
export type AppCommand = keyof typeof APP_COMMANDS;
export const APP_COMMAND_IDS = Object.keys(APP_COMMANDS) as AppCommand[];

/** A command's shortcut, or undefined for the few that have none (they are reached through the menu). */
export function acceleratorOf(command: AppCommand): string | undefined {
  const entry: { label: string; accelerator?: string } = APP_COMMANDS[command];
  return entry.accelerator;
}

/** Does a key press match an accelerator? `isMac` decides what CmdOrCtrl means. */
export function matchesAccelerator(
  accelerator: string,
  press: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean },
  isMac: boolean,
): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  const wants = new Set(parts);
  const command = isMac ? press.metaKey : press.ctrlKey;
  const otherModifier = isMac ? press.ctrlKey : press.metaKey;
  if (wants.has('CmdOrCtrl') !== command || otherModifier) return false;
  if (wants.has('Shift') !== press.shiftKey || wants.has('Alt') !== press.altKey) return false;
  return press.key.toLowerCase() === key.toLowerCase();
}

/** A shortcut as a person reads it: "Ctrl+1" or "⌘1". */
export function describeAccelerator(accelerator: string, isMac: boolean): string {
  if (!isMac) return accelerator.replace('CmdOrCtrl', 'Ctrl');
  return accelerator.replace('CmdOrCtrl+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}
