import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNELS, METHOD_CHANNELS, type EventName } from '../shared/ipc/channels';

/**
 * Builds window.api from the contract's channel map: one function per method, and `on` for events.
 * It exposes nothing else — never ipcRenderer, never the IPC event object — and stays tiny (no zod):
 * main parses every argument anyway.
 */
function buildApi() {
  const api: Record<string, unknown> = {};
  for (const [name, channel] of Object.entries(METHOD_CHANNELS)) {
    api[name] = (...args: unknown[]) => ipcRenderer.invoke(channel, ...args);
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) => {
    // hasOwn, not a plain lookup: "toString" or "__proto__" must not pass as event names.
    if (!Object.hasOwn(EVENT_CHANNELS, event)) throw new Error(`Unknown event "${String(event)}".`);
    const channel = EVENT_CHANNELS[event];
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  };
  return Object.freeze(api);
}

contextBridge.exposeInMainWorld('api', buildApi());
