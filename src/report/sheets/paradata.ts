/**
 * The Paradata sheet (only when asked for): the selected responses' event logs in long format,
 * one row per event, keyed by the response's uuid and the device's sequence, so that it joins the
 * Data sheet by uuid in any statistics package.
 */
import type { ParadataEvent } from '../../store/paradata-types';
import type { ProgressReporter } from '../../common/progress';
import type { Db } from '../../store/database';
import type { ExportRow } from '../../store/export-rows';
import { paradataOfResponses } from '../../store/paradata';
import { localTimeCell, type CellValue } from '../values';
import { EXCEL_MAX_ROWS, type SheetWriter, type StreamingWorkbook } from '../xlsx/streaming-workbook';
import { STYLES } from '../xlsx/styles';

/** Column names are identifiers, as the Data sheet's variable names are: the same in every language. */
export const PARADATA_COLUMNS = [
  'uuid',
  'interviewer',
  'device',
  'sequence',
  'event',
  'question',
  'old',
  'new',
  'offset_ms',
  'end_ms',
  'wall_time',
] as const;

const WIDTHS = [36, 20, 16, 9, 10, 24, 20, 20, 11, 11, 19];
/** Responses whose logs are read at once: enough to amortise the query, few enough to keep memory flat. */
const RESPONSES_PER_READ = 500;

export interface ParadataSheetSource {
  count: number;
  rows(): Iterable<ExportRow>;
}

export async function writeParadataSheet(
  book: StreamingWorkbook,
  db: Db,
  sheetName: string,
  source: ParadataSheetSource,
  progress: ProgressReporter,
): Promise<void> {
  const columns = WIDTHS.map((width, i) => ({
    width,
    style: i === 10 ? STYLES.dateTime : i === 3 || i === 8 || i === 9 ? STYLES.plain : STYLES.text,
  }));
  const open = async (part: number) => {
    const sheet = await book.addSheet(part === 1 ? sheetName : `${sheetName} (${part})`, { columns, frozenRows: 1, autoFilter: true });
    await sheet.add([...PARADATA_COLUMNS], STYLES.header);
    return sheet;
  };
  let part = 1;
  let sheet: SheetWriter = await open(part);
  let done = 0;
  const writePage = async (page: ExportRow[]) => {
    const logs = paradataOfResponses(
      db,
      page.map((row) => row.id),
    );
    for (const response of page) {
      for (const event of logs.get(response.id) ?? []) {
        if (sheet.rowCount === EXCEL_MAX_ROWS) sheet = await open(++part);
        await sheet.add(eventRow(response, event));
      }
      progress({ phase: 'paradata', done: ++done, total: source.count });
    }
  };
  let page: ExportRow[] = [];
  for (const row of source.rows()) {
    page.push(row);
    if (page.length === RESPONSES_PER_READ) {
      await writePage(page);
      page = [];
    }
  }
  await writePage(page);
  await sheet.end();
}

function eventRow(response: ExportRow, e: ParadataEvent): CellValue[] {
  return [
    response.uuid,
    response.interviewer,
    e.device,
    e.seq,
    e.event,
    e.question ?? undefined,
    e.old ?? undefined,
    e.new ?? undefined,
    e.offset,
    e.end ?? undefined,
    localTimeCell(e.anchor + e.offset),
  ];
}
