import type { RowType, SelectType } from '../model';
import { suggestion } from '../check/context';

export type ParsedType =
  | { ok: true; type: RowType; listName?: string; orOther?: boolean }
  | { ok: false; message: string };

/** Spellings of the simple types, lower-cased, as XLSForm and pyxform accept them. */
const SIMPLE: Record<string, RowType> = {
  text: 'text', string: 'text', integer: 'integer', int: 'integer', decimal: 'decimal',
  date: 'date', time: 'time', datetime: 'dateTime', note: 'note', calculate: 'calculate',
  acknowledge: 'acknowledge', trigger: 'acknowledge', geopoint: 'geopoint',
  start: 'start', end: 'end', today: 'today', deviceid: 'deviceid', imei: 'deviceid', username: 'username',
  begin_group: 'begin_group', end_group: 'end_group', begin_repeat: 'begin_repeat', end_repeat: 'end_repeat',
};

/** Longest first, so that "select one" is not read as a prefix of something else. */
const SELECTS: [string, SelectType][] = [
  ['select all that apply', 'select_multiple'], ['select_all_that_apply', 'select_multiple'],
  ['select multiple', 'select_multiple'], ['select_multiple', 'select_multiple'],
  ['select one', 'select_one'], ['select_one', 'select_one'], ['select1', 'select_one'], ['rank', 'rank'],
];

/** XLSForm types that ODK collects and Kelisim does not (yet): named as such, not as typos. */
const NOT_SUPPORTED = new Set([
  'range', 'image', 'photo', 'audio', 'video', 'file', 'barcode', 'geotrace', 'geoshape', 'hidden', 'audit',
  'background-audio', 'background-geopoint', 'start-geopoint', 'phonenumber', 'simserial', 'subscriberid',
  'email', 'xml-external', 'csv-external', 'select_one_from_file', 'select_multiple_from_file',
  'select_one_external', 'begin_loop', 'end_loop', 'osm',
]);

const SPELLINGS = [...Object.keys(SIMPLE).filter((t) => !['string', 'int', 'imei', 'trigger'].includes(t)), 'select_one', 'select_multiple', 'rank', 'dateTime'];

/** Reads a survey `type` cell: "integer", "select_one  yn", "select_one yn or_other", "begin group"… */
export function parseRowType(cell: string): ParsedType {
  const text = cell.trim().replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  const marker = /^(begin|end)[ _](group|repeat)$/.exec(lower);
  if (marker) return { ok: true, type: `${marker[1]}_${marker[2]}` as RowType };
  if (SIMPLE[lower]) return { ok: true, type: SIMPLE[lower] };

  const firstWord = lower.split(' ')[0];
  if (NOT_SUPPORTED.has(firstWord) || /(_from_file|_external| from file)\b/.test(lower)) {
    return { ok: false, message: `Kelisim cannot collect "${firstWord}" questions yet; remove the row or change its type.` };
  }
  for (const [spelling, type] of SELECTS) {
    if (lower !== spelling && !lower.startsWith(`${spelling} `)) continue;
    const words = text.slice(spelling.length).trim().split(' ').filter(Boolean);
    if (!words.length) return { ok: false, message: `${type} needs the name of a choice list after it, for example "${type} yes_no".` };
    const orOther = words.length === 2 && words[1].toLowerCase() === 'or_other';
    if (words.length > 2 || (words.length === 2 && !orOther)) {
      return { ok: false, message: `"${text}" has more after the list name than XLSForm allows: write "${type} ${words[0]}" (or add "or_other").` };
    }
    return orOther ? { ok: true, type, listName: words[0], orOther } : { ok: true, type, listName: words[0] };
  }
  return {
    ok: false,
    message: `"${text}" is not an XLSForm question type.${suggestion(firstWord, SPELLINGS, (t) => `"${t}"`)}`,
  };
}

/** The type cell for a row, as writeXlsForm writes it. */
export function formatRowType(type: RowType, listName?: string, orOther?: boolean): string {
  if (!listName) return type;
  return orOther ? `${type} ${listName} or_other` : `${type} ${listName}`;
}
