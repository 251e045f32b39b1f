import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../api/spec';
import { isApiName } from '../api/handlers';
import { fromWireJson, toWireJson, type WireMessage } from '../api/wire';
import { codedError, toErrorPayload } from '../common/errors';
import type { Progress } from '../common/progress';
import { CONTENT_SECURITY_POLICY } from '../common/security';

export interface ServerOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  /** Tests may fix the token; otherwise a random one per run. */
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 256 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * Browser mode: the renderer and the API over HTTP on the loopback interface only. Every API call
 * must carry the per-run token (Authorization: Bearer …); the URL printed for the user carries it
 * in the fragment, which browsers never send to servers or put in Referer headers.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const expected = Buffer.from(`Bearer ${token}`);
  let port = 0;

  const server = http.createServer((request, response) => {
    // A web page elsewhere could point a name it controls at 127.0.0.1 (DNS rebinding); only
    // requests addressed to the loopback host itself are served.
    const host = request.headers.host ?? '';
    if (host !== `${LOOPBACK}:${port}` && host !== `localhost:${port}`) {
      return sendPlain(response, 403, 'forbidden host');
    }
    const url = new URL(request.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return sendPlain(response, 405, 'use POST');
      const given = Buffer.from(request.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return sendPlain(response, 401, 'missing or wrong token: open the URL Kelisim printed when it started');
      }
      const origin = request.headers.origin;
      if (origin && origin !== `http://${host}`) return sendPlain(response, 403, 'forbidden origin');
      void serveApiCall(options.handlers, url.pathname.slice('/api/'.length), request, response);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendPlain(response, 405, 'method not allowed');
    serveStatic(options.rendererDir, url.pathname, response);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? codedError('bad-input', 'port-in-use', { port: options.port ?? 0 }) : error);
    });
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK}:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function serveApiCall(
  handlers: Handlers,
  name: string,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  if (!isApiName(handlers, name)) return sendPlain(response, 404, `unknown API call "${name}"`);
  let args: unknown;
  try {
    const body = await readBody(request);
    args = body.length ? fromWireJson(body) : {};
  } catch (error) {
    return sendPlain(response, 400, (error as Error).message);
  }
  response.writeHead(200, {
    'Content-Type': 'application/x-ndjson; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  const send = (message: WireMessage) => response.write(`${toWireJson(message)}\n`);
  try {
    const handler = handlers[name] as (args: unknown, report: (progress: Progress) => void) => Promise<unknown>;
    const value = await handler(args ?? {}, (progress) => send({ type: 'progress', progress }));
    send({ type: 'result', value: value ?? null });
  } catch (error) {
    send({ type: 'error', error: toErrorPayload(error) });
  }
  response.end();
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function serveStatic(rendererDir: string, pathname: string, response: http.ServerResponse): void {
  const relative = decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html';
  const root = path.resolve(rendererDir);
  let file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep) && file !== root) return sendPlain(response, 404, 'not found');
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    // The renderer is a single page: unknown paths get the page, unknown assets a 404.
    if (path.extname(relative)) return sendPlain(response, 404, 'not found');
    file = path.join(root, 'index.html');
  }
  if (!fs.existsSync(file)) {
    return sendPlain(response, 500, 'the interface is not built yet: run "npm run build" (npm run serve does it for you)');
  }
  const isPage = file.endsWith('.html');
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': isPage ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  fs.createReadStream(file).pipe(response);
}

function sendPlain(response: http.ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  response.end(message);
}
