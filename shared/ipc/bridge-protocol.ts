import type { EventName, MethodName } from './channels';
import type { Envelope } from './errors';

/**
 * The wire format of the browser bridge (loopback HTTP), shared by its server in main/bridge and its
 * client in renderer/lib. Method and event names come from ./channels.ts; only the URL shapes live here.
 */
export const BRIDGE_TOKEN_HEADER = 'X-PMO-Token';
export const BRIDGE_TOKEN_META = 'pmo-bridge-token';
export const BRIDGE_CALL_PREFIX = '/api/call/';
export const BRIDGE_EVENTS_PATH = '/api/events';

export function bridgeCallPath(method: MethodName): string {
  return `${BRIDGE_CALL_PREFIX}${method}`;
}

export interface BridgeCallRequest {
  args: unknown[];
}

/**
 * Things only the browser can do for a platform call (the bridge's stand-ins for Electron's dialogs
 * and shell): open a link in a new tab, download a file the service produced.
 */
export type ClientEffect =
  | { kind: 'open-url'; url: string }
  | { kind: 'download'; fileName: string; mimeType: string; base64: string };

export interface BridgeCallResponse {
  envelope: Envelope<unknown>;
  effects: ClientEffect[];
}

export interface BridgeEventMessage {
  event: EventName;
  payload: unknown;
}
