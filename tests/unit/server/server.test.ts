import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../src/api/spec';
import { badInput } from '../../../src/common/errors';
import { serveStudyInBrowserMode } from '../../helpers/browser-mode';
import { migrations } from '../../../src/store/migrations';

const study = serveStudyInBrowserMode({
  database: 'server.db',
  // Two extra handlers to observe progress streaming and error payloads over HTTP.
  handlers: (session) =>
    ({
      ...session.handlers,
      'test.progress': async (_args: unknown, report: (p: { phase: string; done: number; total: number }) => void) => {
        for (let done = 1; done <= 3; done++) report({ phase: 'count', done, total: 3 });
        return 'counted';
      },
      'test.fail': async () => {
        throw badInput('the workbook has 2 problems', [{ sheet: 'survey', row: 4, column: 'type', message: 'unknown type "selectone"' }]);
      },
    }) as unknown as Handlers,
});

const post = (name: string, headers: Record<string, string> = {}, body = '{}') =>
  fetch(`http://127.0.0.1:${study.server.port}/api/${name}`, { method: 'POST', headers, body });
const withToken = () => ({ Authorization: `Bearer ${study.server.token}` });
const lines = async (response: Response) =>
  (await response.text())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

describe('browser mode', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token in its fragment', () => {
    expect(study.server.url).toBe(`http://127.0.0.1:${study.server.port}/#token=${study.server.token}`);
    expect(study.server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers an API call without the token, or with a wrong one, with 401', async () => {
    expect((await post('forms.list')).status).toBe(401);
    expect((await post('forms.list', { Authorization: 'Bearer guess' })).status).toBe(401);
  });

  it('serves the typed API with the token', async () => {
    const response = await post('app.info', withToken());
    expect(response.status).toBe(200);
    const [message] = await lines(response);
    expect(message).toMatchObject({ type: 'result', value: { transport: 'browser', schemaVersion: migrations.length } });
  });

  it('streams progress before the result', async () => {
    const messages = await lines(await post('test.progress', withToken()));
    expect(messages.map((m) => m.type)).toEqual(['progress', 'progress', 'progress', 'result']);
    expect(messages.at(-1).value).toBe('counted');
  });

  it('returns user errors with their problems, located', async () => {
    const [message] = await lines(await post('test.fail', withToken()));
    expect(message.error).toEqual({
      kind: 'bad-input',
      message: 'the workbook has 2 problems',
      problems: [{ sheet: 'survey', row: 4, column: 'type', message: 'unknown type "selectone"' }],
    });
  });

  it('rejects unknown calls, other hosts and other origins', async () => {
    expect((await post('nothing.here', withToken())).status).toBe(404);
    const foreignOrigin = await post('forms.list', { ...withToken(), Origin: 'http://evil.example' });
    expect(foreignOrigin.status).toBe(403);
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: study.server.port, path: '/', headers: { Host: 'rebound.example:80' } }, (res) =>
        resolve(res.statusCode ?? 0),
      ).end();
    });
    expect(status).toBe(403);
  });

  it('serves the page with a strict content security policy', async () => {
    const response = await fetch(`http://127.0.0.1:${study.server.port}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'; script-src 'self'/);
    expect((await fetch(`http://127.0.0.1:${study.server.port}/../../etc/passwd.txt`)).status).toBe(404);
  });
});
