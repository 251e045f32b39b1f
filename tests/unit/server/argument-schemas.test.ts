/**
 * Arguments checked at the boundary. Before, a page could send `{ form: { survey: 'no' } }` or `answers: { age: 5 }` and
 * the handler ran with it until something deep inside failed (a TypeError reported as an internal error, or a value
 * stored with the wrong type). Now both transports that take calls from a page (HTTP in browser mode, IPC in
 * Electron, through answerCall) refuse such a call with the coded 'api-bad-arguments', naming the call and the first
 * bad field, before any handler runs; and no call of the handler map may be without a schema.
 */
import { describe, expect, it } from 'vitest';
import { answerCall } from '../../../src/api/answer-call';
import { callsWithoutSchema } from '../../../src/api/arguments';
import { errorText } from '../../../src/common/messages/errors';
import { callOverHttp, serveStudyInBrowserMode } from '../../helpers/browser-mode';

const study = serveStudyInBrowserMode({ database: 'arguments.db' });

/** The status and the last NDJSON message of a call sent over HTTP as the page would send it. */
const overHttp = (name: string, args: unknown) => callOverHttp(study.server, name, args);

const formCount = () => study.session.handlers['designer.list']({}, () => {});

describe('every call has a schema', () => {
  it('walks the handler map: no call without a schema', () => {
    expect(Object.keys(study.session.handlers).length).toBeGreaterThan(60);
    expect(callsWithoutSchema(Object.keys(study.session.handlers))).toEqual([]);
  });

  it('and every one of them refuses arguments that are not an object, over IPC, before its handler runs', async () => {
    for (const name of Object.keys(study.session.handlers)) {
      const outcome = await answerCall(study.session.handlers, name, 42, () => {});
      expect(outcome, name).toMatchObject({
        ok: false,
        error: { kind: 'bad-input', code: 'api-bad-arguments', params: { call: name, path: '' } },
      });
    }
  });
});

describe('wrong shapes over HTTP', () => {
  const cases: [string, unknown, string][] = [
    ['designer.save', { formId: 'x', form: { survey: 'no' } }, 'form'],
    ['designer.create', { formId: 'survey', title: 'T', languages: 'kk' }, 'languages'],
    ['designer.create', { formId: 7, title: 'T', languages: ['kk'] }, 'formId'],
    ['interviews.save', { uuid: 'u', answers: { age: 5 } }, 'answers.age'],
    ['interviews.save', { uuid: 'u', instances: [{ add: 'household' }, { drop: 'x' }] }, 'instances.1'],
    ['forms.attach', { formId: 'x', files: 'a.csv' }, 'files'],
    ['forms.import', { file: { name: 'a.xlsx', bytes: 'not bytes' } }, 'file'],
    ['packages.resolve', { uuid: 'u', keep: 'both' }, 'keep'],
    ['responses.list', { limit: '100' }, 'limit'],
    ['analysis.frequencies', { formId: 'f', variable: 'v', status: 'deleted' }, 'status'],
    ['quality.run', { formId: 'f', ranges: { age: [0, 'x'] } }, 'ranges.age.1'],
  ];

  it.each(cases)('%s %j is refused with 400, naming the field', async (name, args, field) => {
    const { status, last } = await overHttp(name, args);
    expect(status).toBe(400);
    expect(last).toMatchObject({
      type: 'error',
      error: { kind: 'bad-input', code: 'api-bad-arguments', params: { call: name, path: field } },
    });
  });

  it('refuses before the handler runs: a bad designer.create leaves no form behind', async () => {
    const before = (await formCount()).length;
    expect((await overHttp('designer.create', { formId: 'fresh', title: 5, languages: ['kk'] })).status).toBe(400);
    expect((await formCount()).length).toBe(before);
    // The same call with a right shape creates the form: the schema refused the shape, not the call.
    const { status, last } = await overHttp('designer.create', { formId: 'fresh', title: 'Fresh', languages: ['kk'] });
    expect(status).toBe(200);
    expect(last).toMatchObject({ type: 'result', value: { formId: 'fresh' } });
  });

  it('an empty body is a call without arguments, as before', async () => {
    const response = await fetch(`http://127.0.0.1:${study.server.port}/api/forms.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${study.server.token}` },
    });
    expect(response.status).toBe(200);
  });

  it('the refusal reads in kk, ru and en, naming the call and the field', async () => {
    const { last } = await overHttp('designer.save', { formId: 'x', form: [] });
    const error = last.error!;
    expect(errorText(error.code!, error.params, 'en')).toBe(
      'The call "designer.save" was refused: the field "form" is missing or has the wrong type.',
    );
    expect(errorText(error.code!, error.params, 'ru')).toBe(
      'Вызов «designer.save» отклонён: поле «form» отсутствует или имеет неверный тип.',
    );
    expect(errorText(error.code!, error.params, 'kk')).toBe(
      '«designer.save» шақыруы қабылданбады: «form» өрісі жоқ немесе оның түрі қате.',
    );
  });
});

describe('wrong shapes over IPC (answerCall, what Electron main runs for the window)', () => {
  it('refuses a bad shape as a value, with the code and the field', async () => {
    const outcome = await answerCall(study.session.handlers, 'interviews.start', { formId: ['x'] }, () => {});
    expect(outcome).toEqual({
      ok: false,
      error: expect.objectContaining({
        kind: 'bad-input',
        code: 'api-bad-arguments',
        params: { call: 'interviews.start', path: 'formId' },
      }),
    });
  });

  it('passes a good call to its handler, and an unknown one is not found', async () => {
    expect(await answerCall(study.session.handlers, 'forms.list', undefined, () => {})).toEqual({ ok: true, value: [] });
    expect(await answerCall(study.session.handlers, 'forms.nothing', {}, () => {})).toMatchObject({
      ok: false,
      error: {
        kind: 'not-found',
        code: 'api-unknown-call',
        params: { call: 'forms.nothing' },
        message: 'There is no API call "forms.nothing": the page and Kelisim may be of different versions (reload the page).',
      },
    });
  });

  it("keeps the handler's own refusals for a right shape with a wrong value", async () => {
    const outcome = await answerCall(
      study.session.handlers,
      'designer.create',
      { formId: '1bad', title: 'T', languages: ['kk'] },
      () => {},
    );
    expect(outcome).toMatchObject({ ok: false, error: { code: 'form-id-invalid' } });
  });
});
