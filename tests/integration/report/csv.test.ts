import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';
import { createStudyDatabase, LONG_CYRILLIC_NAME } from '../../fixtures/report/field-study';

process.env.TZ = 'Asia/Tashkent'; // interview start and end in the exporting computer's zone, UTC+5

let temp: ReturnType<typeof tempFolder>;
let db: string;
beforeAll(async () => {
  temp = tempFolder('kelisim-csv-');
  db = temp.file('study.db');
  await createStudyDatabase(db);
});
afterAll(() => temp.cleanup());

describe('kelisim export csv', () => {
  it('writes UTF-8 with a BOM, CRLF record ends and RFC 4180 quoting, codes as stored', async () => {
    const out = temp.file('study.csv');
    const run = await kelisim('export', 'csv', '--db', db, '--form', 'field_study', '--out', out, '--json');
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ path: out, responses: 3, variables: 32 });
    const bytes = fs.readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Written out by hand from the fixture: the comment's quotes doubled and its line break kept
    // inside the quoted field; times as yyyy-mm-dd hh:mm:ss; the draft left out.
    const expected =
      [
        'uuid,form_version,interviewer_meta,device,started_at,finished_at,duration_min,start,end,interviewer,region,household_id,age,income,' +
          'visit_date,visit_clock,next_visit,tol_1,tol_2,school_grade,languages,languages__kk,languages__ru,languages__en,ethnicity,ethnicity_other,' +
          `distance,with,sub-district,${LONG_CYRILLIC_NAME},comment,old_question`,
        '018f0000-0000-7000-8000-000000000001,2025010101,Айгүл Сәрсенова,dev-a,2025-01-15 09:00:00,2025-01-15 09:30:30,30.5,' +
          '2025-01-15 09:00:00,2025-01-15 09:30:30,aigul,karaganda,007,34,1234.5,2025-01-15,09:05:00,,4,8,01,kk ru,1,1,0,kazakh,,2,yes,12,ұзын,' +
          '"Бәрі жақсы, ""рахмет"", көп рахмет!\nЕкінші жол; ещё строка",ескі жауап',
        '018f0000-0000-7000-8000-000000000003,2025020101,Ерлан Қасымов,dev-b,2025-02-03 10:15:00,2025-02-03 11:00:00,45,' +
          '2025-02-03 10:15:00,2025-02-03 11:00:00,erlan,abai,0420,61,80,2025-02-03,10:20:00,2025-03-01 14:30:00,5,2,02,ru en,0,1,1,other,Ұйғыр,98,no,3,,Short,',
        '018f0000-0000-7000-8000-000000000004,2025020101,Ерлан Қасымов,dev-b,2025-02-04 10:00:00,2025-02-04 10:20:00,20,' +
          '2025-02-04 10:00:00,2025-02-04 10:20:00,erlan,almaty_city,,19,,,,,,,,,,,,,,,,,,,',
      ].join('\r\n') + '\r\n';
    expect(bytes.subarray(3).toString('utf8')).toBe(expected);
  });

  it('refuses a file name that is not .csv and a folder that does not exist, writing nothing', async () => {
    const wrongName = await kelisim('export', 'csv', '--db', db, '--form', 'field_study', '--out', temp.file('study.txt'));
    expect(wrongName.code).toBe(2);
    expect(wrongName.stderr).toBe('kelisim export csv: the export must be a .csv file, not study.txt\n');
    const noFolder = await kelisim('export', 'csv', '--db', db, '--form', 'field_study', '--out', temp.file('nowhere/study.csv'));
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toBe(
      `kelisim export csv: cannot write ${temp.file('nowhere/study.csv')}: the folder ${temp.file('nowhere')} does not exist\n`,
    );
  });
});
