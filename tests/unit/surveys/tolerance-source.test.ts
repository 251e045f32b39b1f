import ExcelJS from 'exceljs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { toleranceSurvey } from '../../../surveys/tolerance-kz.source';
import { LANGUAGES, toSheets, type SheetTable } from '../../../surveys/xlsform-sheets';
import { readSheetTables } from '../../../surveys/xlsform-workbook';

const WORKBOOK = fileURLToPath(new URL('../../../surveys/tolerance-kz.xlsx', import.meta.url));

type Row = Record<string, string> & { sheetRow: string };

/** Rows as header → value, each remembering its spreadsheet row number for messages. */
function records(sheet: SheetTable): Row[] {
  return sheet.rows.map((cells, index) => {
    const row = { sheetRow: String(index + 2) } as Row;
    sheet.columns.forEach((column, columnIndex) => (row[column] = cells[columnIndex]));
    return row;
  });
}

const columnLetter = (index: number) => (index < 26 ? '' : String.fromCharCode(64 + Math.floor(index / 26))) + String.fromCharCode(65 + (index % 26));

/** Each cell where the workbook and the source disagree, as "sheet!A1: workbook … / source …". */
function differences(workbook: SheetTable, generated: SheetTable): string[] {
  const found: string[] = [];
  const lines = (table: SheetTable) => [table.columns, ...table.rows];
  const workbookLines = lines(workbook);
  const generatedLines = lines(generated);
  for (let line = 0; line < Math.max(workbookLines.length, generatedLines.length); line++) {
    const width = Math.max(workbookLines[line]?.length ?? 0, generatedLines[line]?.length ?? 0);
    for (let column = 0; column < width; column++) {
      const inWorkbook = workbookLines[line]?.[column] ?? '';
      const inSource = generatedLines[line]?.[column] ?? '';
      if (inWorkbook !== inSource) {
        found.push(`${generated.name}!${columnLetter(column)}${line + 1}: workbook ${JSON.stringify(inWorkbook)} / source ${JSON.stringify(inSource)}`);
      }
    }
  }
  return found;
}

const LABEL_COLUMNS = LANGUAGES.map((language) => `label::${language.header}`);
const NOT_DISPLAYED = new Set(['start', 'end', 'today', 'deviceid', 'username', 'calculate', 'end_group', 'end_repeat']);
const SPSS_RESERVED = new Set(['all', 'and', 'by', 'eq', 'ge', 'gt', 'le', 'lt', 'ne', 'not', 'or', 'to', 'with']);

const listOf = (type: string) => /^(?:select_one|select_multiple|rank)\s+(\S+)$/.exec(type.trim())?.[1];
const references = (text: string) => [...text.matchAll(/\$\{([^}]*)\}/g)].map((match) => match[1]);

describe('the bundled tolerance questionnaire (surveys/tolerance-kz.xlsx)', () => {
  let sheets: SheetTable[];
  let survey: Row[];
  let choices: Row[];
  let settings: Row;

  beforeAll(async () => {
    sheets = await readSheetTables(WORKBOOK);
    const byName = (name: string) => {
      const sheet = sheets.find((candidate) => candidate.name === name);
      if (!sheet) throw new Error(`the workbook has no ${name} sheet`);
      return records(sheet);
    };
    survey = byName('survey');
    choices = byName('choices');
    [settings] = byName('settings');
  });

  it('is exactly what surveys/tolerance-kz.source.ts generates, cell by cell (run `npx tsx surveys/build.ts` after editing)', () => {
    const generated = toSheets(toleranceSurvey);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['survey', 'choices', 'settings']);
    const mismatches = generated.flatMap((sheet, index) => differences(sheets[index], sheet));
    expect(mismatches).toEqual([]);
  });

  it('shows a bold, frozen header row on every sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(WORKBOOK);
    for (const worksheet of workbook.worksheets) {
      expect(worksheet.getRow(1).getCell(1).font?.bold, worksheet.name).toBe(true);
      expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  it('declares the form id, a dated version and Kazakh as the default language', () => {
    expect(settings.form_id).toBe('tolerance_kz');
    expect(settings.version).toMatch(/^\d{10}$/);
    expect(settings.form_title).not.toBe('');
    // The title in every language of the form, under the same language headers as the labels.
    for (const language of LANGUAGES) expect(settings[`form_title::${language.header}`], language.code).toMatch(/\S/);
    expect(settings.default_language).toBe('Kazakh (kk)');
    expect(LABEL_COLUMNS).toContain(`label::${settings.default_language}`);
  });

  it('names every question with a unique name that is valid in XLSForm and SPSS', () => {
    const named = survey.filter((row) => row.name !== '');
    const invalid = named
      .filter((row) => !/^[A-Za-z][A-Za-z0-9_]{0,31}$/.test(row.name) || row.name.endsWith('_') || SPSS_RESERVED.has(row.name.toLowerCase()))
      .map((row) => `row ${row.sheetRow}: ${row.name}`);
    expect(invalid).toEqual([]);
    // SPSS does not tell upper from lower case, so neither may the names.
    const seen = new Map<string, string>();
    const duplicates = named.flatMap((row) => {
      const earlier = seen.get(row.name.toLowerCase());
      seen.set(row.name.toLowerCase(), row.sheetRow);
      return earlier ? [`${row.name} on rows ${earlier} and ${row.sheetRow}`] : [];
    });
    expect(duplicates).toEqual([]);
    const unnamed = survey.filter((row) => row.name === '' && !row.type.startsWith('end_')).map((row) => `row ${row.sheetRow}`);
    expect(unnamed).toEqual([]);
  });

  it('keeps choice names short ASCII codes, unique within their list', () => {
    const badCodes = choices.filter((row) => !/^[a-z0-9_]{1,16}$/.test(row.name)).map((row) => `${row.list_name}/${row.name}`);
    expect(badCodes).toEqual([]);
    const keys = choices.map((row) => `${row.list_name}/${row.name}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('uses only lists that exist in choices, and every list is used', () => {
    const lists = new Set(choices.map((row) => row.list_name));
    const used = survey.map((row) => listOf(row.type)).filter((list): list is string => list !== undefined);
    expect(used.filter((list) => !lists.has(list))).toEqual([]);
    expect([...lists].filter((list) => !used.includes(list))).toEqual([]);
  });

  it('refers with ${…} only to fields that exist, in every expression and text', () => {
    const names = new Set(survey.map((row) => row.name).filter((name) => name !== ''));
    const unknown = survey.flatMap((row) =>
      Object.entries(row).flatMap(([column, text]) =>
        references(text)
          .filter((reference) => !names.has(reference))
          .map((reference) => `row ${row.sheetRow} ${column}: \${${reference}}`),
      ),
    );
    expect(unknown).toEqual([]);
    expect(survey.filter((row) => row.relevant !== '').length).toBeGreaterThan(5);
  });

  it('filters choices only by columns the choices sheet has', () => {
    const choiceColumns = new Set(Object.keys(choices[0]));
    const filters = survey.filter((row) => (row.choice_filter ?? '') !== '');
    expect(filters.length).toBeGreaterThan(0);
    for (const row of filters) {
      const bareNames = row.choice_filter
        .replace(/\$\{[^}]*\}/g, ' ')
        .replace(/'[^']*'|"[^"]*"/g, ' ')
        .match(/[A-Za-z_][A-Za-z0-9_]*/g)
        ?.filter((word) => !['and', 'or', 'not', 'div', 'mod'].includes(word));
      for (const column of bareNames ?? []) expect(choiceColumns.has(column), `${row.name}: ${column}`).toBe(true);
    }
  });

  it('labels every displayed question, group and choice in Kazakh, Russian and English', () => {
    const displayed = survey.filter((row) => !NOT_DISPLAYED.has(row.type));
    const unlabelled = [...displayed.map((row) => ({ where: `survey row ${row.sheetRow} (${row.name})`, row })),
      ...choices.map((row) => ({ where: `choices row ${row.sheetRow} (${row.list_name}/${row.name})`, row }))]
      .flatMap(({ where, row }) => LABEL_COLUMNS.filter((column) => !row[column]).map((column) => `${where}: ${column}`));
    expect(unlabelled).toEqual([]);
  });

  it('gives hints and messages either in all three languages or in none', () => {
    const partial = survey.flatMap((row) =>
      ['hint', 'required_message', 'constraint_message'].flatMap((base) => {
        const filled = LANGUAGES.filter((language) => (row[`${base}::${language.header}`] ?? '') !== '');
        return filled.length === 0 || filled.length === LANGUAGES.length ? [] : [`row ${row.sheetRow} ${row.name}: ${base}`];
      }),
    );
    expect(partial).toEqual([]);
  });

  it('leaves no Kazakh or Russian text in English', () => {
    const english = `label::${LANGUAGES[2].header}`;
    const untranslated = [...survey, ...choices].flatMap((row) =>
      LABEL_COLUMNS.slice(0, 2)
        .filter((column) => row[column] && row[column] === row[english] && /[A-Za-z]{3}/.test(row[column]))
        .map((column) => `${row.name}: ${column}`),
    );
    expect(untranslated).toEqual([]);
  });

  it('closes every group it opens', () => {
    let depth = 0;
    for (const row of survey) {
      if (row.type === 'begin_group' || row.type === 'begin_repeat') depth++;
      if (row.type === 'end_group' || row.type === 'end_repeat') depth--;
      expect(depth, `row ${row.sheetRow}`).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('asks nothing more once the respondent declines consent', () => {
    const consentIndex = survey.findIndex((row) => row.name === 'consent');
    const interviewIndex = survey.findIndex((row) => row.relevant === "${consent} = 'yes'");
    expect(survey[interviewIndex].type).toBe('begin_group');
    const between = survey.slice(consentIndex + 1, interviewIndex);
    expect(between.map((row) => [row.type, row.relevant])).toEqual([['note', "${consent} = 'no'"]]);
    // The consent group is the last thing on the sheet, so it holds every remaining question.
    expect(survey[survey.length - 1].type).toBe('end_group');
    let depth = 0;
    for (const row of survey.slice(interviewIndex, -1)) {
      depth += row.type === 'begin_group' ? 1 : row.type === 'end_group' ? -1 : 0;
      expect(depth, `row ${row.sheetRow} is outside the consent group`).toBeGreaterThan(0);
    }
  });

  it('marks "don\'t know" and "refused" (and nothing else) as missing values', () => {
    const english = `label::${LANGUAGES[2].header}`;
    const nonResponse = (row: Row) => ["Don't know", 'Refused'].includes(row[english]);
    expect(choices.filter((row) => nonResponse(row) !== (row.missing === 'yes')).map((row) => `${row.list_name}/${row.name}`)).toEqual([]);
  });

  it('scores every scale item on a numeric list, with reverse only on scale items', () => {
    const scaleItems = survey.filter((row) => (row.scale ?? '') !== '');
    const notNumeric = scaleItems.filter((row) => {
      const list = listOf(row.type);
      const codes = choices.filter((choice) => choice.list_name === list).map((choice) => choice.name);
      return !row.type.startsWith('select_one ') || codes.length === 0 || !codes.every((code) => /^\d+$/.test(code));
    });
    expect(notNumeric.map((row) => row.name)).toEqual([]);
    const strayReverse = survey.filter((row) => (row.reverse ?? '') !== '' && (row.reverse !== 'yes' || !row.scale));
    expect(strayReverse.map((row) => row.name)).toEqual([]);
  });

  it('has the scales of the study design: tolerance (8–10 items, 3–4 reversed), trust and Bogardus distance', () => {
    const items = (scale: string) => survey.filter((row) => row.scale === scale);
    const tolerance = items('tolerance');
    expect(tolerance.length).toBeGreaterThanOrEqual(8);
    expect(tolerance.length).toBeLessThanOrEqual(10);
    const reversed = tolerance.filter((row) => row.reverse === 'yes').length;
    expect(reversed).toBeGreaterThanOrEqual(3);
    expect(reversed).toBeLessThanOrEqual(4);
    expect(new Set(tolerance.map((row) => row.type))).toEqual(new Set(['select_one agree5']));
    expect(choices.filter((row) => row.list_name === 'agree5' && row.missing !== 'yes').map((row) => row.name)).toEqual(['1', '2', '3', '4', '5']);

    expect(items('trust').length).toBeGreaterThanOrEqual(7);
    // Bogardus (1925): seven steps from kinship by marriage to exclusion from the country.
    const distance = items('social_distance');
    expect(distance.length).toBeGreaterThanOrEqual(6);
    expect(distance.length).toBeLessThanOrEqual(8);
    expect(choices.filter((row) => row.list_name === 'social_distance' && row.missing !== 'yes').map((row) => row.name)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('lists the 17 regions and 3 cities of republican significance of Kazakhstan since 2022', () => {
    const regions = choices.filter((row) => row.list_name === 'region');
    expect(regions).toHaveLength(20);
    expect(regions.filter((row) => row['label::English (en)'].endsWith(' Region'))).toHaveLength(17);
    expect(regions.filter((row) => row['label::English (en)'].endsWith(' city')).map((row) => row.name)).toEqual(['astana', 'almaty_city', 'shymkent']);
  });

  it('lays every table-list group out as items that share one list', () => {
    let currentList: string | undefined;
    let inTable = false;
    for (const row of survey) {
      if (row.type === 'begin_group') {
        inTable = row.appearance === 'table-list';
        currentList = undefined;
      } else if (row.type === 'end_group') {
        inTable = false;
      } else if (inTable) {
        const list = listOf(row.type);
        expect(list, `row ${row.sheetRow} in a table-list is not a select`).toBeDefined();
        currentList ??= list;
        expect(list, `row ${row.sheetRow}`).toBe(currentList);
      }
    }
  });
});
