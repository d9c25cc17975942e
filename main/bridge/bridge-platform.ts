import { AsyncLocalStorage } from 'node:async_hooks';
import type { ClientEffect } from '../../shared/ipc/bridge-protocol';
import type { Platform } from '../platform/platform';
import { printWithChromium } from './bridge-print';

/**
 * The browser bridge's adapter of the Platform port. The server cannot show a dialog or open a tab, so
 * each platform call records a ClientEffect for the request being served; the bridge client performs it
 * (a new tab, a download) when the response arrives. AsyncLocalStorage ties effects to their request.
 */
const requestEffects = new AsyncLocalStorage<ClientEffect[]>();

/** Run `work` for one request and collect the effects platform calls made while it ran. */
export async function collectEffects<T>(work: () => Promise<T>): Promise<{ result: T; effects: ClientEffect[] }> {
  const effects: ClientEffect[] = [];
  const result = await requestEffects.run(effects, work);
  return { result, effects };
}

function record(effect: ClientEffect): void {
  const effects = requestEffects.getStore();
  if (!effects) throw new Error('A bridge platform call was made outside a request.');
  effects.push(effect);
}

export const bridgePlatform: Platform = {
  shell: 'browser',
  openExternal: async (url) => record({ kind: 'open-url', url }),
  // The browser decides where a download goes, so there is no location to report.
  saveFile: async ({ suggestedName, bytes, mimeType }) => {
    record({ kind: 'download', fileName: suggestedName, mimeType: mimeType ?? 'application/octet-stream', base64: Buffer.from(bytes).toString('base64') });
    return { saved: true };
  },
  printToPdf: (html, pageSize) => printWithChromium(html, pageSize),
};
