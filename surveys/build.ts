/**
 * Regenerates surveys/tolerance-kz.xlsx from surveys/tolerance-kz.source.ts:
 *
 *   npx tsx surveys/build.ts
 *
 * Commit the workbook together with the source; tests/unit/surveys checks that they agree.
 * When the workbook already holds exactly what the source generates it is left untouched, because
 * exceljs stamps the zip entries with the current time and every rewrite would show up as a change.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toleranceSurvey } from './tolerance-kz.source';
import { toSheets } from './xlsform-sheets';
import { readSheetTables, writeSheetTables } from './xlsform-workbook';

export const TOLERANCE_WORKBOOK = fileURLToPath(new URL('./tolerance-kz.xlsx', import.meta.url));

/** The form version is yyyymmddnn (the ODK convention); its date becomes the workbook's document date. */
function versionDate(version: string): Date {
  const match = /^(\d{4})(\d{2})(\d{2})\d{2}$/.exec(version);
  if (!match) throw new Error(`settings version "${version}" is not yyyymmddnn`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

async function main(): Promise<void> {
  const sheets = toSheets(toleranceSurvey);
  if (existsSync(TOLERANCE_WORKBOOK) && isDeepStrictEqual(await readSheetTables(TOLERANCE_WORKBOOK), sheets)) {
    console.log(`${TOLERANCE_WORKBOOK} is up to date`);
    return;
  }
  await writeSheetTables(sheets, TOLERANCE_WORKBOOK, versionDate(toleranceSurvey.settings.version));
  const [survey, choices] = sheets;
  console.log(`wrote ${TOLERANCE_WORKBOOK}: ${survey.rows.length} survey rows, ${choices.rows.length} choices`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
