/**
 * Refusals a user can see reach the screen in its language. Before, these came as English sentences only (a Kazakh
 * or Russian screen showed "unknown API call", "missing or wrong token", "calls are accepted from the Kelisim window
 * only", "… stands in column 4, which has no name in the header", "form x version 9 is not in the database"); now
 * each one is raised with a catalog code, and the test walks each code from where the core raises it to the words
 * a screen shows in kk, ru and en.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerCall } from '../../../src/api/answer-call';
import { answerIpcCall } from '../../../electron/ipc-calls';
import { localizedMessage, toErrorPayload, type ErrorPayload, type Problem } from '../../../src/common/errors';
import { errorText } from '../../../src/common/messages/errors';
import { VersionCatalog } from '../../../src/exchange/versions';
import { readForImport } from '../../../src/collect/import/reader-thread';
import type { ReaderMessage } from '../../../src/collect/import/reader-protocol';
import { openPackage } from '../../../src/exchange/container';
import type { Handlers } from '../../../src/api/spec';
import { serveStudyInBrowserMode } from '../../helpers/browser-mode';
import { placesForm } from '../../helpers/forms';
import { latinWords } from './latin-words';

const study = serveStudyInBrowserMode();
beforeAll(async () => {
  await study.session.handlers['forms.publish']({ form: placesForm }, () => {});
});

/** What a screen shows for an error or problem in each language; kk and ru must be translated, not English. */
function inEveryLanguage(item: { message: string; code?: string; params?: Record<string, unknown> }, code: string): Record<'kk' | 'ru' | 'en', string> {
  expect(item.code).toBe(code);
  const words = {
    kk: localizedMessage(item as ErrorPayload, 'kk'),
    ru: localizedMessage(item as ErrorPayload, 'ru'),
    en: localizedMessage(item as ErrorPayload, 'en'),
  };
  expect(words.en).toBe(item.message);
  for (const language of ['kk', 'ru'] as const) {
    expect(words[language]).not.toBe(words.en);
    expect(words[language]).toMatch(/[\u0400-\u04FF]/);
    expect(latinWords(words[language]), words[language]).toEqual([]);
  }
  return words;
}

const post = (name: string, token: string, body: unknown) =>
  fetch(`http://127.0.0.1:${study.server.port}/api/${name}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });

describe('transport refusals', () => {
  it('an unknown API call over HTTP: 404 with api-unknown-call naming the call', async () => {
    const response = await post('forms.delete', study.server.token, {});
    expect(response.status).toBe(404);
    const payload = (await response.json()) as ErrorPayload;
    expect(inEveryLanguage(payload, 'api-unknown-call').ru).toBe(
      'Вызова «forms.delete» не существует: возможно, страница и Kelisim разных версий (перезагрузите страницу).',
    );
  });

  it('an unknown API call over IPC: the same code', async () => {
    const outcome = await answerCall(study.session.handlers, 'forms.delete', {}, () => {});
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(inEveryLanguage(outcome.error, 'api-unknown-call').kk).toContain('«forms.delete»');
  });

  it('a wrong token: 401 with api-token-wrong, and no handler runs', async () => {
    const response = await post('app.info', 'not-the-token', {});
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    inEveryLanguage((await response.json()) as ErrorPayload, 'api-token-wrong');
  });

  it('an IPC call from a page other than the app\'s own: ipc-foreign-sender, and no handler runs', async () => {
    let ran = false;
    const handlers = { 'app.info': async () => { ran = true; return {}; } } as unknown as Handlers;
    const appPage = 'file:///opt/kelisim/renderer/index.html';
    for (const sender of [null, { url: 'https://example.org/' }, { url: 'file:///tmp/other.html' }]) {
      const outcome = await answerIpcCall(handlers, sender, appPage, { name: 'app.info', args: {} }, () => {});
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) inEveryLanguage(outcome.error, 'ipc-foreign-sender');
    }
    expect(ran).toBe(false);
    expect(await answerIpcCall(handlers, { url: `${appPage}#/merge` }, appPage, { name: 'app.info', args: {} }, () => {})).toEqual({ ok: true, value: {} });
    expect(ran).toBe(true);
  });
});

describe('import and exchange refusals', () => {
  it('a cell in a column without a name: coded per row, with the value and the column number', async () => {
    const csv = 'settlement,age,\nАтырау,34,\nАлматы,41,stray\n';
    const refused = await study.session.handlers['responses.import']({ formId: 'places', file: { name: 'people.csv', bytes: new TextEncoder().encode(csv) } }, () => {})
      .then(() => undefined, (error: unknown) => toErrorPayload(error));
    expect(refused?.code).toBe('import-rows-invalid');
    const problem = refused?.problems?.find((item: Problem) => item.code === 'import-cell-without-column');
    expect(problem).toMatchObject({ row: 3, column: '#3', params: { value: 'stray', column: 3 } });
    expect(inEveryLanguage(problem!, 'import-cell-without-column').ru).toBe('Значение «stray» стоит в столбце 3, у которого нет названия в строке заголовков.');
  });

  it('a form version a merge counted on but the database lacks: coded, by name and by id', () => {
    const catalog = new VersionCatalog(study.session.context.db);
    const thrown = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return toErrorPayload(error);
      }
      throw new Error('nothing was thrown');
    };
    const byName = thrown(() => catalog.get('places', '9'));
    expect(byName.kind).toBe('internal');
    expect(inEveryLanguage(byName, 'package-version-missing').en).toBe('form places version 9 is not in the database, though the merge counted on it (a bug; the database is unchanged)');
    expect(inEveryLanguage(thrown(() => catalog.byStoredId(999)), 'package-version-id-missing').kk).toContain('№999');
  });

  it('the reading thread handed a workbook: coded, not a bare Error', async () => {
    const posted: ReaderMessage[] = [];
    const book = new ExcelJS.Workbook();
    book.addWorksheet('data').addRows([['settlement', 'age'], ['Атырау', 34]]);
    const workbook = new Uint8Array(await book.xlsx.writeBuffer());
    await readForImport({ source: { name: 'people.xlsx', bytes: workbook } } as never, (message) => posted.push(message));
    const error = posted.find((message) => message.kind === 'error');
    expect(error && error.kind === 'error' && error.error.code).toBe('import-thread-csv-only');
    if (error?.kind === 'error') inEveryLanguage(error.error, 'import-thread-csv-only');
  });

  it('a damaged package file: every refusal of the container reads in the screen language', async () => {
    const damaged: [Uint8Array, string][] = [
      [new Uint8Array(0), 'package-empty'],
      [new TextEncoder().encode('PK\u0003\u0004 not a package'), 'package-not-kelisim'],
      [Uint8Array.from([0x89, 0x4b, 0x45, 0x4c, 0x0d, 0x0a, 0x1a, 0x0a, 0, 2]), 'package-truncated-header'],
    ];
    for (const [bytes, code] of damaged) {
      const refused = await openPackage(bytes, 'field.kelisim').then(() => undefined, (error: unknown) => toErrorPayload(error));
      expect(refused?.kind).toBe('bad-input');
      inEveryLanguage(refused!, code);
    }
  });

  it('every code this test walks is in the catalog in all three languages', () => {
    for (const code of ['api-unknown-call', 'api-token-wrong', 'ipc-foreign-sender', 'import-cell-without-column', 'package-version-missing', 'package-version-id-missing', 'import-thread-csv-only']) {
      for (const language of ['kk', 'ru', 'en'] as const) expect(errorText(code, { call: 'x', value: 'v', column: 1, formId: 'f', version: '1', id: 1, file: 'f' }, language)).toBeTruthy();
    }
  });
});
