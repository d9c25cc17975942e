// A tiny loopback server for the bare baseline page: its built files, the same plan file the app opens
// (at /plan.json), and POST /save, which reads the body and answers 204 (the bare "save").
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };

export function startStaticServer({ root, planFile }) {
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (request.method === 'POST' && path === '/save') {
      request.resume();
      request.on('end', () => response.writeHead(204).end());
      return;
    }
    const file = path === '/plan.json' ? planFile : join(root, normalize(path === '/' ? '/index.html' : path));
    if (!file.startsWith(root) && file !== planFile) return void response.writeHead(403).end();
    if (!existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
    // Same caching as the bridge: none.
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(() => done())) }),
    );
  });
}
