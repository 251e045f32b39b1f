/**
 * One response's value of one export variable, as a spreadsheet cell (number, text or date) or as
 * CSV text. Readers are built once per variable and then called for every row, so the choice of
 * conversion is made once, not per cell.
 */
import type { ExportRow } from '../store/export-rows';
import type { ExportLayout, ExportVariable } from './variables';

/** A spreadsheet cell: undefined leaves the cell empty; dates are serial numbers in date-formatted cells. */
export type CellValue = number | string | undefined;

export type CellReader = (row: ExportRow) => CellValue;
export type TextReader = (row: ExportRow) => string;

/** The most characters Excel keeps in one cell. */
export const EXCEL_CELL_LIMIT = 32767;

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// The offset is left out on purpose: the time is shown as the device recorded it.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?/;
/** A calculated value that is a number as written: no leading zeros, no exponent. */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

function parseWallTime(kind: 'date' | 'dateTime' | 'time', text: string): WallTime | undefined {
  if (kind === 'time') {
    const m = TIME.exec(text);
    // Day 0 of Excel: a time alone is the fraction of a day.
    return m ? { year: 1899, month: 12, day: 30, hour: +m[1], minute: +m[2], second: +(m[3] ?? 0) } : undefined;
  }
  const m = (kind === 'date' ? DATE : DATE_TIME).exec(text);
  if (!m) return undefined;
  return { year: +m[1], month: +m[2], day: +m[3], hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: +(m[6] ?? 0) };
}

function localWallTime(epochMs: number): WallTime {
  const d = new Date(epochMs);
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
    second: d.getSeconds(),
  };
}

/** Days from Excel's day 0 (1899-12-30) to the Unix epoch. */
const EXCEL_EPOCH_DAYS = 25569;

/**
 * A wall-clock time as an Excel serial number (days since 1899-12-30, time as the fraction), for
 * a cell with a date format; Excel has no time zones. Computed as one division of whole seconds,
 * so it is the double nearest the exact time: exceljs's own conversion of a Date subtracts large
 * numbers and can land a hair below, which LibreOffice shows as 10:19:59 instead of 10:20:00.
 */
function excelSerial(t: WallTime): number {
  const days = Date.UTC(t.year, t.month - 1, t.day) / 86_400_000 + EXCEL_EPOCH_DAYS;
  return (days * 86_400 + t.hour * 3600 + t.minute * 60 + t.second) / 86_400;
}

/** An instant as a date-time cell value showing this computer's local time. */
export function localTimeCell(epochMs: number): number {
  return excelSerial(localWallTime(epochMs));
}

/** "UTC+05:00 (Asia/Almaty)": the zone `localTimeCell` shows times in, as of `epochMs`. */
export function localTimeZoneName(epochMs: number): string {
  const offset = -new Date(epochMs).getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return `UTC${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}${zone ? ` (${zone})` : ''}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** yyyy-mm-dd, yyyy-mm-dd hh:mm:ss or hh:mm:ss: what Excel, R, Stata and PSPP all read. */
function wallTimeText(kind: 'date' | 'dateTime' | 'time', t: WallTime): string {
  const date = `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
  const time = `${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
  return kind === 'date' ? date : kind === 'time' ? time : `${date} ${time}`;
}

function durationMinutes(row: ExportRow): number | undefined {
  if (row.finishedAt === null) return undefined;
  return Math.round((row.finishedAt - row.startedAt) / 600) / 100;
}

function excelText(text: string): string | undefined {
  if (text === '') return undefined;
  return text.length > EXCEL_CELL_LIMIT ? `${text.slice(0, EXCEL_CELL_LIMIT - 1)}…` : text;
}

function numberOrText(text: string): CellValue {
  if (text === '') return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : excelText(text);
}

/** 1 when the option was chosen, 0 when not, undefined when the question has no answer. */
function optionReader(variable: ExportVariable): (row: ExportRow) => 1 | 0 | undefined {
  if (variable.source.from !== 'option') throw new Error(`${variable.name} is not an option column`);
  const { field, choice } = variable.source;
  // Every option column of a question asks about the same row in turn: split its answer once.
  let lastRow: ExportRow | undefined;
  let chosen: Set<string> | undefined;
  return (row) => {
    if (row !== lastRow) {
      lastRow = row;
      const value = row.values[field];
      chosen = value === '' ? undefined : new Set(value.split(' ').filter(Boolean));
    }
    return chosen && (chosen.has(choice) ? 1 : 0);
  };
}

/** The raw text of the variable for one row: an answer, or the metadata as stored. */
function rawReader(variable: ExportVariable, layout: ExportLayout): (row: ExportRow) => string {
  const source = variable.source;
  if (source.from === 'geo') {
    // The first point's number at this place; '' when the answer has none.
    const { field, part } = source;
    return (row) => row.values[field].trim().split(/\s+/)[part] ?? '';
  }
  if (source.from !== 'metadata') {
    const field = source.field;
    return (row) => row.values[field];
  }
  switch (source.key) {
    case 'uuid':
      return (row) => row.uuid;
    case 'version':
      return (row) => layout.versionNames.get(row.formVersionId) ?? '';
    case 'interviewer':
      return (row) => row.interviewer;
    case 'device':
      return (row) => row.deviceId;
    default:
      return () => '';
  }
}

/**
 * A date, date-time or time variable read as wall-clock time; the text itself when it is not one
 * (so nothing is lost), undefined when empty. Interview start and end are stored as instants and
 * shown in the exporting computer's time zone, which the About sheet names.
 */
function wallTimeReader(variable: ExportVariable, kind: 'date' | 'dateTime' | 'time', raw: (row: ExportRow) => string) {
  const source = variable.source;
  if (source.from === 'metadata' && source.key === 'started') return (row: ExportRow) => localWallTime(row.startedAt);
  if (source.from === 'metadata' && source.key === 'finished') {
    return (row: ExportRow) => (row.finishedAt === null ? undefined : localWallTime(row.finishedAt));
  }
  return (row: ExportRow): WallTime | string | undefined => {
    const text = raw(row);
    return text === '' ? undefined : (parseWallTime(kind, text) ?? text);
  };
}

const isTimeKind = (kind: string): kind is 'date' | 'dateTime' | 'time' => kind === 'date' || kind === 'dateTime' || kind === 'time';

/** A time variable written by `asTime`, text that is not a time by `asText`, no answer as `empty`. */
function timeReader<T>(
  variable: ExportVariable,
  kind: 'date' | 'dateTime' | 'time',
  raw: (row: ExportRow) => string,
  asTime: (time: WallTime) => T,
  asText: (text: string) => T,
  empty: T,
): (row: ExportRow) => T {
  const read = wallTimeReader(variable, kind, raw);
  return (row) => {
    const time = read(row);
    return time === undefined ? empty : typeof time === 'string' ? asText(time) : asTime(time);
  };
}

/** Reads the variable as a cell: codes in the Data sheet, or choice labels in Data (labels). */
export function cellReader(variable: ExportVariable, layout: ExportLayout, mode: 'codes' | 'labels'): CellReader {
  const raw = rawReader(variable, layout);
  const kind = variable.kind;
  if (isTimeKind(kind)) return timeReader<CellValue>(variable, kind, raw, excelSerial, excelText, undefined);
  if (kind === 'minutes') return durationMinutes;
  if (kind === 'indicator') return optionReader(variable);
  if (mode === 'labels' && (kind === 'numericCode' || kind === 'textCode' || kind === 'multiple')) {
    const labels = new Map(variable.valueLabels.map((value) => [value.code, value.label || value.code]));
    if (kind === 'multiple') {
      return (row) =>
        excelText(
          raw(row)
            .split(' ')
            .filter(Boolean)
            .map((code) => labels.get(code) ?? code)
            .join('; '),
        );
    }
    return (row) => {
      const text = raw(row);
      return text === '' ? undefined : excelText(labels.get(text) ?? text);
    };
  }
  if (kind === 'integer' || kind === 'decimal' || kind === 'numericCode') return (row) => numberOrText(raw(row));
  if (kind === 'calculated')
    return (row) => {
      const text = raw(row);
      return PLAIN_NUMBER.test(text) ? Number(text) : excelText(text);
    };
  return (row) => excelText(raw(row));
}

export interface TextOptions {
  /** Replace line breaks inside answers by spaces (SPSS reads one case per line). */
  singleLine?: boolean;
}

const LINE_BREAKS = /\r\n|\r|\n/g;

/** Reads the variable as CSV text: codes, dates as yyyy-mm-dd[ hh:mm:ss], '' for no answer. */
export function textReader(variable: ExportVariable, layout: ExportLayout, options: TextOptions = {}): TextReader {
  const raw = rawReader(variable, layout);
  const kind = variable.kind;
  if (isTimeKind(kind))
    return timeReader(
      variable,
      kind,
      raw,
      (time) => wallTimeText(kind, time),
      (text) => text,
      '',
    );
  if (kind === 'minutes')
    return (row) => {
      const minutes = durationMinutes(row);
      return minutes === undefined ? '' : String(minutes);
    };
  if (kind === 'indicator') {
    const option = optionReader(variable);
    return (row) => {
      const chosen = option(row);
      return chosen === undefined ? '' : String(chosen);
    };
  }
  if (options.singleLine && (kind === 'text' || kind === 'calculated')) {
    return (row) => {
      const text = raw(row);
      return text.includes('\n') || text.includes('\r') ? text.replace(LINE_BREAKS, ' ') : text;
    };
  }
  return raw;
}
