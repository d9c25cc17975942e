import http from 'node:http';
import net from 'node:net';

/**
 * A tiny HTTP client for tests of the browser bridge: unlike fetch it lets a test set Host and Origin
 * by hand and stream a body of any size.
 */
export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface HttpOptions {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** A string, or a generator of chunks streamed with back-pressure. */
  body?: string | (() => Iterable<Buffer>);
}

export function httpRequest(port: number, options: HttpOptions): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    if (typeof options.body === 'function') void streamBody(request, options.body());
    else request.end(options.body);
  });
}

async function streamBody(request: http.ClientRequest, chunks: Iterable<Buffer>): Promise<void> {
  for (const chunk of chunks) {
    if (request.destroyed) return;
    if (!request.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          request.off('drain', done).off('close', done);
          resolve();
        };
        request.on('drain', done).on('close', done);
      });
    }
  }
  if (!request.destroyed) request.end();
}

/** POST a JSON body to a bridge method path. */
export function postJson(port: number, path: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpResult> {
  return httpRequest(port, { method: 'POST', path, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Opens a Server-Sent Events stream and collects what arrives; `waitFor` resolves once the text seen so
 * far matches. `close()` ends the stream.
 */
export function openEventStream(port: number, path: string) {
  let text = '';
  const waiters: { pattern: RegExp; resolve: (text: string) => void }[] = [];
  let request!: http.ClientRequest;
  const response = new Promise<http.IncomingMessage>((resolve, reject) => {
    request = http.get({ host: '127.0.0.1', port, path, agent: false }, (incoming) => {
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => {
        text += chunk;
        for (const waiter of waiters.splice(0)) {
          if (waiter.pattern.test(text)) waiter.resolve(text);
          else waiters.push(waiter);
        }
      });
      resolve(incoming);
    });
    request.on('error', reject);
  });
  return {
    response,
    get text() {
      return text;
    },
    waitFor(pattern: RegExp): Promise<string> {
      if (pattern.test(text)) return Promise.resolve(text);
      return new Promise((resolve) => waiters.push({ pattern, resolve }));
    },
    close() {
      request.destroy();
    },
  };
}
