import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {
  BRIDGE_CALL_PREFIX,
  BRIDGE_EVENTS_PATH,
  BRIDGE_TOKEN_HEADER,
  BRIDGE_TOKEN_META,
  type BridgeCallResponse,
  type BridgeEventMessage,
} from '../../shared/ipc/bridge-protocol';
import type { Handlers } from '../../shared/ipc/contract';
import { dispatch } from '../api/dispatch';
import { resolveInsideRoot } from '../security/app-asset';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { collectEffects } from './bridge-platform';
import { hasValidToken, isAcceptableOrigin, isOwnHost, type BridgeIdentity } from './request-guard';

/** Large enough for a whole-plan import, small enough that a runaway client cannot exhaust memory. */
export const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export interface BridgeServerOptions extends BridgeIdentity {
  rendererDir: string;
  handlers: Handlers;
}

export interface BridgeServer {
  server: http.Server;
  /** Push a main -> renderer event to every open page. */
  broadcast(message: BridgeEventMessage): void;
}

/**
 * The browser bridge: serves the built renderer and the contract's methods over loopback HTTP, so the
 * real UI runs in a real browser against the real services (the way tests and UI work run here).
 */
export function createBridgeServer(options: BridgeServerOptions): BridgeServer {
  const eventStreams = new Set<http.ServerResponse>();

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!isOwnHost(request.headers.host, options) || !isAcceptableOrigin(request.headers.origin, options)) {
      return sendText(response, 403, 'This server only answers PMO Pathway pages on 127.0.0.1.');
    }
    if (url.pathname.startsWith(BRIDGE_CALL_PREFIX)) return void handleCall(request, response, url);
    if (url.pathname === BRIDGE_EVENTS_PATH) return openEventStream(request, response, url);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed.');
    return serveStatic(response, url.pathname);
  });

  async function handleCall(request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<void> {
    if (request.method !== 'POST') return sendText(response, 405, 'Use POST.');
    if (!hasValidToken(headerValue(request, BRIDGE_TOKEN_HEADER), options)) return sendText(response, 401, 'Missing or wrong token.');
    const method = url.pathname.slice(BRIDGE_CALL_PREFIX.length); // names are plain identifiers; decoding threw on bad %-escapes
    let args: unknown;
    try {
      const body = await readBody(request);
      args = (JSON.parse(body) as { args?: unknown }).args;
    } catch (error) {
      const tooLarge = (error as Error).message === 'too-large';
      return sendJson(response, tooLarge ? 413 : 400, {
        envelope: { ok: false, error: { code: 'invalid-argument', message: tooLarge ? 'The request is too large.' : 'The request is not valid JSON.' } },
        effects: [],
      } satisfies BridgeCallResponse);
    }
    const { result, effects } = await collectEffects(() => dispatch(options.handlers, method, args));
    sendJson(response, 200, { envelope: result, effects } satisfies BridgeCallResponse);
  }

  function openEventStream(request: http.IncomingMessage, response: http.ServerResponse, url: URL): void {
    // EventSource cannot send headers, so the token comes in the query string.
    if (!hasValidToken(url.searchParams.get('token'), options)) return sendText(response, 401, 'Missing or wrong token.');
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    response.write(': connected\n\n');
    eventStreams.add(response);
    request.on('close', () => eventStreams.delete(response));
  }

  function serveStatic(response: http.ServerResponse, pathname: string): void {
    const file = resolveInsideRoot(options.rendererDir, pathname);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return sendText(response, 404, 'Not found.');
    const extension = path.extname(file);
    let body: Buffer | string = fs.readFileSync(file);
    if (extension === '.html') body = injectToken(body.toString('utf8'), options.token);
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    response.end(body);
  }

  return {
    server,
    broadcast(message) {
      const frame = `event: ${message.event}\ndata: ${JSON.stringify(message.payload)}\n\n`;
      for (const stream of eventStreams) stream.write(frame);
    },
  };
}

/** The page learns the per-run token from a meta tag in the HTML only this server hands out. */
export function injectToken(html: string, token: string): string {
  return html.replace('<head>', `<head><meta name="${BRIDGE_TOKEN_META}" content="${token}">`);
}

function headerValue(request: http.IncomingMessage, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        reject(new Error('too-large'));
        request.removeAllListeners('data').resume(); // drain, not destroy: destroying the socket lost the 413
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendText(response: http.ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}
