import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kelisim } from '../../helpers/cli';
import { tempFolder } from '../../helpers/temp';
import { createStudyDatabase } from '../../fixtures/report/field-study';
import { findTool, parseCsv } from './external-tools';

process.env.TZ = 'Asia/Tashkent';

const soffice = findTool('soffice', 'libreoffice');
let temp: ReturnType<typeof tempFolder>;
beforeAll(() => (temp = tempFolder('kelisim-lo-')));
afterAll(() => temp.cleanup());

/**
 * LibreOffice's CSV filter: comma, double quote, UTF-8 (76), from line 1, default column types,
 * default language, text not force-quoted, detect special numbers, cell contents as shown, no
 * formulas, no trimming, and the sheet to export (LibreOffice 7.2+).
 */
const csvFilter = (sheet: number) => `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,${sheet}`;

const sameCell = (a: string, b: string) => a === b || (a !== '' && b !== '' && Number(a) === Number(b));

describe('the workbook in LibreOffice', () => {
  const title = 'converts headless to CSV with the values and types the CSV export has';
  it.skipIf(!soffice)(
    soffice ? title : `${title} — SKIPPED: LibreOffice is not installed (Debian: apt install libreoffice-calc-nogui)`,
    async () => {
      const db = temp.file('study.db');
      await createStudyDatabase(db);
      const workbook = temp.file('study.xlsx');
      const exported = temp.file('study.csv');
      expect((await kelisim('report', '--db', db, '--form', 'field_study', '--by', 'region', '--out', workbook, '--lang', 'en')).code).toBe(
        0,
      );
      expect((await kelisim('export', 'csv', '--db', db, '--form', 'field_study', '--out', exported)).code).toBe(0);

      const outdir = temp.file('converted');
      const profile = pathToFileURL(temp.file('lo-profile')).href; // a private profile: no state shared with the user's LibreOffice
      // Every sheet (-1), each into its own file: all seven open.
      const run = spawnSync(
        soffice!,
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', csvFilter(-1), '--outdir', outdir, workbook],
        {
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      expect(run.status).toBe(0);
      expect(fs.readdirSync(outdir).sort()).toEqual([
        'study-About.csv',
        'study-Codebook.csv',
        'study-Crosstabs.csv',
        'study-Data (labels).csv',
        'study-Data.csv',
        'study-Means.csv',
        'study-Reliability.csv',
      ]);
      const converted = 'study-Data.csv';

      const calc = parseCsv(fs.readFileSync(`${outdir}/${converted}`, 'utf8'));
      const ours = parseCsv(fs.readFileSync(exported, 'utf8').replace(/^\ufeff/, ''));
      expect(calc.length).toBe(ours.length);
      const differences: string[] = [];
      ours.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!sameCell(calc[r][c] ?? '', cell)) differences.push(`row ${r + 1} ${ours[0][c]}: Calc "${calc[r][c]}", export "${cell}"`);
        }),
      );
      expect(differences).toEqual([]);
      // Text stays text in Calc: leading zeros and the line break inside the comment survive.
      const column = (name: string) => calc.map((row) => row[calc[0].indexOf(name)]);
      expect(column('household_id')).toEqual(['household_id', '007', '0420', '']);
      expect(column('duration_min')).toEqual(['duration_min', '30.50', '45.00', '20.00']);
      expect(column('visit_clock')).toEqual(['visit_clock', '09:05:00', '10:20:00', '']);
      expect(column('comment')[1]).toBe('Бәрі жақсы, "рахмет", көп рахмет!\nЕкінші жол; ещё строка');
      const labels = parseCsv(fs.readFileSync(`${outdir}/study-Data (labels).csv`, 'utf8'));
      expect(labels[1][labels[0].indexOf('region')]).toBe('Karaganda region');
      const codebook = parseCsv(fs.readFileSync(`${outdir}/study-Codebook.csv`, 'utf8'));
      expect(codebook.find((row) => row[0] === 'distance')?.[5]).toBe("96 = Other\n97 = Don't know\n98 = Refused\n99 = Not applicable");
    },
  );
});
