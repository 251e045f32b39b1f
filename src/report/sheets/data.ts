/**
 * The Data and Data (labels) sheets: one row per selected response, one column per variable,
 * headed by the variable names. Data holds codes; Data (labels) the choice labels in the report's
 * language. Cells are typed: numbers as numbers, dates as Excel dates, text as text.
 */
import type { ProgressReporter } from '../../common/progress';
import type { ExportRow } from '../../store/export-rows';
import { cellReader, type CellValue } from '../values';
import { headersOf, type ExportLayout, type ExportVariable, type HeaderStyle } from '../variables';
import { EXCEL_MAX_ROWS, type ColumnFormat, type SheetWriter, type StreamingWorkbook } from '../xlsx/streaming-workbook';
import { STYLES, type CellStyle } from '../xlsx/styles';

export type DataMode = 'codes' | 'labels';

export interface DataSheetSource {
  layout: ExportLayout;
  /** How many rows `rows()` yields (for progress). */
  count: number;
  /** A fresh pass over the selected responses, in order. */
  rows(): Iterable<ExportRow>;
}

export async function writeDataSheet(
  book: StreamingWorkbook,
  sheetName: string,
  source: DataSheetSource,
  mode: DataMode,
  progress: ProgressReporter,
  /** Variable names (the default) or Kobo's group paths as headers. */
  headers: HeaderStyle = 'names',
): Promise<void> {
  const variables = source.layout.variables;
  const readers = variables.map((variable) => cellReader(variable, source.layout, mode));
  const header = headersOf(source.layout, headers);
  const columns = variables.map((variable, i) => columnFormat(variable, header[i], mode));
  const open = async (part: number) => {
    const sheet = await book.addSheet(part === 1 ? sheetName : `${sheetName} (${part})`, { columns, frozenRows: 1, autoFilter: true });
    await sheet.add(header, STYLES.header);
    return sheet;
  };

  let part = 1;
  let sheet: SheetWriter = await open(part);
  let done = 0;
  const phase = mode === 'codes' ? 'data' : 'data-labels';
  const values = new Array<CellValue>(readers.length);
  for (const row of source.rows()) {
    // Past Excel's row limit the data goes on in "Data (2)", "Data (3)"… with the same header.
    if (sheet.rowCount === EXCEL_MAX_ROWS) sheet = await open(++part);
    for (let i = 0; i < readers.length; i++) values[i] = readers[i](row);
    await sheet.add(values);
    progress({ phase, done: ++done, total: source.count });
  }
  await sheet.end();
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 50;

/** Width and number format by what the column holds; room for the header and its filter button. */
function columnFormat(variable: ExportVariable, headerText: string, mode: DataMode): ColumnFormat {
  const header = headerText.length + 3;
  const longestLabel = Math.max(0, ...variable.valueLabels.map((value) => (mode === 'labels' ? value.label : value.code).length));
  const [content, style] = ((): [number, CellStyle] => {
    switch (variable.kind) {
      case 'date':
        return [10, STYLES.date];
      case 'dateTime':
        return [19, STYLES.dateTime];
      case 'time':
        return [8, STYLES.time];
      case 'minutes':
        return [7, STYLES.minutes];
      case 'integer':
      case 'decimal':
      case 'calculated':
      case 'indicator':
        return [8, STYLES.plain];
      case 'numericCode':
        return [mode === 'labels' ? longestLabel : 4, mode === 'labels' ? STYLES.text : STYLES.plain];
      case 'textCode':
        return [longestLabel, STYLES.text];
      case 'multiple':
        return [mode === 'labels' ? 40 : 16, STYLES.text];
      default:
        return [variable.source.from === 'metadata' && variable.source.key === 'uuid' ? 36 : 20, STYLES.text];
    }
  })();
  return { width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, header, content + 1)), style };
}
