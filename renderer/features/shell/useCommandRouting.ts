import { useEffect } from 'react';
import { acceleratorOf, APP_COMMAND_IDS, matchesAccelerator, type AppCommand } from '../../../shared/commands';
import { api } from '../../lib/api';
import { dispatchAppCommand, useAppCommands } from '../../lib/app-commands';
import { isEditableTarget, isMacPlatform } from '../../lib/platform';
import { useAppStore } from '../../store';
import { SCREENS } from './screens';

/**
 * Routes app commands: native menu events (Electron) and, in the browser where there is no native menu,
 * the same shortcuts pressed in the page. Navigation and undo/redo are handled here; screens handle the rest.
 */
export function useCommandRouting(shell: 'electron' | 'browser' | null): void {
  const go = useAppStore((state) => state.go);
  const undo = useAppStore((state) => state.undo);
  const redo = useAppStore((state) => state.redo);

  useEffect(() => api.on('menuCommand', ({ command }) => routeMenuCommand(command)), []);

  useEffect(() => {
    // In Electron the native menu owns the accelerators; handling them here too would run them twice.
    if (shell !== 'browser') return;
    const isMac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      const command = APP_COMMAND_IDS.find((id) => {
        const accelerator = acceleratorOf(id);
        return accelerator !== undefined && matchesAccelerator(accelerator, event, isMac);
      });
      if (!command) return;
      // In a text field, Ctrl+Z / Ctrl+Shift+Z are the field's own undo and redo.
      if ((command === 'undo' || command === 'redo') && isEditableTarget(event.target)) return;
      event.preventDefault();
      dispatchAppCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [shell]);

  useAppCommands({
    ...Object.fromEntries(SCREENS.map((screen) => [screen.command, () => go(screen.id)])),
    // Elsewhere, Ctrl+E opens the Export screen; on it, the screen itself also runs the export.
    'export-cv': () => go('export'),
    undo: () => void undo(),
    redo: () => void redo(),
  });
}

/** A menu's Undo while typing in a field undoes the typing, as in any desktop app. */
function routeMenuCommand(command: AppCommand): void {
  if ((command === 'undo' || command === 'redo') && isEditableTarget(document.activeElement)) {
    document.execCommand(command);
    return;
  }
  dispatchAppCommand(command);
}
