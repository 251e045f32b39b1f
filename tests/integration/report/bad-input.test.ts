import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession } from '../../../src/app/session';
import { kelisim, kelisimProcess } from '../../helpers/cli';
import { sha256File, tempFolder } from '../../helpers/temp';
import { createStudyDatabase } from '../../fixtures/report/field-study';

let temp: ReturnType<typeof tempFolder>;
let db: string;
beforeAll(async () => {
  temp = tempFolder('kelisim-report-bad-');
  db = temp.file('study.db');
  await createStudyDatabase(db);
});
afterAll(() => temp.cleanup());

const report = (...extra: string[]) =>
  kelisim('report', '--db', db, '--form', 'field_study', '--by', 'region', '--out', temp.file('r.xlsx'), ...extra);
const leftovers = () => fs.readdirSync(temp.dir).filter((name) => name.endsWith('.partial') || name.endsWith('.xlsx'));

describe('kelisim report and export with bad input: one clear line, exit 2, nothing written', () => {
  it('names an unknown form', () => {
    const run = kelisimProcess(['report', '--db', db, '--form', 'no_such_form', '--by', 'region', '--out', temp.file('r.xlsx')]);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', 'kelisim report: there is no form "no_such_form" in this database\n']);
    const csv = kelisimProcess(['export', 'csv', '--db', db, '--form', 'no_such_form', '--out', temp.file('r.csv')]);
    expect([csv.code, csv.stderr]).toEqual([2, 'kelisim export csv: there is no form "no_such_form" in this database\n']);
  });

  it('names an unknown breakdown variable, or one that cannot split a breakdown', async () => {
    const unknown = await kelisim('report', '--db', db, '--form', 'field_study', '--by', 'regoin', '--out', temp.file('r.xlsx'));
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      'kelisim report: form "field_study" has no question or scale named "regoin" (did you mean region?)\n',
    ]);
    const multiple = await kelisim('report', '--db', db, '--form', 'field_study', '--by', 'languages', '--out', temp.file('r.xlsx'));
    expect(multiple.code).toBe(2);
    expect(multiple.stderr).toMatch(/^kelisim report: "languages" is a select_multiple question: .*\n$/);
    expect(leftovers()).toEqual([]);
  });

  it('names a filter that does not parse and a weight that is not a number', async () => {
    const filter = await report('--filter', '${age} >');
    expect([filter.code, filter.stderr]).toEqual([
      2,
      'kelisim report: the filter cannot be read: unexpected end of expression at character 9 of "${age} >"\n',
    ]);
    const unknown = await report('--filter', '${agee} > 3');
    expect(unknown.stderr).toBe('kelisim report: the filter "${agee} > 3" names ${agee}, which is not a question or scale of this form\n');
    const weight = await report('--weight', 'comment');
    expect([weight.code, weight.stderr]).toEqual([
      2,
      'kelisim report: the weight "comment" must be a numeric question (integer, decimal or calculate), not a text\n',
    ]);
    expect(leftovers()).toEqual([]);
  });

  it('refuses an output folder that does not exist, a name that is not .xlsx and an unknown language', async () => {
    const folder = temp.file('nowhere');
    const run = await kelisim('report', '--db', db, '--form', 'field_study', '--by', 'region', '--out', `${folder}/r.xlsx`);
    expect([run.code, run.stderr]).toEqual([2, `kelisim report: cannot write ${folder}/r.xlsx: the folder ${folder} does not exist\n`]);
    const named = await kelisim('report', '--db', db, '--form', 'field_study', '--by', 'region', '--out', temp.file('r.xls'));
    expect([named.code, named.stderr]).toEqual([2, 'kelisim report: the workbook must be an .xlsx file, not r.xls\n']);
    const language = await report('--lang', 'de');
    expect([language.code, language.stderr]).toEqual([2, 'kelisim report: --lang must be kk, ru or en, not "de"\n']);
    expect(leftovers()).toEqual([]);
  });

  const unwritable = 'refuses an output folder it may not write into';
  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot)(isRoot ? `${unwritable} — SKIPPED: running as root, which may write anywhere` : unwritable, async () => {
    const locked = temp.file('locked');
    fs.mkdirSync(locked, { mode: 0o555 });
    const run = await kelisim('report', '--db', db, '--form', 'field_study', '--by', 'region', '--out', `${locked}/r.xlsx`);
    expect([run.code, run.stderr]).toEqual([2, `kelisim report: cannot write ${locked}/r.xlsx: the folder ${locked} is not writable\n`]);
  });

  it('leaves no half-written file, and the previous workbook untouched, when an export fails midway', async () => {
    const out = temp.file('kept.xlsx');
    fs.writeFileSync(out, 'the workbook of last week');
    const before = sha256File(out);
    const session = await openSession({ databasePath: db, transport: 'cli', create: false });
    try {
      let rowsWritten = 0;
      // The progress callback runs between data rows: failing there stops the export in the middle of a sheet.
      const failing = session.handlers['report.workbook'](
        { formId: 'field_study', outPath: out, by: 'region', language: 'en' },
        (progress) => {
          if (progress.phase === 'data' && ++rowsWritten === 1) throw new Error('disk unplugged');
        },
      );
      await expect(failing).rejects.toThrow('disk unplugged');
    } finally {
      session.close();
    }
    expect(sha256File(out)).toBe(before);
    expect(fs.readdirSync(temp.dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
    fs.rmSync(out);
  });
});
