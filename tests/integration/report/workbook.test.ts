import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';
import { COMMENT_WITH_EVERYTHING, createStudyDatabase, LONG_CYRILLIC_NAME } from '../../fixtures/report/field-study';
import { aboutFacts, dataRecord, readWorkbook, sheetValues } from './workbook-reader';

// Interview start and end are shown in the exporting computer's zone: fix it (UTC+5, no DST).
process.env.TZ = 'Asia/Tashkent';

let temp: ReturnType<typeof tempFolder>;
let db: string;
beforeAll(async () => {
  temp = tempFolder('kelisim-report-');
  db = temp.file('study.db');
  await createStudyDatabase(db);
});
afterAll(() => temp.cleanup());

const FIRST = '018f0000-0000-7000-8000-000000000001';
const SECOND = '018f0000-0000-7000-8000-000000000003';
const THIRD = '018f0000-0000-7000-8000-000000000004';

async function report(language: 'kk' | 'ru' | 'en', name = `study-${language}.xlsx`) {
  const out = temp.file(name);
  const run = await kelisim('report', '--db', db, '--form', 'field_study', '--by', 'region', '--out', out, '--lang', language, '--json');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return { out, result: JSON.parse(run.stdout), workbook: await readWorkbook(out) };
}

/** Excel date cells read back as UTC instants holding the wall-clock time. */
const wall = (text: string) => new Date(`${text}Z`);

describe('kelisim report: the data workbook', () => {
  it('writes About, Codebook, Data, Data (labels) and the breakdown sheets, named in the chosen language', async () => {
    const names = {
      kk: ['Сипаттама', 'Кодтар кітабы', 'Деректер', 'Деректер (белгілер)', 'Түйіндес кестелер', 'Орташа мәндер', 'Шкалалар сенімділігі'],
      ru: ['Описание', 'Кодовая книга', 'Данные', 'Данные (метки)', 'Таблицы сопряжённости', 'Средние', 'Надёжность шкал'],
      en: ['About', 'Codebook', 'Data', 'Data (labels)', 'Crosstabs', 'Means', 'Reliability'],
    };
    for (const language of ['kk', 'ru', 'en'] as const) {
      const { out, result, workbook } = await report(language);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(names[language]);
      expect(result).toEqual({ path: out, formId: 'field_study', responses: 3, sheets: names[language] });
    }
  });

  it('holds one row per finalized response with numbers as numbers, dates as dates and text as text', async () => {
    const { workbook } = await report('en');
    const data = workbook.getWorksheet('Data')!;
    expect(data.rowCount).toBe(4); // the header and three finalized responses; the draft is not exported
    const header = sheetValues(data)[0];
    expect(header.slice(0, 12)).toEqual([
      'uuid',
      'form_version',
      'interviewer_meta',
      'device',
      'started_at',
      'finished_at',
      'duration_min',
      'start',
      'end',
      'interviewer',
      'region',
      'household_id',
    ]);

    const first = dataRecord(data, FIRST);
    const value = (name: string) => first.get(name)!.value;
    const type = (name: string) => first.get(name)!.type;
    // Metadata: started 04:00:00 UTC is 09:00:00 in UTC+5; 30 min 30 s is 30.5 minutes.
    expect([value('form_version'), value('interviewer_meta'), value('device')]).toEqual(['2025010101', 'Айгүл Сәрсенова', 'dev-a']);
    expect(value('started_at')).toEqual(wall('2025-01-15T09:00:00'));
    expect(value('finished_at')).toEqual(wall('2025-01-15T09:30:30'));
    expect(value('duration_min')).toBe(30.5);
    // Answers as recorded on the device (09:00 at +05:00 is shown as 09:00).
    expect(value('start')).toEqual(wall('2025-01-15T09:00:00'));
    expect(value('visit_date')).toEqual(wall('2025-01-15T00:00:00'));
    expect(value('visit_clock')).toEqual(wall('1899-12-30T09:05:00'));
    expect([value('household_id'), value('age'), value('income'), value('tol_1'), value('tol_2')]).toEqual(['007', 34, 1234.5, 4, 8]);
    expect([value('school_grade'), value('region'), value('with'), value('sub-district')]).toEqual(['01', 'karaganda', 'yes', 12]);
    expect([value('languages'), value('languages__kk'), value('languages__ru'), value('languages__en')]).toEqual(['kk ru', 1, 1, 0]);
    expect([value(LONG_CYRILLIC_NAME), value('comment'), value('old_question')]).toEqual(['ұзын', COMMENT_WITH_EVERYTHING, 'ескі жауап']);

    expect(['household_id', 'school_grade', 'form_version', 'comment'].map(type)).toEqual(Array(4).fill(ExcelJS.ValueType.String));
    expect(['age', 'income', 'tol_1', 'languages__en', 'duration_min'].map(type)).toEqual(Array(5).fill(ExcelJS.ValueType.Number));
    expect(['started_at', 'start', 'visit_date', 'visit_clock'].map(type)).toEqual(Array(4).fill(ExcelJS.ValueType.Date));
    expect(['visit_date', 'started_at', 'visit_clock'].map((name) => first.get(name)!.numFmt)).toEqual([
      'yyyy-mm-dd',
      'yyyy-mm-dd hh:mm:ss',
      'hh:mm:ss',
    ]);

    // Version 2 has next_visit, which version 1 did not ask; the other-specify text comes with "other".
    const second = dataRecord(data, SECOND);
    expect(second.get('next_visit')!.value).toEqual(wall('2025-03-01T14:30:00'));
    expect([second.get('ethnicity')!.value, second.get('ethnicity_other')!.value, second.get('distance')!.value]).toEqual([
      'other',
      'Ұйғыр',
      98,
    ]);
    expect(first.get('next_visit')!.value).toBeNull();

    // Unanswered stays empty, option columns included (0 would claim "not chosen").
    const third = dataRecord(data, THIRD);
    expect(['household_id', 'languages', 'languages__kk', 'tol_1', 'comment'].map((name) => third.get(name)!.value)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(third.get('age')!.value).toBe(19);
  });

  it('shows the choice labels in the chosen language in Data (labels), Kazakh letters intact', async () => {
    const { workbook } = await report('kk');
    const first = dataRecord(workbook.getWorksheet('Деректер (белгілер)')!, FIRST);
    const value = (name: string) => first.get(name)!.value;
    expect([value('region'), value('tol_1'), value('tol_2'), value('school_grade'), value('with')]).toEqual([
      'Қарағанды облысы',
      'Келісемін',
      'Білмеймін',
      'Бірінші',
      'Иә',
    ]);
    expect(value('languages')).toBe('Қазақ тілі; Орыс тілі');
    expect([value('languages__kk'), value('languages__en')]).toEqual([1, 0]);
    expect([value('age'), value('household_id')]).toEqual([34, '007']);
    const ru = dataRecord((await report('ru')).workbook.getWorksheet('Данные (метки)')!, SECOND);
    expect([ru.get('region')!.value, ru.get('ethnicity')!.value, ru.get('distance')!.value]).toEqual(['область Абай', 'Другое', 'Отказ']);
  });

  it('freezes and filters the header row, in bold, with room for the names', async () => {
    const { workbook } = await report('en');
    for (const name of ['Data', 'Data (labels)', 'Codebook']) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    }
    const data = workbook.getWorksheet('Data')!;
    expect(data.autoFilter).toBe('A1:AF4');
    expect(data.getColumn(1).width).toBe(37); // a UUID is 36 characters
    expect(data.getColumn(30).width).toBe(50); // the long Cyrillic name, capped
  });

  it('describes every variable in the Codebook: label, type, values, missing codes, scale, reverse, SPSS name', async () => {
    const { workbook } = await report('ru');
    const rows = sheetValues(workbook.getWorksheet('Кодовая книга')!);
    expect(rows[0]).toEqual([
      'Переменная',
      'Имя в SPSS',
      'Метка',
      'Тип',
      'Значения',
      'Коды пропущенных значений',
      'Шкала',
      'Обратный пункт',
      'Примечания',
    ]);
    const row = (name: string) => rows.find((cells) => cells[0] === name)!;
    expect(row('tol_2')).toEqual([
      'tol_2',
      'tol_2',
      'Лучше жить отдельно.',
      'один вариант ответа',
      '1 = Совершенно не согласен\n2 = Не согласен\n3 = Нейтрально\n4 = Согласен\n5 = Полностью согласен',
      '8 = Затрудняюсь ответить',
      'tolerance',
      'да',
      null,
    ]);
    expect(row('distance')[5]).toBe('96 = Другое\n97 = Не знаю\n98 = Отказ\n99 = Неприменимо');
    expect(row('with').slice(0, 2)).toEqual(['with', 'with_']);
    expect(row('with')[8]).toBe('переименована для SPSS: with_');
    expect(row('languages__ru')).toEqual([
      'languages__ru',
      'languages__ru',
      'Языки: Русский',
      'вариант выбран (0/1)',
      '1 = выбран\n0 = не выбран',
      null,
      null,
      null,
      'вариант вопроса languages',
    ]);
    expect(row('next_visit')[8]).toBe('только в версиях анкеты 2025020101');
    expect(row('duration_min').slice(2, 4)).toEqual(['Продолжительность интервью, минут', 'минуты']);
    expect(rows.length).toBe(1 + 32);
  });

  it('says in About what the workbook holds and how it was made', async () => {
    const { workbook } = await report('en');
    const facts = aboutFacts(workbook.getWorksheet('About')!);
    expect(facts.get('About this workbook')).toBeNull();
    expect(facts.get('Form title')).toBe('Көршілер арасындағы қарым-қатынас');
    expect(facts.get('Form ID')).toBe('field_study');
    expect(facts.get('Form versions')).toBe('2025010101, 2025020101');
    expect(facts.get('Exported at')).toBeInstanceOf(Date);
    expect(facts.get('Time zone of the interview start and end times')).toBe('UTC+05:00 (Asia/Tashkent)');
    expect(facts.get('Language of headings and labels')).toBe('English');
    expect(facts.get('Breakdown by')).toBe('region — Region');
    expect(facts.get('Filter')).toBe('none');
    expect(facts.get('Weight')).toBe('none (unweighted)');
    expect(facts.get('Completed responses in the database')).toBe(3);
    expect(facts.get('Unfinished responses (not exported)')).toBe(1);
    expect(facts.get('Responses in this workbook')).toBe(3);
  });

  it('writes a workbook that says so when no response is selected', async () => {
    const empty = temp.file('empty.db');
    await createStudyDatabase(empty, []);
    const out = temp.file('empty.xlsx');
    const run = await kelisim('report', '--db', empty, '--form', 'field_study', '--by', 'region', '--out', out, '--lang', 'ru');
    expect(run.code).toBe(0);
    const workbook = await readWorkbook(out);
    const about = sheetValues(workbook.getWorksheet('Описание')!);
    expect(about).toContainEqual([
      null,
      'Ни одна анкета не соответствует условиям отбора: листы с данными содержат только заголовки столбцов.',
    ]);
    expect(aboutFacts(workbook.getWorksheet('Описание')!).get('Анкет в этом файле')).toBe(0);
    expect(workbook.getWorksheet('Данные')!.rowCount).toBe(1);
    for (const name of ['Таблицы сопряжённости', 'Средние', 'Надёжность шкал']) {
      expect(sheetValues(workbook.getWorksheet(name)!).flat()).toContain('Ни одна анкета не соответствует условиям отбора.');
    }
    expect(fs.readdirSync(temp.dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});
