/** What a package's content must satisfy before anything of it is merged. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkPackageContent, type PackageContent } from '../../../src/exchange/content';
import { KelisimError, localizedMessage, type Problem } from '../../../src/common/errors';
import type { PackageResponse } from '../../../src/api/spec';

const FIELDS = ['region', 'age', 'trust', 'ethnicity'];

/** The pilot as `form import` would freeze it: a required region, an age from 15 to 110, two choice questions. */
const PILOT = {
  formId: 'pilot',
  title: 'Pilot',
  version: '1',
  defaultLanguage: 'en',
  languages: [{ code: 'en', name: 'English' }],
  survey: [
    { type: 'text', name: 'region', label: { en: 'Region' }, required: true },
    { type: 'integer', name: 'age', label: { en: 'Age' }, constraint: '. >= 15 and . <= 110' },
    { type: 'select_one', name: 'trust', listName: 'likert', label: { en: 'Trust' } },
    { type: 'select_one', name: 'ethnicity', listName: 'ethnicity', label: { en: 'Ethnicity' } },
  ],
  choiceLists: [
    { name: 'likert', choices: ['1', '2', '3', '4', '5'].map((name) => ({ name, label: { en: name } })) },
    { name: 'ethnicity', choices: ['kazakh', 'russian', 'uzbek'].map((name) => ({ name, label: { en: name } })) },
  ],
};
const DEFINITION = JSON.stringify(PILOT);
const HASH = createHash('sha256').update(DEFINITION).digest('hex');
const carried = (definition = DEFINITION) => ({
  formId: 'pilot',
  title: 'Pilot',
  version: '1',
  definition,
  fields: FIELDS,
  contentHash: createHash('sha256').update(definition).digest('hex'),
  publishedAt: 1,
});

function response(uuid: string, answers: Record<string, unknown> = { region: 'almaty', age: '40', trust: '3' }): PackageResponse {
  return {
    uuid,
    formId: 'pilot',
    version: '1',
    status: 'final',
    interviewer: 'Aigerim',
    deviceId: 'dev-a',
    language: 'en',
    startedAt: 1_780_000_000_000,
    finishedAt: 1_780_000_900_000,
    updatedAt: 1_780_000_900_000,
    revision: 1,
    position: null,
    answers: answers as Record<string, string>,
  };
}

function pkg(
  responses: PackageResponse[],
  counts = [{ formId: 'pilot', version: '1', final: responses.length, draft: 0 }],
): PackageContent {
  return {
    manifest: {
      format: 1,
      packageId: 'p',
      deviceId: 'dev-a',
      createdAt: 1_780_000_000_000,
      appVersion: '0.1.0',
      interviewers: ['Aigerim'],
      counts,
      responses: responses.length,
      scope: { formId: null, includeDrafts: false, afterChangeSeq: 0, upToChangeSeq: 9 },
    },
    formVersions: [carried()],
    responses,
  };
}

const U1 = '019a0000-0000-7000-8000-000000000001';
const U2 = '019a0000-0000-7000-8000-000000000002';

/** The first problem of the refusal, whole (code and parameters). */
function problemOf(content: unknown): Problem {
  try {
    checkPackageContent(JSON.stringify(content), 'field.kelisim', { format: 1 });
  } catch (error) {
    return (error as KelisimError).problems[0];
  }
  throw new Error('the package was taken');
}

function problemsOf(content: unknown, knownVersions?: Parameters<typeof checkPackageContent>[2]['knownVersions']): string[] {
  try {
    checkPackageContent(JSON.stringify(content), 'field.kelisim', { format: 1, knownVersions });
  } catch (error) {
    expect(error).toBeInstanceOf(KelisimError);
    const { message, problems } = error as KelisimError;
    return problems.length ? problems.map((p) => `${p.file}: ${p.message}`) : [message];
  }
  return [];
}

describe('checking a package content', () => {
  it('prepares answers in the order of the version fields, from a map by name', () => {
    const checked = checkPackageContent(JSON.stringify(pkg([response(U1, { trust: '5', region: 'atyrau' })])), 'f', { format: 1 });
    expect(checked.responses[0].encoded).toBe('atyrau\x1f\x1f5\x1f');
    expect(checked.responses[0].facts).toMatchObject({ uuid: U1, revision: 1, interviewer: 'Aigerim' });
  });

  it('removes control characters from answers, as the database would', () => {
    const draft = { ...response(U1, { region: 'al\u0007maty', age: 'line\nbreak' }), status: 'draft' as const, finishedAt: null };
    const checked = checkPackageContent(JSON.stringify(pkg([draft], [{ formId: 'pilot', version: '1', final: 0, draft: 1 }])), 'f', {
      format: 1,
    });
    expect(checked.responses[0].encoded).toBe('almaty\x1fline\nbreak\x1f\x1f');
  });

  it('lists every problem at once, each with the file and the response', () => {
    const bad = pkg([
      response('not-a-uuid'),
      { ...response(U1), status: 'done' as 'final' },
      response(U2, { region: 'almaty', favourite_colour: 'blue', age: 41 }),
      response(U2),
      { ...response('019a0000-0000-7000-8000-000000000003'), version: '7' },
    ]);
    expect(problemsOf(bad, () => undefined)).toEqual([
      'field.kelisim: response 1 (not-a-uuid): its uuid is not a valid UUID',
      'field.kelisim: response 2 (019a0000-0000-7000-8000-000000000001): status "done" is neither draft nor final',
      'field.kelisim: response 3 (019a0000-0000-7000-8000-000000000002): it answers "favourite_colour", which is not a field of form pilot version 1',
      'field.kelisim: response 3 (019a0000-0000-7000-8000-000000000002): its answer to "age" is not text',
      'field.kelisim: response 4 (019a0000-0000-7000-8000-000000000002): the same uuid appears twice in the package',
      'field.kelisim: response 5 (019a0000-0000-7000-8000-000000000003): it belongs to form pilot version 7, which neither the package nor the database holds',
    ]);
  });

  it('accepts a response of a version the database holds even when the package does not carry it', () => {
    const content = pkg([{ ...response(U1), version: '0' }], [{ formId: 'pilot', version: '0', final: 1, draft: 0 }]);
    const checked = checkPackageContent(JSON.stringify(content), 'f', {
      format: 1,
      knownVersions: (formId, version) =>
        formId === 'pilot' && version === '0'
          ? { fields: FIELDS, contentHash: 'h0', definition: JSON.stringify({ ...PILOT, version: '0' }) }
          : undefined,
    });
    expect(checked.responses[0].encoded).toBe('almaty\x1f40\x1f3\x1f');
  });

  it('distrusts a manifest that miscounts its own content', () => {
    expect(problemsOf(pkg([response(U1)], [{ formId: 'pilot', version: '1', final: 2, draft: 0 }]))).toEqual([
      'field.kelisim: the manifest counts per form version do not match the responses the package holds',
    ]);
    expect(problemsOf({ ...pkg([response(U1)]), manifest: { ...pkg([]).manifest, format: 2 } })).toEqual([
      'field.kelisim: the manifest is incomplete or does not match the file header (format 1)',
    ]);
  });

  it('refuses a form version that differs from the one of the same name in the database', () => {
    expect(problemsOf(pkg([response(U1)]), () => ({ fields: FIELDS, contentHash: 'h-other', definition: DEFINITION }))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^field\\.kelisim: form pilot version 1 differs from the version of the same name already in the database \\(content hash ${HASH.slice(0, 12)} here, h-other there\\)`,
        ),
      ),
    ]);
  });

  it('checks every form version it carries as form import does, and refuses the package when one fails', () => {
    const notJson = { ...pkg([response(U1)]), formVersions: [carried('not json at all')] };
    expect(problemsOf(notJson)).toEqual(['field.kelisim: The definition of form pilot version 1 is not a form model.']);
    // A model whose expressions the form check refuses (an unknown question in a constraint).
    const broken = JSON.stringify({
      ...PILOT,
      survey: PILOT.survey.map((row) => (row.name === 'age' ? { ...row, constraint: '. < ${no_such_question}' } : row)),
    });
    const problems = problemsOf({ ...pkg([response(U1)]), formVersions: [carried(broken)] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^field\.kelisim: Form pilot version 1 does not pass the form check: .*no_such_question/);
    // The check's own problem inside the refusal is said in the reader's language too, with its place: before, its
    // English sentence stood inside the Kazakh and Russian refusal.
    const refusal = problemOf({ ...pkg([response(U1)]), formVersions: [carried(broken)] });
    expect(refusal.code).toBe('package-form-problem');
    expect(localizedMessage(refusal, 'ru')).toBe(
      'Анкета pilot, версия 1, не прошла проверку: лист survey, строка 3, столбец constraint: ${no_such_question} («. < ${no_such_question}», символ 5) не является вопросом этой анкеты.',
    );
    expect(localizedMessage(refusal, 'kk')).toMatch(
      /^pilot сауалнамасының 1 нұсқасы тексеруден өтпеді: парақ survey, жол 3, баған constraint: .*сауалнамадағы сұрақ емес/,
    );
    // A definition whose fields or hash do not match what the package says of it.
    const mislabelled = { ...pkg([response(U1)]), formVersions: [{ ...carried(), fields: ['region', 'age', 'ethnicity', 'trust'] }] };
    expect(problemsOf(mislabelled)).toEqual([
      'field.kelisim: Form pilot version 1 does not match itself: the name, version, fields or hash of its definition differ from what the package says.',
    ]);
  });

  it('checks every final response as finalizing an interview does: each problem with response and question', () => {
    const bad = pkg([
      response(U1, { region: 'almaty', age: 'abc', trust: '3', ethnicity: 'martian' }),
      response(U2, { region: '', age: '12', trust: '3', ethnicity: 'kazakh' }),
    ]);
    expect(problemsOf(bad)).toEqual([
      // The words finalizing an interview shows (src/common/messages/form-runtime.ts), in the response's language.
      `field.kelisim: Response ${U1}, question "age": Enter a whole number, for example 42.`,
      `field.kelisim: Response ${U1}, question "ethnicity": “martian” is not one of the choices of this question.`,
      `field.kelisim: Response ${U2}, question "region": This question must be answered.`,
      `field.kelisim: Response ${U2}, question "age": This answer does not meet the condition of the question.`,
    ]);
    // A draft is what was typed so far: it travels unchecked, and is checked when it is finalized.
    const draft = { ...response(U1, { age: 'ab' }), status: 'draft' as const, finishedAt: null };
    expect(problemsOf(pkg([draft], [{ formId: 'pilot', version: '1', final: 0, draft: 1 }]))).toEqual([]);
  });

  it('calls content that is not a package damaged', () => {
    expect(problemsOf({ hello: 'world' })).toEqual(['field.kelisim is damaged (its content lacks a manifest, form versions or responses)']);
    expect(() => checkPackageContent('{"manifest":', 'f.kelisim', { format: 1 })).toThrow(
      'f.kelisim is damaged (its content is not valid JSON)',
    );
  });
});
