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
import { finalResponseProblems } from '../../../src/exchange/carried-forms';
import { compileForm, validateAnswers } from '../../../src/form';
import { ANSWER_PROBLEM_CODES } from '../../../src/common/messages/form-runtime';
import type { ReaderMessage } from '../../../src/collect/import/reader-protocol';
import { openPackage } from '../../../src/exchange/container';
import type { Handlers } from '../../../src/api/spec';
import { serveStudyInBrowserMode } from '../../helpers/browser-mode';
import { placesForm } from '../../helpers/forms';
import type { FormDefinition } from '../../../src/form/model';
import { inEveryLanguage } from './latin-words';

/**
 * An English form whose every answer problem was an English sentence on any screen: Kelisim's own words for a
 * required question, a broken condition, a number, a date, a range step; the form's own constraint_message for age.
 */
const checks: FormDefinition = {
  formId: 'checks',
  title: 'Checks',
  version: '1',
  defaultLanguage: 'en',
  languages: [{ code: 'en', name: 'English' }],
  survey: [
    { type: 'text', name: 'name', label: { en: 'Name' }, required: true },
    { type: 'integer', name: 'age', label: { en: 'Age' }, constraint: '. >= 18', constraintMessage: { en: 'Age must be 18 or more.' } },
    { type: 'integer', name: 'children', label: { en: 'Children' }, constraint: '. < 20' },
    { type: 'integer', name: 'rooms', label: { en: 'Rooms' } },
    { type: 'decimal', name: 'income', label: { en: 'Income' } },
    { type: 'date', name: 'visit', label: { en: 'Visit' } },
    { type: 'range', name: 'score', label: { en: 'Score' }, parameters: 'start=0 end=10 step=2' },
    { type: 'select_one', name: 'region', listName: 'regions', label: { en: 'Region' } },
  ],
  choiceLists: [
    {
      name: 'regions',
      choices: [
        { name: 'north', label: { en: 'North' } },
        { name: 'south', label: { en: 'South' } },
      ],
    },
  ],
};

const study = serveStudyInBrowserMode();
beforeAll(async () => {
  await study.session.handlers['forms.publish']({ form: placesForm }, () => {});
  await study.session.handlers['forms.publish']({ form: checks }, () => {});
  await study.session.handlers['settings.update']({ interviewer: 'Айгүл' }, () => {});
});

const post = (name: string, token: string, body: unknown) =>
  fetch(`http://127.0.0.1:${study.server.port}/api/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

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

  it("an IPC call from a page other than the app's own: ipc-foreign-sender, and no handler runs", async () => {
    let ran = false;
    const handlers = {
      'app.info': async () => {
        ran = true;
        return {};
      },
    } as unknown as Handlers;
    const appPage = 'file:///opt/kelisim/renderer/index.html';
    for (const sender of [null, { url: 'https://example.org/' }, { url: 'file:///tmp/other.html' }]) {
      const outcome = await answerIpcCall(handlers, sender, appPage, { name: 'app.info', args: {} }, () => {});
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) inEveryLanguage(outcome.error, 'ipc-foreign-sender');
    }
    expect(ran).toBe(false);
    expect(await answerIpcCall(handlers, { url: `${appPage}#/merge` }, appPage, { name: 'app.info', args: {} }, () => {})).toEqual({
      ok: true,
      value: {},
    });
    expect(ran).toBe(true);
  });
});

describe('import and exchange refusals', () => {
  it('a cell in a column without a name: coded per row, with the value and the column number', async () => {
    const csv = 'settlement,age,\nАтырау,34,\nАлматы,41,stray\n';
    const refused = await study.session.handlers['responses.import'](
      { formId: 'places', file: { name: 'people.csv', bytes: new TextEncoder().encode(csv) } },
      () => {},
    ).then(
      () => undefined,
      (error: unknown) => toErrorPayload(error),
    );
    expect(refused?.code).toBe('import-rows-invalid');
    const problem = refused?.problems?.find((item: Problem) => item.code === 'import-cell-without-column');
    expect(problem).toMatchObject({ row: 3, column: '#3', params: { value: 'stray', column: 3 } });
    expect(inEveryLanguage(problem!, 'import-cell-without-column').ru).toBe(
      'Значение «stray» стоит в столбце 3, у которого нет названия в строке заголовков.',
    );
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
    expect(inEveryLanguage(byName, 'package-version-missing').en).toBe(
      'form places version 9 is not in the database, though the merge counted on it (a bug; the database is unchanged)',
    );
    expect(
      inEveryLanguage(
        thrown(() => catalog.byStoredId(999)),
        'package-version-id-missing',
      ).kk,
    ).toContain('№999');
  });

  it('the reading thread handed a workbook: coded, not a bare Error', async () => {
    const posted: ReaderMessage[] = [];
    const book = new ExcelJS.Workbook();
    book.addWorksheet('data').addRows([
      ['settlement', 'age'],
      ['Атырау', 34],
    ]);
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
      const refused = await openPackage(bytes, 'field.kelisim').then(
        () => undefined,
        (error: unknown) => toErrorPayload(error),
      );
      expect(refused?.kind).toBe('bad-input');
      inEveryLanguage(refused!, code);
    }
  });

  it('every code this test walks is in the catalog in all three languages', () => {
    const codes = [
      'api-unknown-call',
      'api-token-wrong',
      'ipc-foreign-sender',
      'import-cell-without-column',
      'package-version-missing',
      'package-version-id-missing',
      'import-thread-csv-only',
      'interview-cannot-finalize',
      'package-answer-invalid',
      ...Object.values(ANSWER_PROBLEM_CODES),
    ];
    const params = {
      call: 'x',
      value: 'v',
      column: 1,
      formId: 'f',
      version: '1',
      id: 1,
      file: 'f',
      count: 2,
      uuid: 'u',
      field: 'q',
      problem: 'p',
      start: 0,
      end: 10,
      step: 2,
      expected: 2,
      actual: 1,
    };
    for (const code of codes) {
      for (const language of ['kk', 'ru', 'en'] as const) {
        const text = errorText(code, params, language);
        expect(text, `${code} in ${language}`).toBeTruthy();
        // Every placeholder filled: no {name} left for the reader.
        expect(text, `${code} in ${language}`).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

/** Problems of answers, as the screens and the CLI meet them: each carries a code a screen says in its own language. */
describe('interview answer problems', () => {
  const russianOf = (problems: Problem[], field: string) => {
    const problem = problems.find((item) => item.field === field);
    expect(problem, field).toBeDefined();
    return localizedMessage(problem!, 'ru');
  };

  it("finalizing an English interview: every problem coded, Kelisim's words translated, the form's own message kept", async () => {
    const started = await study.session.handlers['interviews.start']({ formId: 'checks' }, () => {});
    await study.session.handlers['interviews.save'](
      {
        uuid: started.uuid,
        answers: { age: '15', children: '25', rooms: '3000000000', income: 'a lot', visit: '2026-02-30', score: '3' },
      },
      () => {},
    );
    const refused = await study.session.handlers['interviews.finalize']({ uuid: started.uuid }, () => {}).then(
      () => undefined,
      (error: unknown) => toErrorPayload(error),
    );
    expect(inEveryLanguage(refused!, 'interview-cannot-finalize').ru).toBe('Интервью нельзя завершить: 7 вопросов требуют внимания.');
    const problems = refused!.problems!;
    expect(problems.map((problem) => [problem.field, problem.code])).toEqual([
      ['name', 'answer-required'],
      ['age', 'answer-constraint'],
      ['children', 'answer-constraint'],
      ['rooms', 'answer-integer-too-large'],
      ['income', 'answer-not-decimal'],
      ['visit', 'answer-not-date'],
      ['score', 'answer-out-of-range'],
    ]);
    // Kelisim's words: English in the interview's language, translated by code on a Kazakh or Russian screen.
    for (const problem of problems.filter((item) => item.field !== 'age')) inEveryLanguage(problem, problem.code!);
    expect(russianOf(problems, 'name')).toBe('На этот вопрос необходимо ответить.');
    expect(russianOf(problems, 'children')).toBe('Ответ не соответствует условию вопроса.');
    expect(russianOf(problems, 'visit')).toBe('Введите дату в виде ГГГГ-ММ-ДД, например 2024-05-31.');
    expect(russianOf(problems, 'score')).toBe('Выберите значение от 0 до 10 с шагом 2.');
    expect(
      localizedMessage(
        problems.find((item) => item.field === 'score')!,
        'kk',
      ),
    ).toBe('0 мен 10 аралығындағы, 2 қадаммен алынған мәнді таңдаңыз.');
    // The form's constraint_message is the form's text: every screen shows it as the form wrote it.
    const age = problems.find((item) => item.field === 'age')!;
    expect(age.params).toEqual({ own: 'Age must be 18 or more.' });
    for (const language of ['kk', 'ru', 'en'] as const) expect(localizedMessage(age, language)).toBe('Age must be 18 or more.');
  });

  it('a Kazakh interview: the message in Kazakh for the CLI, the code for a Russian screen', () => {
    const kazakhForm: FormDefinition = {
      ...checks,
      formId: 'checks_kk',
      defaultLanguage: 'kk',
      languages: [{ code: 'kk', name: 'Kazakh' }],
    };
    const [problem] = validateAnswers(compileForm(kazakhForm), { name: 'Ә', rooms: 'forty' });
    expect(problem).toMatchObject({ field: 'rooms', code: 'answer-not-integer', message: 'Бүтін сан енгізіңіз, мысалы: 42.' });
    expect(localizedMessage(problem, 'ru')).toBe('Введите целое число, например 42.');
    expect(localizedMessage(problem, 'en')).toBe('Enter a whole number, for example 42.');
  });

  it("an imported row: its problems carry the same codes, by the plain check and by the form's full one", async () => {
    const csv = 'settlement,age\nАтырау,forty\n';
    const plain = await study.session.handlers['responses.import'](
      { formId: 'places', file: { name: 'people.csv', bytes: new TextEncoder().encode(csv) } },
      () => {},
    ).then(
      () => undefined,
      (error: unknown) => toErrorPayload(error),
    );
    const age = plain?.problems?.find((item: Problem) => item.field === 'age');
    expect(age).toMatchObject({ row: 2, column: 'age', code: 'answer-not-integer' });
    expect(inEveryLanguage(age!, 'answer-not-integer').ru).toBe('Введите целое число, например 42.');

    const full = 'name,age,score,region\nАйгүл,15,4,west\n';
    const refused = await study.session.handlers['responses.import'](
      { formId: 'checks', file: { name: 'checks.csv', bytes: new TextEncoder().encode(full) } },
      () => {},
    ).then(
      () => undefined,
      (error: unknown) => toErrorPayload(error),
    );
    const problems = refused!.problems!;
    expect(problems.map((item) => item.code)).toEqual(['answer-constraint', 'answer-not-a-choice']);
    expect(russianOf(problems, 'region')).toBe('Варианта «west» нет среди ответов на этот вопрос.');
    expect(russianOf(problems, 'age')).toBe('Age must be 18 or more.');
  });

  it('a final response a package carries: the refusal names the response and question, and says the problem by its code', () => {
    const [problem] = finalResponseProblems(
      compileForm(checks),
      { uuid: 'r-1', language: 'en', finishedAt: 0, updatedAt: 0 },
      { name: 'Ә', rooms: 'many' },
    );
    expect(problem.message).toBe('Response r-1, question "rooms": Enter a whole number, for example 42.');
    expect(inEveryLanguage(problem, 'package-answer-invalid').ru).toBe('Анкета r-1, вопрос «rooms»: Введите целое число, например 42.');
    const [range] = finalResponseProblems(
      compileForm(checks),
      { uuid: 'r-2', language: 'en', finishedAt: 0, updatedAt: 0 },
      { name: 'Ә', score: '5' },
    );
    expect(localizedMessage(range, 'kk')).toBe(
      'r-2 жауап парағы, «score» сұрағы: 0 мен 10 аралығындағы, 2 қадаммен алынған мәнді таңдаңыз.',
    );
  });
});
