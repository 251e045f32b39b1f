import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/store/database';
import { ensureForm, insertFormVersion } from '../../../src/store/forms';
import { insertResponse } from '../../../src/store/responses';
import { countFinalResponses, finalResponseRows } from '../../../src/store/export-rows';

let db: Db;
let v1: number;
let v2: number;
let other: number;

function interview(version: number, fields: string[], answers: Record<string, string>, status: 'draft' | 'final' = 'final') {
  return insertResponse(
    db,
    {
      uuid: globalThis.crypto.randomUUID(),
      formVersionId: version,
      status,
      interviewer: 'Айгүл',
      deviceId: 'dev-a',
      startedAt: 1000,
      finishedAt: 61_000,
    },
    fields,
    answers,
  );
}

beforeEach(() => {
  db = openDatabase(':memory:');
  ensureForm(db, 'tolerance', 'Tolerance');
  ensureForm(db, 'other', 'Another form');
  // Version 2 dropped "trust" and put "age" first: positions differ between versions.
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
  other = insertFormVersion(db, { formId: 'other', version: '1', definition: '{}', fields: ['region'], contentHash: 'c', publishedAt: 3 });
});
afterEach(() => db.close());

describe('finalized responses streamed out for export', () => {
  it('yields finals of the form in storage order, answers aligned on field names across versions', () => {
    interview(v1, ['region', 'tol_01', 'trust'], { region: 'abai', tol_01: '4', trust: '2' });
    interview(v1, ['region', 'tol_01', 'trust'], { region: 'almaty_city' }, 'draft');
    interview(other, ['region'], { region: 'astana' });
    interview(v2, ['age', 'region', 'tol_01'], { age: '034', region: 'abai', tol_01: '5' });

    const rows = [...finalResponseRows(db, { formId: 'tolerance', fields: ['region', 'age', 'trust', 'missing_field'] })];
    expect(rows.map((row) => row.values)).toEqual([
      ['abai', '', '2', ''],
      ['abai', '034', '', ''],
    ]);
    expect(rows.map((row) => row.formVersionId)).toEqual([v1, v2]);
    expect(rows[0]).toMatchObject({ interviewer: 'Айгүл', deviceId: 'dev-a', startedAt: 1000, finishedAt: 61_000 });
    expect(countFinalResponses(db, 'tolerance')).toBe(2);
  });

  it('reads page by page without skipping or repeating a response at page edges', () => {
    const ids = Array.from({ length: 7 }, (_, i) =>
      interview(v2, ['age', 'region', 'tol_01'], { age: String(20 + i) }, i === 3 ? 'draft' : 'final'),
    );
    const rows = [...finalResponseRows(db, { formId: 'tolerance', fields: ['age'], pageSize: 2 })];
    expect(rows.map((row) => row.id)).toEqual(ids.filter((_, i) => i !== 3));
    expect(rows.map((row) => row.values[0])).toEqual(['20', '21', '22', '24', '25', '26']);
  });

  it('leaves responses stored after the export began to the next export', () => {
    interview(v2, ['age', 'region', 'tol_01'], { age: '30' });
    const walk = finalResponseRows(db, { formId: 'tolerance', fields: ['age'], pageSize: 1 });
    expect(walk.next().value?.values).toEqual(['30']);
    interview(v2, ['age', 'region', 'tol_01'], { age: '31' });
    expect(walk.next().done).toBe(true);
  });
});
