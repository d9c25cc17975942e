import { BRIDGE_TOKEN_META } from '../../shared/ipc/bridge-protocol';
import { METHOD_NAMES } from '../../shared/ipc/channels';
import type { Api, TransportApi } from '../../shared/ipc/contract';
import { ApiError, type Envelope } from '../../shared/ipc/errors';
import { createBridgeTransport } from './bridge-transport';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the page is served by the browser bridge. */
    api?: TransportApi;
  }
}

/**
 * The one seam between the UI and main. The renderer never knows which transport it runs on: the
 * Electron preload's window.api, or the browser bridge (found by its token meta tag). Results come back
 * unwrapped; failures are thrown as ApiError with a message fit to show. Tests replace this module.
 */
function findTransport(): TransportApi {
  if (window.api) return window.api;
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${BRIDGE_TOKEN_META}"]`)?.content;
  if (token) return createBridgeTransport(token);
  throw new ApiError('internal', 'PMO Pathway could not reach its background service. Restart the app.');
}

let transport: TransportApi | undefined;
function getTransport(): TransportApi {
  transport ??= findTransport();
  return transport;
}

function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new ApiError(envelope.error.code, envelope.error.message);
}

function buildApi(): Api {
  const api: Record<string, unknown> = {};
  for (const method of METHOD_NAMES) {
    api[method] = async (...args: unknown[]) => {
      const call = getTransport()[method] as (...a: unknown[]) => Promise<Envelope<unknown>>;
      return unwrap(await call(...args));
    };
  }
  api.on = ((event, listener) => getTransport().on(event, listener)) satisfies Api['on'];
  return api as Api;
}

export const api: Api = buildApi();

/** A message to show for anything thrown by an api call. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Your saved plan is unaffected; please try again.';
}
