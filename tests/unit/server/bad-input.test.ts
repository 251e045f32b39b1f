/**
 * Browser mode under hostile requests. Any web page that finds the port can make the browser send requests to it (an
 * <img src="http://127.0.0.1:PORT/%"> needs no token): before this, `GET /%` threw an uncaught URIError and the server
 * exited; a body over the limit got a reset connection; a body nested 200,000 deep, or a filter of 2,000 nested
 * brackets, came back as "Maximum call stack size exceeded". Each is now a 400 or 413 with a coded refusal, and the
 * server answers the next request.
 */
import http from 'node:http';
import net from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../src/server/server';
import type { FormDefinition } from '../../../src/form';
import { serveStudyInBrowserMode } from '../../helpers/browser-mode';

const study = serveStudyInBrowserMode({ database: 'server.db' });
/** The same handlers behind a 1 KiB body limit, to reach it without sending 256 MiB. */
let small: RunningServer;
beforeAll(async () => {
  small = await study.serveAgain({ maxBodyBytes: 1024 });
});

/** The status line's code of a request sent byte for byte as written (no client normalises the path). */
function rawStatus(port: number, requestLine: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(`${requestLine}\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    });
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}

const call = (target: RunningServer, name: string, body: string | Buffer) =>
  fetch(`http://127.0.0.1:${target.port}/api/${name}`, { method: 'POST', headers: { Authorization: `Bearer ${target.token}` }, body });

async function stillAnswers(target: RunningServer): Promise<void> {
  expect((await fetch(`http://127.0.0.1:${target.port}/`)).status).toBe(200);
  const info = await call(target, 'app.info', '{}');
  expect(info.status).toBe(200);
  expect(JSON.parse((await info.text()).trim().split('\n').at(-1)!)).toMatchObject({ type: 'result' });
}

describe('malformed paths', () => {
  const malformed = ['/%', '/%zz', '/%C0%AF', '/%E0%A4%A', '/assets/%', '/%%32%65', '/index.html%', '/%ED%A0%80', '/%FF'];

  it.each(malformed)('GET %s is answered 400', async (requestPath) => {
    expect(await rawStatus(study.server.port, `GET ${requestPath} HTTP/1.1`)).toBe(400);
  });

  it('after all of them the server still serves the page and the API', async () => {
    for (const requestPath of malformed) await rawStatus(study.server.port, `GET ${requestPath} HTTP/1.1`);
    await stillAnswers(study.server);
  });

  it('an encoded path that is well formed is still served (or 404), never 400', async () => {
    expect(await rawStatus(study.server.port, 'GET /%69ndex.html HTTP/1.1')).toBe(200);
    expect(await rawStatus(study.server.port, 'GET /%D0%B0.js HTTP/1.1')).toBe(404);
  });
});

describe('bodies over the limit', () => {
  it('a declared length over the limit gets 413 with the coded refusal, not a reset connection', async () => {
    const response = await call(small, 'app.info', Buffer.alloc(64 * 1024, 0x20));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ kind: 'bad-input', code: 'request-too-large', params: { limit: '1 KiB' } });
    await stillAnswers(small);
  });

  it('a chunked body that passes the limit on the way gets 413 too', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: small.port,
          path: '/api/app.info',
          method: 'POST',
          headers: { Authorization: `Bearer ${small.token}`, 'Transfer-Encoding': 'chunked' },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      for (let i = 0; i < 16; i++) request.write(' '.repeat(512));
      request.end();
    });
    expect(status).toBe(413);
    await stillAnswers(small);
  });
});

describe('bodies and expressions nested too deeply', () => {
  it('a body nested 200,000 deep is refused as json-too-deep (400)', async () => {
    const response = await call(study.server, 'app.info', `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ kind: 'bad-input', code: 'json-too-deep', params: { depth: 200 } });
    await stillAnswers(study.server);
  });

  it('a body that is not JSON is refused as json-malformed (400)', async () => {
    const response = await call(study.server, 'app.info', '{"formId": ');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'json-malformed' });
  });

  const form: FormDefinition = {
    formId: 'deep',
    title: 'Deep',
    version: '1',
    defaultLanguage: 'en',
    languages: [{ code: 'en', name: 'English' }],
    survey: [{ type: 'integer', name: 'age', label: { en: 'Age' } }],
    choiceLists: [],
  };
  const lastLine = async (response: Response) => JSON.parse((await response.text()).trim().split('\n').at(-1)!);
  const brackets = `${'('.repeat(2000)}\${age} > 1${')'.repeat(2000)}`;

  it('a filter with 2,000 nested brackets is refused as expression-too-deep', async () => {
    expect((await lastLine(await call(study.server, 'forms.publish', JSON.stringify({ form })))).type).toBe('result');
    const answer = await lastLine(
      await call(study.server, 'analysis.frequencies', JSON.stringify({ formId: 'deep', variable: 'age', filter: brackets })),
    );
    expect(answer).toMatchObject({ type: 'error', error: { kind: 'bad-input', code: 'expression-too-deep', params: { depth: 100 } } });
  });

  it('a form whose relevant is as deep is refused with a located, coded problem', async () => {
    const deep = {
      ...form,
      formId: 'deeper',
      survey: [...form.survey, { type: 'text' as const, name: 'why', label: { en: 'Why' }, relevant: brackets }],
    };
    const answer = await lastLine(await call(study.server, 'forms.publish', JSON.stringify({ form: deep })));
    expect(answer.type).toBe('error');
    expect(answer.error.kind).toBe('bad-input');
    expect(answer.error.problems).toEqual([expect.objectContaining({ row: 3, column: 'relevant', code: 'expression-too-deep' })]);
    await stillAnswers(study.server);
  });
});
