/**
 * The workbook's Quality sheet (with `quality`): one row per flag of the quality checks, with the lead's review,
 * then one row per interviewer; and the About sheet lists the reviewed responses. The expected rows come from
 * `quality.run`, the same checks the Quality screen shows: two identical interviews flag each other as duplicates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../../helpers/temp';
import { COMPLETE_INTERVIEW, sessionWithSurvey, type TestSession } from '../../fixtures/collect/session';
import { readWorkbook, sheetValues } from './workbook-reader';
import { QUALITY_FLAG_COLUMNS, QUALITY_INTERVIEWER_COLUMNS } from '../../../src/report/sheets/quality';

let temp: ReturnType<typeof tempFolder>;
let session: TestSession;
const uuids: string[] = [];

beforeAll(async () => {
  temp = tempFolder('kelisim-quality-sheet-');
  session = await sessionWithSurvey();
  for (let i = 0; i < 2; i++) {
    const { uuid } = await session.api('interviews.start', { formId: 'tolerance_kz' });
    await session.api('interviews.save', { uuid, answers: COMPLETE_INTERVIEW });
    await session.api('interviews.finalize', { uuid });
    uuids.push(uuid);
  }
  await session.api('quality.review', { uuid: uuids[1], verdict: 'reject', reason: 'a copy of the first' });
});
afterAll(() => {
  session.close();
  temp.cleanup();
});

describe('the Quality sheet', () => {
  it('lists every flag with its review and every interviewer, and About lists the reviews', async () => {
    const plain = await session.api('report.workbook', { formId: 'tolerance_kz', outPath: temp.file('plain.xlsx'), language: 'en' });
    expect(plain.sheets).not.toContain('Quality');

    const out = temp.file('quality.xlsx');
    const result = await session.api('report.workbook', { formId: 'tolerance_kz', outPath: out, language: 'en', quality: true });
    expect(result.sheets).toContain('Quality');
    const report = await session.api('quality.run', { formId: 'tolerance_kz' });
    const flags = report.responses.flatMap((r) => r.flags.map((f) => [r.uuid, f.check]));
    expect(flags).toContainEqual([uuids[0], 'duplicate']);

    const book = await readWorkbook(out);
    // The sheet is as wide as its widest block: the flag rows read up to their last filled cell.
    const trim = (row: unknown[]) => {
      const cells = [...row];
      while (cells.length && cells.at(-1) == null) cells.pop();
      return cells;
    };
    const rows = sheetValues(book.getWorksheet('Quality')!).map(trim);
    expect(rows[0]).toEqual([...QUALITY_FLAG_COLUMNS]);
    expect(rows.slice(1, 1 + flags.length).map((row) => [row[0], row[2]])).toEqual(flags);
    const rejected = rows.find((row) => row[0] === uuids[1] && row[2] === 'duplicate')!;
    expect(rejected.slice(4, 6)).toEqual(['reject', 'a copy of the first']);
    const interviewers = rows.findIndex((row) => row[0] === 'interviewer');
    expect(rows[interviewers]).toEqual([...QUALITY_INTERVIEWER_COLUMNS]);
    expect(rows[interviewers + 1].slice(0, 2)).toEqual(['Айгүл Серікқызы', report.interviewers[0].n]);

    const about = sheetValues(book.getWorksheet('About')!).map(trim);
    const heading = about.findIndex((row) => row[0] === 'Reviewed responses');
    expect(heading).toBeGreaterThan(0);
    expect(about[heading + 1]).toEqual([uuids[1], 'rejected: left out of every analysis — a copy of the first']);
  });
});
