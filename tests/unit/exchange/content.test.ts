/** What a package's content must satisfy before anything of it is merged. */
import { describe, expect, it } from 'vitest';
import { checkPackageContent, type PackageContent } from '../../../src/exchange/content';
import { KelisimError } from '../../../src/common/errors';
import type { PackageResponse } from '../../../src/api/spec';

const FIELDS = ['region', 'age', 'trust'];

function response(uuid: string, answers: Record<string, unknown> = { region: 'almaty', age: '40', trust: '3' }): PackageResponse {
  return {
    uuid, formId: 'pilot', version: '1', status: 'final', interviewer: 'Aigerim', deviceId: 'dev-a', language: 'kk',
    startedAt: 1_780_000_000_000, finishedAt: 1_780_000_900_000, updatedAt: 1_780_000_900_000, revision: 1, position: null,
    answers: answers as Record<string, string>,
  };
}

function pkg(responses: PackageResponse[], counts = [{ formId: 'pilot', version: '1', final: responses.length, draft: 0 }]): PackageContent {
  return {
    manifest: {
      format: 1, packageId: 'p', deviceId: 'dev-a', createdAt: 1_780_000_000_000, appVersion: '0.1.0', interviewers: ['Aigerim'],
      counts, responses: responses.length, scope: { formId: null, includeDrafts: false, afterChangeSeq: 0, upToChangeSeq: 9 },
    },
    formVersions: [{ formId: 'pilot', title: 'Pilot', version: '1', definition: '{}', fields: FIELDS, contentHash: 'h1', publishedAt: 1 }],
    responses,
  };
}

const U1 = '019a0000-0000-7000-8000-000000000001';
const U2 = '019a0000-0000-7000-8000-000000000002';

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
    expect(checked.responses[0].encoded).toBe('atyrau\x1f\x1f5');
    expect(checked.responses[0].facts).toMatchObject({ uuid: U1, revision: 1, interviewer: 'Aigerim' });
  });

  it('removes control characters from answers, as the database would', () => {
    const checked = checkPackageContent(JSON.stringify(pkg([response(U1, { region: 'al\u0007maty', age: 'line\nbreak' })])), 'f', { format: 1 });
    expect(checked.responses[0].encoded).toBe('almaty\x1fline\nbreak\x1f');
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
      knownVersions: (formId, version) => (formId === 'pilot' && version === '0' ? { fields: ['region', 'age', 'trust'], contentHash: 'h0' } : undefined),
    });
    expect(checked.responses[0].encoded).toBe('almaty\x1f40\x1f3');
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
    expect(problemsOf(pkg([response(U1)]), () => ({ fields: FIELDS, contentHash: 'h-other' }))).toEqual([
      expect.stringMatching(/^field\.kelisim: form pilot version 1 differs from the version of the same name already in the database \(content hash h1 here, h-other there\)/),
    ]);
  });

  it('calls content that is not a package damaged', () => {
    expect(problemsOf({ hello: 'world' })).toEqual(['field.kelisim is damaged (its content lacks a manifest, form versions or responses)']);
    expect(() => checkPackageContent('{"manifest":', 'f.kelisim', { format: 1 })).toThrow('f.kelisim is damaged (its content is not valid JSON)');
  });
});
