/**
 * The workbook's Paradata sheet: off by default; with `paradata` one row per event of the exported
 * (finalized) interviews, keyed by uuid and sequence, the wall time being the session's anchor plus
 * the offset, in this computer's time zone. The expected rows are the events the test sends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../../helpers/temp';
import { COMPLETE_INTERVIEW, sessionWithSurvey, type TestSession } from '../../fixtures/collect/session';
import { readWorkbook, sheetValues } from './workbook-reader';
import { PARADATA_COLUMNS } from '../../../src/report/sheets/paradata';

let temp: ReturnType<typeof tempFolder>;
let session: TestSession;
let finished: string;
const ANCHOR = Date.UTC(2026, 11, 4, 9, 30, 0);

beforeAll(async () => {
  temp = tempFolder('kelisim-paradata-sheet-');
  session = await sessionWithSurvey();
  ({ uuid: finished } = await session.api('interviews.start', { formId: 'tolerance_kz' }));
  await session.api('interviews.save', { uuid: finished, paradata: { anchor: ANCHOR, at: 0, events: [{ event: 'start', at: 0 }] } });
  await session.api('interviews.save', {
    uuid: finished,
    answers: { ...COMPLETE_INTERVIEW, age: '41' },
    paradata: { anchor: ANCHOR, at: 61_000 },
  });
  await session.api('interviews.save', {
    uuid: finished,
    answers: { age: '42' },
    paradata: {
      anchor: ANCHOR,
      at: 125_000,
      events: [{ event: 'jump', old: 'comments', new: 'age', at: 120_000 }],
    },
  });
  await session.api('interviews.finalize', { uuid: finished, paradata: { anchor: ANCHOR, at: 180_000 } });
  // A draft: not exported, and neither is its log.
  const { uuid: draft } = await session.api('interviews.start', { formId: 'tolerance_kz' });
  await session.api('interviews.save', { uuid: draft, answers: { age: '30' }, paradata: { anchor: ANCHOR, at: 5 } });
});
afterAll(() => {
  session.close();
  temp.cleanup();
});

describe('the Paradata sheet', () => {
  it('is left out unless asked for', async () => {
    const result = await session.api('report.workbook', { formId: 'tolerance_kz', outPath: temp.file('plain.xlsx'), language: 'en' });
    expect(result.sheets).not.toContain('Paradata');
  });

  it('lists every event of the exported interviews, one row each, and the About sheet explains it', async () => {
    const out = temp.file('paradata.xlsx');
    const result = await session.api('report.workbook', { formId: 'tolerance_kz', outPath: out, language: 'ru', paradata: true });
    expect(result.sheets).toContain('Параданные');
    const book = await readWorkbook(out);
    const rows = sheetValues(book.getWorksheet('Параданные')!);
    expect(rows[0]).toEqual([...PARADATA_COLUMNS]);
    const answers = Object.keys(COMPLETE_INTERVIEW).length;
    // start, the answers, the jump, the corrected age, finalize.
    expect(rows).toHaveLength(1 + 1 + answers + 1 + 1 + 1);
    const byEvent = (event: string) => rows.filter((row) => row[4] === event);
    expect(rows.slice(1).every((row) => row[0] === finished && row[1] === 'Айгүл Серікқызы')).toBe(true);
    expect(rows.slice(1).map((row) => row[3])).toEqual(Array.from({ length: rows.length - 1 }, (_, i) => i + 1));
    expect(byEvent('jump')[0].slice(4, 10)).toEqual(['jump', null, 'comments', 'age', 120_000, null]);
    expect(byEvent('answer').at(-1)!.slice(4, 9)).toEqual(['answer', 'age', '41', '42', 125_000]);
    // 09:30:00 UTC + 180 s, shown as this computer's clock shows it (Excel dates have no zone).
    const finalize = byEvent('finalize')[0];
    const shown = new Date(ANCHOR + 180_000);
    const wall = finalize[10] as Date; // exceljs reads a date-formatted cell as a Date of the same wall time in UTC
    expect([wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds()]).toEqual([
      shown.getHours(),
      shown.getMinutes(),
      shown.getSeconds(),
    ]);
    const notes = sheetValues(book.getWorksheet('Описание')!).flat().map(String);
    expect(notes.some((note) => note.startsWith('Лист «Параданные» — журнал событий интервью'))).toBe(true);
  });
});
