import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../api/spec';
import { isApiName } from '../api/handlers';
import { refuseBadArguments } from '../api/arguments';
import { fromWireJson, toWireJson, type WireMessage } from '../api/spec/wire';
import { codedError, toErrorPayload, type ErrorKind, type ErrorPayload } from '../common/errors';
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
  /** The largest API request body accepted (bytes); larger ones get 413. */
  maxBodyBytes?: number;
  /**
   * The real path of a file an export wrote (throws a coded not-found error for anything else): `GET /download?file=…`
   * streams it, so that a media zip of hundreds of megabytes need not travel as one API answer.
   */
  exportedFile?: (file: string) => string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 256 * 1024 * 1024;

/** The status of a call that fails before it has sent anything, by the error's kind. */
const HTTP_STATUS: Record<ErrorKind, number> = { 'bad-input': 400, 'not-found': 404, conflict: 409, internal: 500 };
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

  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;

  const server = http.createServer((request, response) => {
    // No request, however malformed, may stop the server: anything unforeseen is answered 500 and the server goes on.
    try {
      route(request, response);
    } catch (error) {
      if (!response.headersSent) sendRefusal(response, 500, unforeseen(error));
      else response.destroy();
    }
  });

  const route = (request: http.IncomingMessage, response: http.ServerResponse): void => {
    // A web page elsewhere could point a name it controls at 127.0.0.1 (DNS rebinding); only
    // requests addressed to the loopback host itself are served.
    const host = request.headers.host ?? '';
    if (host !== `${LOOPBACK}:${port}` && host !== `localhost:${port}`) {
      return sendRefusal(response, 403, codedError('bad-input', 'request-host-forbidden', { host }).toPayload());
    }
    let url: URL;
    try {
      url = new URL(request.url ?? '/', `http://${host}`);
    } catch {
      return sendRefusal(response, 400, codedError('bad-input', 'request-url-malformed', undefined).toPayload());
    }
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return sendMethodWrong(response, url.pathname, request.method, 'POST');
      const given = Buffer.from(request.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return sendRefusal(response, 401, codedError('bad-input', 'api-token-wrong', undefined).toPayload());
      }
      const origin = request.headers.origin;
      if (origin && origin !== `http://${host}`) {
        return sendRefusal(response, 403, codedError('bad-input', 'request-origin-forbidden', { origin }).toPayload());
      }
      serveApiCall(options.handlers, url.pathname.slice('/api/'.length), request, response, maxBodyBytes).catch(() => response.destroy());
      return;
    }
    if (url.pathname === '/download') {
      if (request.method !== 'GET') return sendMethodWrong(response, url.pathname, request.method, 'GET');
      // The same token as the API, in the same header: a link elsewhere cannot fetch an export.
      const given = Buffer.from(request.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return sendRefusal(response, 401, codedError('bad-input', 'api-token-wrong', undefined).toPayload());
      }
      return serveDownload(options.exportedFile, url.searchParams.get('file') ?? '', response);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendMethodWrong(response, url.pathname, request.method, 'GET');
    const pathname = decodedPath(url.pathname);
    if (pathname === undefined) return sendRefusal(response, 400, codedError('bad-input', 'request-path-malformed', undefined).toPayload());
    serveStatic(options.rendererDir, pathname, response);
  };

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
  maxBodyBytes: number,
): Promise<void> {
  if (!isApiName(handlers, name))
    return sendRefusal(response, 404, codedError('not-found', 'api-unknown-call', { call: name }).toPayload());
  let args: unknown;
  try {
    const body = await readBody(request, maxBodyBytes);
    args = body.length ? fromWireJson(body) : {};
  } catch (error) {
    const refusal = toErrorPayload(error);
    return sendRefusal(response, refusal.code === 'request-too-large' ? 413 : 400, refusal);
  }
  // The status line waits for the first message: a call refused before any progress (a path from the page, a bad
  // argument) answers with its HTTP status (400, 404, 409, 500) and the coded error as the one line of the body.
  let started = false;
  const start = (status: number) => {
    if (started) return;
    started = true;
    response.writeHead(status, {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  };
  const send = (message: WireMessage) => {
    start(200);
    response.write(`${toWireJson(message)}\n`);
  };
  try {
    const given = args ?? {};
    refuseBadArguments(name, given);
    const handler = handlers[name] as (args: unknown, report: (progress: Progress) => void) => Promise<unknown>;
    const value = await handler(given, (progress) => send({ type: 'progress', progress }));
    send({ type: 'result', value: value ?? null });
  } catch (error) {
    const payload = toErrorPayload(error);
    start(HTTP_STATUS[payload.kind]);
    send({ type: 'error', error: payload });
  }
  response.end();
}

/**
 * The body as text. One over the limit is refused with 413 (request-too-large) before it is read, when its length
 * is declared, or as soon as it passes the limit; the rest of it is read and dropped, so that the client gets the
 * answer instead of a reset connection.
 */
function readBody(request: http.IncomingMessage, maxBodyBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => codedError('bad-input', 'request-too-large', { limit: formatBytes(maxBodyBytes) });
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > maxBodyBytes) {
      request.resume();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      if (size > maxBodyBytes) return; // already refused: drain
      size += chunk.length;
      if (size > maxBodyBytes) {
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function formatBytes(bytes: number): string {
  return bytes >= 1 << 20
    ? `${Math.round(bytes / (1 << 20))} MiB`
    : bytes >= 1 << 10
      ? `${Math.round(bytes / (1 << 10))} KiB`
      : `${bytes} B`;
}

/** A path with its percent-escapes decoded, or undefined when they are malformed (`/%`, `/%zz`, `/%C0`). */
function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

function serveStatic(rendererDir: string, pathname: string, response: http.ServerResponse): void {
  const relative = pathname.replace(/^\/+/, '') || 'index.html';
  const root = path.resolve(rendererDir);
  // Without the page nothing can be served; said before any path is looked at, "/" included (it names index.html).
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    return sendRefusal(response, 500, codedError('internal', 'server-interface-missing', undefined).toPayload());
  }
  let file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep) && file !== root) return sendPathUnknown(response, pathname);
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    // The renderer is a single page: unknown paths get the page, unknown assets a 404.
    if (path.extname(relative)) return sendPathUnknown(response, pathname);
    file = path.join(root, 'index.html');
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
  fs.createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

const DOWNLOAD_TYPES: Record<string, string> = {
  '.zip': 'application/zip',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.sps': 'text/plain; charset=utf-8',
};

/** An exported file as an attachment, streamed; anything outside the export folder is 404 with its coded error. */
function serveDownload(exportedFile: ServerOptions['exportedFile'], file: string, response: http.ServerResponse): void {
  let found: string;
  try {
    if (!exportedFile) throw codedError('not-found', 'export-file-unknown', { file, folder: '' });
    found = exportedFile(file);
  } catch (error) {
    const payload = unforeseen(error);
    return sendRefusal(response, HTTP_STATUS[payload.kind], payload);
  }
  const name = path.basename(found);
  response.writeHead(200, {
    'Content-Type': DOWNLOAD_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': fs.statSync(found).size,
    // RFC 6266: an ASCII fallback and the real (Cyrillic, Kazakh) name.
    'Content-Disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  fs.createReadStream(found)
    .on('error', () => response.destroy())
    .pipe(response);
}

/** A refusal before any handler ran, as the error payload a handler's error would carry (the client reads it). */
function sendRefusal(response: http.ServerResponse, status: number, error: ErrorPayload): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    ...(status === 413 ? { Connection: 'close' } : {}),
  });
  response.end(JSON.stringify(error));
}

/** 405 with the method the address takes (the Allow header says it too). */
function sendMethodWrong(response: http.ServerResponse, pathname: string, method: string | undefined, allowed: string): void {
  response.setHeader('Allow', allowed === 'GET' ? 'GET, HEAD' : allowed);
  sendRefusal(
    response,
    405,
    codedError('bad-input', 'request-method-wrong', { path: pathname, method: method ?? '', allowed }).toPayload(),
  );
}

function sendPathUnknown(response: http.ServerResponse, pathname: string): void {
  sendRefusal(response, 404, codedError('not-found', 'request-path-unknown', { path: pathname }).toPayload());
}

/** Something no route foresaw: a coded error keeps its code, anything else is request-failed with its own words. */
function unforeseen(error: unknown): ErrorPayload {
  const payload = toErrorPayload(error);
  return payload.code ? payload : codedError('internal', 'request-failed', { detail: payload.message }).toPayload();
}
