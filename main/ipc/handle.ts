import { ipcMain, type WebContents } from 'electron';
import { EVENT_CHANNELS, METHOD_CHANNELS, type EventName, type MethodName } from '../../shared/ipc/channels';
import type { EventPayload, Handlers } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/errors';
import { dispatch } from '../api/dispatch';

/**
 * The only place main touches ipcMain. Every channel of the contract gets one handler that first checks
 * the sending frame is our own page, then hands the untrusted arguments to dispatch (schema parse,
 * typed errors). `isTrustedSender` is injected so it is a pure, tested function.
 */
export function registerIpcHandlers(handlers: Handlers, isTrustedSender: (frameUrl: string | undefined) => boolean): () => void {
  const names = Object.keys(METHOD_CHANNELS) as MethodName[];
  for (const name of names) {
    ipcMain.handle(METHOD_CHANNELS[name], async (event, ...args: unknown[]): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        return { ok: false, error: { code: 'forbidden', message: 'This request did not come from PMO Pathway and was refused.' } };
      }
      return dispatch(handlers, name, args);
    });
  }
  return () => names.forEach((name) => ipcMain.removeHandler(METHOD_CHANNELS[name]));
}

/** Send a typed event to the page. */
export function sendEvent<K extends EventName>(contents: WebContents, event: K, payload: EventPayload<K>): void {
  if (!contents.isDestroyed()) contents.send(EVENT_CHANNELS[event], payload);
}
