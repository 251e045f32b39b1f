/**
 * A household survey exported to Excel: the Data sheet keeps one row per household, the members
 * as JSON text in one column; the sheet "member" lists them one row per member, keyed by the
 * response's uuid and the member's number, each answer typed as in the Data sheet; the rooms,
 * counted by repeat_count, likewise. The Codebook describes both sheets' variables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../../helpers/temp';
import { sessionWithSurvey, type TestSession } from '../../fixtures/collect/session';
import { HOUSEHOLD_FORM } from '../../fixtures/collect/household';
import { readWorkbook, sheetValues } from './workbook-reader';

let temp: ReturnType<typeof tempFolder>;
let session: TestSession;
const households: string[] = [];

/** An interview of the household form, finalized, with these members and rooms. */
async function household(respondent: string, members: Record<string, string>[], rooms: string[]): Promise<string> {
  const { uuid } = await session.api('interviews.start', { formId: 'household', language: 'en' });
  await session.api('interviews.save', {
    uuid,
    instances: members.map(() => ({ add: 'member' })),
    answers: {
      respondent,
      rooms: String(rooms.length),
      ...Object.fromEntries(
        members.flatMap((member, i) => Object.entries(member).map(([key, value]) => [`member[${i + 1}].${key}`, value])),
      ),
      ...Object.fromEntries(rooms.map((use, i) => [`room[${i + 1}].room_use`, use])),
    },
  });
  await session.api('interviews.finalize', { uuid });
  return uuid;
}

beforeAll(async () => {
  temp = tempFolder('kelisim-repeats-');
  session = await sessionWithSurvey();
  await session.api('forms.publish', { form: HOUSEHOLD_FORM });
  households.push(
    await household(
      'Айгүл',
      [
        { member_name: 'Әлия', member_age: '40', member_work: 'yes' },
        { member_name: 'Нұрлан', member_age: '12', lives_here: 'no' },
      ],
      ['kitchen', 'sleep'],
    ),
  );
  households.push(await household('Сергей', [{ member_name: 'Ольга', member_age: '67', member_work: 'no' }], []));
});
afterAll(() => {
  session.close();
  temp.cleanup();
});

describe('a workbook of a form with repeats', () => {
  it('gives each repeat a sheet after the data sheets, one row per instance', async () => {
    const out = temp.file('household.xlsx');
    const result = await session.api('report.workbook', { formId: 'household', outPath: out, language: 'en' });
    expect(result.sheets).toEqual(['About', 'Codebook', 'Data', 'Data (labels)', 'member', 'room']);
    const workbook = await readWorkbook(out);

    // Numbers are numbers; "lives here" was left at its default, yes, for three of the members.
    expect(sheetValues(workbook.getWorksheet('member')!)).toEqual([
      ['uuid', 'instance', 'member_name', 'member_age', 'member_work', 'lives_here'],
      [households[0], 1, 'Әлия', 40, 'yes', 'yes'],
      [households[0], 2, 'Нұрлан', 12, null, 'no'],
      [households[1], 1, 'Ольга', 67, 'no', 'yes'],
    ]);
    expect(sheetValues(workbook.getWorksheet('room')!)).toEqual([
      ['uuid', 'instance', 'room_use'],
      [households[0], 1, 'kitchen'],
      [households[0], 2, 'sleep'],
    ]);
  });

  it('keeps the members as JSON text in the Data sheet, and describes both sheets in the Codebook', async () => {
    const out = temp.file('household-ru.xlsx');
    await session.api('report.workbook', { formId: 'household', outPath: out, language: 'ru' });
    const workbook = await readWorkbook(out);
    const data = sheetValues(workbook.getWorksheet('Данные')!);
    const column = data[0].indexOf('member');
    expect(JSON.parse(String(data[1][column]))).toEqual([
      { member_name: 'Әлия', member_age: '40', member_work: 'yes', lives_here: 'yes' },
      { member_name: 'Нұрлан', member_age: '12', lives_here: 'no' },
    ]);
    expect(data[1][data[0].indexOf('member_count')]).toBe(2);

    const codebook = sheetValues(workbook.getWorksheet('Кодовая книга')!).map((row) => row.slice(0, 5));
    const heading = codebook.findIndex((row) => row[0] === 'Лист «member»: Член семьи, одна строка на повтор');
    expect(heading).toBeGreaterThan(0);
    expect(codebook.slice(heading + 1, heading + 7)).toEqual([
      ['uuid', 'uuid', 'Идентификатор анкеты (UUID)', 'текст', null],
      ['instance', 'instance', 'Номер повтора в ответе (1, 2, …)', 'целое число', null],
      ['member_name', 'member_name', 'Имя', 'текст', null],
      ['member_age', 'member_age', 'Возраст', 'целое число', null],
      ['member_work', 'member_work', '${member_name} работает?', 'один вариант ответа', 'yes = Да\nno = Нет'],
      ['lives_here', 'lives_here', 'Живёт здесь?', 'один вариант ответа', 'yes = Да\nno = Нет'],
    ]);
    const notes = sheetValues(workbook.getWorksheet('Описание')!).map((row) => String(row[1]));
    expect(notes.filter((note) => note.startsWith('Повторяющийся раздел'))).toHaveLength(1);
  });
});
