import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/store/database';
import { ensureForm, insertFormVersion } from '../../../src/store/forms';
import { insertResponse } from '../../../src/store/responses';
import { loadResponseColumns, readResponseColumns, type DictionaryColumn } from '../../../src/store/columns';
import { uuidv7 } from '../../../src/common/ids';

let db: Db;
let v1: number;
let v2: number;

const decode = (column: DictionaryColumn) => Array.from(column.codes, (code) => (code < 0 ? null : column.values[code]));

function interview(version: number, fields: string[], answers: Record<string, string>, status: 'draft' | 'final' = 'final') {
  return insertResponse(
    db,
    { uuid: uuidv7(), formVersionId: version, status, interviewer: 'Айгүл', deviceId: 'dev-a', startedAt: 1000 },
    fields,
    answers,
  );
}

beforeEach(() => {
  db = openDatabase(':memory:');
  ensureForm(db, 'tolerance', 'Tolerance');
  // Version 2 dropped "trust" and added "age" before "region": positions differ between versions.
  v1 = insertFormVersion(db, {
    formId: 'tolerance',
    version: '1',
    definition: '{}',
    fields: ['region', 'tol_01', 'trust'],
    contentHash: 'a',
    publishedAt: 1,
  });
  v2 = insertFormVersion(db, {
    formId: 'tolerance',
    version: '2',
    definition: '{}',
    fields: ['age', 'region', 'tol_01'],
    contentHash: 'b',
    publishedAt: 2,
  });
  interview(v1, ['region', 'tol_01', 'trust'], { region: 'abai', tol_01: '4', trust: '2' });
  interview(v1, ['region', 'tol_01', 'trust'], { region: 'almaty_city', tol_01: '5' }, 'draft');
  interview(v2, ['age', 'region', 'tol_01'], { age: '34', region: 'abai', tol_01: '4' });
});
afterEach(() => db.close());

describe('answers read as columns', () => {
  it('aligns every version on field names and codes each distinct answer once', () => {
    const columns = readResponseColumns(db, { formId: 'tolerance', fields: ['region', 'tol_01', 'age', 'trust'] });
    expect(columns.rowCount).toBe(3);
    expect(decode(columns.fields.get('region')!)).toEqual(['abai', 'almaty_city', 'abai']);
    expect(columns.fields.get('region')!.values).toEqual(['abai', 'almaty_city']);
    expect(decode(columns.fields.get('tol_01')!)).toEqual(['4', '5', '4']);
    expect(decode(columns.fields.get('age')!)).toEqual([null, null, '34']);
    expect(decode(columns.fields.get('trust')!)).toEqual(['2', null, null]);
    expect(Array.from(columns.final)).toEqual([1, 0, 1]);
    expect(Array.from(columns.formVersionIds)).toEqual([v1, v1, v2]);
    expect(decode(columns.interviewer)).toEqual(['Айгүл', 'Айгүл', 'Айгүл']);
  });

  it('reads start/end date-times as epoch milliseconds, the same fresh and from the cache', () => {
    const v3 = insertFormVersion(db, {
      formId: 'tolerance',
      version: '3',
      definition: '{}',
      fields: ['start', 'region', 'end'],
      contentHash: 'c',
      publishedAt: 3,
    });
    interview(v3, ['start', 'region', 'end'], {
      start: '2026-05-04T10:00:00.000+05:00',
      region: 'abai',
      end: '2026-05-04T10:42:30.000+05:00',
    });
    interview(v3, ['start', 'region', 'end'], { start: 'not a date', region: 'abai' });
    const query = { formId: 'tolerance', fields: ['region'], times: ['start', 'end'] };
    // By hand: 10:00 and 10:42:30 at UTC+5 are 05:00 and 05:42:30 UTC.
    const start = Date.UTC(2026, 4, 4, 5, 0, 0);
    const end = Date.UTC(2026, 4, 4, 5, 42, 30);
    const expected = { start: [NaN, NaN, NaN, start, NaN], end: [NaN, NaN, NaN, end, NaN] };
    const fresh = loadResponseColumns(db, query);
    const cached = loadResponseColumns(db, query);
    for (const columns of [fresh, cached]) {
      expect(Array.from(columns.times!.get('start')!)).toEqual(expected.start);
      expect(Array.from(columns.times!.get('end')!)).toEqual(expected.end);
      expect(decode(columns.fields.get('region')!)).toEqual(['abai', 'almaty_city', 'abai', 'abai', 'abai']);
    }
    expect(db.prepare("SELECT count(*) FROM column_cache WHERE field LIKE '@time:%'").pluck().get()).toBe(2);
    // Asked for as answers too, a field's times come from its dictionary.
    const both = readResponseColumns(db, { formId: 'tolerance', fields: ['start'], times: ['start'] });
    expect(Array.from(both.times!.get('start')!)).toEqual(expected.start);
    expect(decode(both.fields.get('start')!)[3]).toBe('2026-05-04T10:00:00.000+05:00');
  });

  it('serves the same columns from the cache until a response changes, then rebuilds', () => {
    const fields = ['region', 'tol_01'];
    const first = loadResponseColumns(db, { formId: 'tolerance', fields });
    const cached = loadResponseColumns(db, { formId: 'tolerance', fields });
    expect(decode(cached.fields.get('region')!)).toEqual(decode(first.fields.get('region')!));
    expect(Array.from(cached.responseIds)).toEqual(Array.from(first.responseIds));
    expect(Array.from(cached.final)).toEqual([1, 0, 1]);
    expect(db.prepare('SELECT count(*) FROM column_cache').pluck().get()).toBeGreaterThan(0);

    interview(v2, ['age', 'region', 'tol_01'], { region: 'shymkent', tol_01: '1' });
    const added = loadResponseColumns(db, { formId: 'tolerance', fields });
    expect(decode(added.fields.get('region')!)).toEqual(['abai', 'almaty_city', 'abai', 'shymkent']);

    // An edit that keeps the count and the highest id still changes change_seq.
    db.prepare('UPDATE answers SET answer_values = ? WHERE response_id = 1').run('aktobe\x1f3\x1f');
    db.prepare('UPDATE responses SET change_seq = (SELECT max(change_seq) + 1 FROM responses) WHERE id = 1').run();
    const edited = loadResponseColumns(db, { formId: 'tolerance', fields });
    expect(decode(edited.fields.get('region')!)[0]).toBe('aktobe');

    db.prepare('DELETE FROM responses WHERE id = 2').run();
    const deleted = loadResponseColumns(db, { formId: 'tolerance', fields });
    expect(deleted.rowCount).toBe(3);
    expect(decode(deleted.fields.get('region')!)).toEqual(['aktobe', 'abai', 'shymkent']);
  });

  it('reads columns that were never cached alongside cached ones', () => {
    loadResponseColumns(db, { formId: 'tolerance', fields: ['region'] });
    const more = loadResponseColumns(db, { formId: 'tolerance', fields: ['region', 'age'] });
    expect(decode(more.fields.get('age')!)).toEqual([null, null, '34']);
  });
});
