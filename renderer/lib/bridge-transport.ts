import {
  BRIDGE_EVENTS_PATH,
  BRIDGE_TOKEN_HEADER,
  bridgeCallPath,
  type BridgeCallResponse,
  type ClientEffect,
} from '../../shared/ipc/bridge-protocol';
import { EVENT_CHANNELS, METHOD_NAMES, type EventName, type MethodName } from '../../shared/ipc/channels';
import type { TransportApi } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/errors';

/**
 * window.api over the browser bridge: each method is a POST to the loopback server, events arrive over
 * Server-Sent Events. Built from the same channel list as the Electron preload, so the two cannot drift.
 */
export function createBridgeTransport(token: string, performEffect: (effect: ClientEffect) => void = performInBrowser): TransportApi {
  const transport: Record<string, unknown> = {};
  for (const method of METHOD_NAMES) {
    transport[method] = (...args: unknown[]) => call(method, args, token, performEffect);
  }
  let source: EventSource | undefined;
  transport.on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!Object.hasOwn(EVENT_CHANNELS, event)) throw new Error(`Unknown event "${String(event)}".`);
    source ??= new EventSource(`${BRIDGE_EVENTS_PATH}?token=${encodeURIComponent(token)}`);
    const forward = (message: MessageEvent<string>) => listener(JSON.parse(message.data));
    source.addEventListener(event, forward);
    return () => source?.removeEventListener(event, forward);
  };
  return transport as TransportApi;
}

/**
 * Calls that must reach main even while the page unloads (a reload, closing the tab): the draft the
 * person was typing. `keepalive` lets the browser finish them after the page has gone.
 */
const OUTLIVE_THE_PAGE: ReadonlySet<MethodName> = new Set(['saveDraft', 'discardDraft']);

function post(method: MethodName, body: string, token: string, keepalive: boolean): Promise<Response> {
  return fetch(bridgeCallPath(method), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [BRIDGE_TOKEN_HEADER]: token },
    body,
    keepalive,
  });
}

async function call(method: MethodName, args: unknown[], token: string, performEffect: (effect: ClientEffect) => void): Promise<Envelope<unknown>> {
  let response: Response;
  const request = JSON.stringify({ args });
  try {
    // keepalive bodies are capped (64 KB in Chromium); a larger draft is sent the ordinary way.
    const keepalive = OUTLIVE_THE_PAGE.has(method) && request.length < 60_000;
    response = await post(method, request, token, keepalive);
  } catch {
    return unavailable('PMO Pathway’s background service is not answering. Your last saved plan is safe; try again once it is running.');
  }
  let body: BridgeCallResponse;
  try {
    body = (await response.json()) as BridgeCallResponse;
  } catch {
    return unavailable(`PMO Pathway’s background service answered with an error (${response.status}). Your last saved plan is safe.`);
  }
  body.effects.forEach(performEffect);
  return body.envelope;
}

function unavailable(message: string): Envelope<never> {
  return { ok: false, error: { code: 'io', message } };
}

/** The browser's stand-ins for Electron's shell and save dialog. */
export function performInBrowser(effect: ClientEffect): void {
  if (effect.kind === 'open-url') {
    window.open(effect.url, '_blank', 'noopener,noreferrer');
    return;
  }
  const bytes = Uint8Array.from(atob(effect.base64), (c) => c.charCodeAt(0));
  const href = URL.createObjectURL(new Blob([bytes], { type: effect.mimeType }));
  const link = document.createElement('a');
  link.href = href;
  link.download = effect.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
