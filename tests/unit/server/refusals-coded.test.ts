/**
 * Every refusal of the browser-mode server reads in the screen's language. Before, an unknown file, a wrong method,
 * a foreign host or origin, a download without the token, a malformed path and an interface not built yet were
 * answered in plain English text ("not found", "use POST", "forbidden host"…); now each answer is the coded error
 * payload an API error is, as JSON, and the catalog says it in kk, ru and en.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../src/server/server';
import type { ErrorPayload } from '../../../src/common/errors';
import type { Handlers } from '../../../src/api/spec';
import { tempFolder } from '../../helpers/temp';
import { inEveryLanguage } from '../common/latin-words';

const temp = tempFolder();
let server: RunningServer;
let unbuilt: RunningServer;

beforeAll(async () => {
  const rendererDir = temp.file('renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Kelisim</title>');
  const handlers = { 'app.info': async () => ({}) } as unknown as Handlers;
  const exportedFile = (file: string) => {
    if (file === 'broken.xlsx') throw new Error('EIO: i/o error, stat');
    throw Object.assign(new Error('unexpected'), { file });
  };
  server = await startServer({ handlers, rendererDir, exportedFile });
  unbuilt = await startServer({ handlers, rendererDir: temp.file('not-built') });
});

afterAll(async () => {
  await server.close();
  await unbuilt.close();
  temp.cleanup();
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so that the Host and Origin headers and the path go out exactly as written. */
function request(target: RunningServer, options: { method?: string; path: string; headers?: Record<string, string> }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port: target.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${target.port}`, ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** The answer is a coded error payload in JSON, and its code reads in kk, ru and en (kk and ru with no English left). */
function codedAnswer(answer: Answer, status: number, code: string): Record<'kk' | 'ru' | 'en', string> {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  const payload = JSON.parse(answer.body) as ErrorPayload;
  expect(payload.params).toBeTypeOf('object');
  return inEveryLanguage(payload, code);
}

const bearer = () => ({ Authorization: `Bearer ${server.token}` });

describe('refusals of the browser-mode server', () => {
  it('an unknown file of the interface: 404 request-path-unknown, naming the path', async () => {
    const words = codedAnswer(await request(server, { path: '/assets/index-old.js' }), 404, 'request-path-unknown');
    expect(words.ru).toBe(
      'В Kelisim нет файла «/assets/index-old.js»: возможно, страница и Kelisim разных версий (перезагрузите страницу).',
    );
  });

  it('a path that climbs out of the interface folder: the same 404', async () => {
    codedAnswer(await request(server, { path: '/%2e%2e/secret.txt' }), 404, 'request-path-unknown');
  });

  it('an unknown path without an extension still gets the page (the interface routes it)', async () => {
    const answer = await request(server, { path: '/merge/history' });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<title>Kelisim</title>');
  });

  it('a wrong method: 405 request-method-wrong, for the API, the download and the page alike', async () => {
    const api = codedAnswer(
      await request(server, { method: 'GET', path: '/api/app.info', headers: bearer() }),
      405,
      'request-method-wrong',
    );
    expect(api.kk).toBe('«/api/app.info» мекенжайы «GET» сұрауын қабылдамайды: «POST» жіберіңіз.');
    const download = await request(server, { method: 'POST', path: '/download?file=a.zip', headers: bearer() });
    expect(codedAnswer(download, 405, 'request-method-wrong').en).toBe('The address "/download" does not take a POST request: send GET.');
    const page = await request(server, { method: 'DELETE', path: '/index.html' });
    codedAnswer(page, 405, 'request-method-wrong');
    expect(page.headers.allow).toBe('GET, HEAD');
  });

  it('a request addressed to another host name (DNS rebinding): 403 request-host-forbidden', async () => {
    const answer = await request(server, { path: '/', headers: { Host: `attacker.example:${server.port}` } });
    expect(codedAnswer(answer, 403, 'request-host-forbidden').ru).toContain(`«attacker.example:${server.port}»`);
  });

  it('an API call from another page: 403 request-origin-forbidden', async () => {
    const answer = await request(server, {
      method: 'POST',
      path: '/api/app.info',
      headers: { ...bearer(), Origin: 'http://evil.example' },
    });
    expect(codedAnswer(answer, 403, 'request-origin-forbidden').kk).toContain('«http://evil.example»');
  });

  it('a download without the token: 401 api-token-wrong, as for an API call', async () => {
    codedAnswer(await request(server, { path: '/download?file=a.zip' }), 401, 'api-token-wrong');
  });

  it('a download the export folder fails to give: a coded 500 request-failed carrying the cause', async () => {
    const words = codedAnswer(await request(server, { path: '/download?file=broken.xlsx', headers: bearer() }), 500, 'request-failed');
    expect(words.ru).toContain('«EIO: i/o error, stat»');
  });

  it('a path with malformed percent-encoding: 400 request-path-malformed, now as JSON', async () => {
    codedAnswer(await request(server, { path: '/%zz' }), 400, 'request-path-malformed');
  });

  it('a request path no URL can be made of: 400 request-url-malformed', async () => {
    codedAnswer(await request(server, { path: '//[' }), 400, 'request-url-malformed');
  });

  it('an interface not built yet: 500 server-interface-missing', async () => {
    const answer = await request(unbuilt, { path: '/' });
    expect(codedAnswer(answer, 500, 'server-interface-missing').ru).toBe(
      'Интерфейс ещё не собран: выполните «npm run build» («npm run serve» делает это сам).',
    );
  });
});
