import { useEffect, useRef } from 'react';
import type { AppCommand } from '../../shared/commands';

/**
 * A tiny in-page bus for app commands, whichever way they arrive (native menu event, keyboard shortcut,
 * a button). The shell handles navigation and undo; a screen handles "new item" and "find" while shown.
 */
const bus = new EventTarget();

export function dispatchAppCommand(command: AppCommand): void {
  bus.dispatchEvent(new CustomEvent(command));
}

export function useAppCommand(command: AppCommand, handler: () => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const listener = () => latest.current();
    bus.addEventListener(command, listener);
    return () => bus.removeEventListener(command, listener);
  }, [command]);
}

/** Several commands at once, e.g. every "go to screen" command. */
export function useAppCommands(handlers: Partial<Record<AppCommand, () => void>>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  const commands = Object.keys(handlers).sort().join(' ');
  useEffect(() => {
    const subscriptions = commands
      .split(' ')
      .filter(Boolean)
      .map((command) => {
        const listener = () => latest.current[command as AppCommand]?.();
        bus.addEventListener(command, listener);
        return () => bus.removeEventListener(command, listener);
      });
    return () => subscriptions.forEach((unsubscribe) => unsubscribe());
  }, [commands]);
}
