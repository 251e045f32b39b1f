/**
 * The Codebook sheet: every variable of the Data sheets with its label, type, value labels,
 * missing-value codes, scale and reverse marks, and the name it has in the SPSS export.
 */
import type { ExportLayout, ExportVariable, ValueLabel } from '../variables';
import type { Words } from '../../common/messages/workbook';
import type { StreamingWorkbook } from '../xlsx/streaming-workbook';
import { STYLES } from '../xlsx/styles';

const WIDTHS = [24, 24, 60, 20, 48, 30, 14, 10, 40];
/** Excel keeps the row heights a file gives; it does not grow rows for wrapped text on opening. */
const POINTS_PER_LINE = 15;

/**
 * `repeats`: the sheets of repeated sections, whose variables follow the Data sheets' under a
 * heading naming each sheet.
 */
export async function writeCodebookSheet(
  book: StreamingWorkbook,
  layout: ExportLayout,
  words: Words,
  repeats: readonly { sheetName: string; label: string; layout: ExportLayout }[] = [],
): Promise<void> {
  const c = words.codebook;
  const sheet = await book.addSheet(words.sheets.codebook, {
    columns: WIDTHS.map((width) => ({ width, style: STYLES.wrap })),
    frozenRows: 1,
    frozenColumns: 1,
    autoFilter: true,
  });
  await sheet.add([c.variable, c.spssName, c.label, c.type, c.values, c.missing, c.scale, c.reverse, c.notes], STYLES.header);
  for (const variable of layout.variables) {
    const cells = codebookRow(variable, words);
    await sheet.add(cells, undefined, rowHeight(cells));
  }
  for (const repeat of repeats) {
    await sheet.skip();
    const heading = words.repeats.codebookHeading.replace('{sheet}', repeat.sheetName).replace('{label}', repeat.label || repeat.sheetName);
    await sheet.add([heading], STYLES.bold);
    for (const variable of repeat.layout.variables) {
      const cells = codebookRow(variable, words);
      await sheet.add(cells, undefined, rowHeight(cells));
    }
  }
  await sheet.end();
}

/** The cells of one variable's Codebook row; '' where there is nothing to say. */
export function codebookRow(variable: ExportVariable, words: Words): string[] {
  const c = words.codebook;
  const valid = variable.valueLabels.filter((value) => !value.missing);
  const missing = variable.valueLabels.filter((value) => value.missing);
  const notes = [
    variable.spssName !== variable.name ? `${c.renamedForSpss}: ${variable.spssName}` : '',
    variable.optionOf ? `${c.indicatorOf} ${variable.optionOf}` : '',
    variable.onlyInVersions ? `${c.onlyInVersions} ${variable.onlyInVersions.join(', ')}` : '',
  ].filter(Boolean);
  return [
    variable.name,
    variable.spssName,
    variable.label,
    variable.typeName,
    valueLines(valid),
    valueLines(missing),
    variable.scale ?? '',
    variable.reverse ? c.yes : '',
    notes.join('; '),
  ];
}

function valueLines(values: ValueLabel[]): string {
  return values.map((value) => (value.label ? `${value.code} = ${value.label}` : value.code)).join('\n');
}

function rowHeight(cells: string[]): number {
  const lines = Math.max(
    1,
    ...cells.map((text, i) => text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / WIDTHS[i])), 0)),
  );
  return lines * POINTS_PER_LINE;
}
