import type { RowType } from '../model';
import { closestName } from '../check/context';

/** A refusal of a type cell, as a code of the error catalog (src/common/messages/errors/xlsform.ts) with its parameters. */
export type TypeProblem =
  | { code: 'xlsform-type-needs-device'; params: { type: string } }
  | { code: 'xlsform-unknown-type'; params: { text: string; suggestion: string } }
  | { code: 'xlsform-select-needs-list'; params: { type: string } }
  | { code: 'xlsform-select-extra-words'; params: { text: string; type: string; list: string } };

export type ParsedType =
  | { ok: true; type: RowType; listName?: string; orOther?: boolean }
  /** `begin loop over LIST` / `end loop`: the reader expands the loop into a group per choice, as pyxform does. */
  | { ok: true; loop: 'begin'; listName: string }
  | { ok: true; loop: 'end' }
  | { ok: false; problem: TypeProblem };

/**
 * Spellings of the types without a list, lower-cased, as pyxform accepts them (its
 * question_type_dictionary.py and aliases.py: "add text prompt", "gps", "uri:deviceid", "q int"…).
 */
const SIMPLE: Record<string, RowType> = {};
const spell = (type: RowType, ...spellings: string[]) => {
  for (const spelling of spellings) SIMPLE[spelling] = type;
};
spell('text', 'text', 'string', 'add text prompt', 'q string', 'phone number');
spell('integer', 'integer', 'int', 'add integer prompt', 'q int');
spell('decimal', 'decimal', 'add decimal prompt', 'q decimal');
spell('date', 'date', 'add date prompt', 'q date');
spell('time', 'time', 'add time prompt', 'q time');
spell('dateTime', 'datetime', 'date time', 'add datetime prompt', 'add date time prompt', 'q datetime', 'q date time');
spell('note', 'note', 'add note prompt', 'q note');
spell('calculate', 'calculate', 'add calculate prompt', 'q calculate');
spell('acknowledge', 'acknowledge', 'trigger', 'add acknowledge prompt', 'q acknowledge');
spell('geopoint', 'geopoint', 'gps', 'location', 'q location', 'q geopoint', 'add location prompt');
spell('geotrace', 'geotrace');
spell('geoshape', 'geoshape');
spell('range', 'range');
spell('image', 'image', 'photo', 'add image prompt', 'add photo prompt', 'q picture', 'q image');
spell('audio', 'audio', 'add audio prompt', 'q audio');
spell('video', 'video', 'add video prompt', 'q video');
spell('file', 'file', 'add file prompt');
spell('barcode', 'barcode', 'add barcode prompt', 'q barcode');
spell('hidden', 'hidden');
spell('start', 'start', 'start time', 'get start time');
spell('end', 'end', 'end time', 'get end time');
spell('today', 'today', 'get today');
spell('deviceid', 'deviceid', 'imei', 'device id', 'get device id', 'uri:deviceid');
spell('username', 'username', 'uri:username');
spell('phonenumber', 'phonenumber', 'get phone number', 'uri:phonenumber');
spell('simserial', 'simserial', 'sim id', 'get sim id', 'uri:simserial');
spell('subscriberid', 'subscriberid', 'subscriber id', 'get subscriber id', 'uri:subscriberid');
spell('email', 'email', 'uri:email');
spell('start-geopoint', 'start-geopoint');
spell('background-geopoint', 'background-geopoint');
spell('audit', 'audit');
spell('xml-external', 'xml-external');
spell('csv-external', 'csv-external');

/** Types that need a phone's own hardware or map app; refused with a message naming them. */
const NEEDS_DEVICE = new Set(['osm', 'background-audio']);

/** How pyxform spells a select with its list (aliases.py `select`), longest first. */
const SELECTS: [string, RowType][] = (
  [
    ['add select one prompt using', 'select_one'],
    ['add select multiple prompt using', 'select_multiple'],
    ['select all that apply from', 'select_multiple'],
    ['select multiple from file', 'select_multiple_from_file'],
    ['select one from file', 'select_one_from_file'],
    ['select_multiple_from_file', 'select_multiple_from_file'],
    ['select_one_from_file', 'select_one_from_file'],
    ['select_one_external', 'select_one_external'],
    ['select all that apply', 'select_multiple'],
    ['select multiple using', 'select_multiple'],
    ['select one using', 'select_one'],
    ['select multiple from', 'select_multiple'],
    ['select one from', 'select_one'],
    ['select_multiple', 'select_multiple'],
    ['select multiple', 'select_multiple'],
    ['select_one', 'select_one'],
    ['select one', 'select_one'],
    ['select1', 'select_one'],
    ['rank', 'rank'],
  ] as [string, RowType][]
).sort((a, b) => b[0].length - a[0].length);

/** The words after the list name that add an "other" choice with a text to specify it. */
const OR_OTHER = new Set(['or_other', 'or specify other', 'or other']);

/** What the suggestions for a misspelt type offer: the specification's own spellings. */
const SPELLINGS = [
  ...new Set(Object.values(SIMPLE)),
  'select_one',
  'select_multiple',
  'rank',
  'begin_group',
  'end_group',
  'begin_repeat',
  'end_repeat',
];

/** Reads a survey `type` cell: "integer", "select_one  yn", "select one from yn or specify other", "begin group"… */
export function parseRowType(cell: string): ParsedType {
  const text = cell.trim().replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  const marker = /^(begin|end)[ _](group|repeat|lgroup|looped group|loop)(?: (?:over )?(\S+))?$/.exec(lower);
  if (marker) {
    const [, edge, kind] = marker;
    if (kind === 'loop') {
      if (edge === 'end') return { ok: true, loop: 'end' };
      const listName = /(\S+)$/.exec(text)![1];
      return marker[3]
        ? { ok: true, loop: 'begin', listName }
        : { ok: false, problem: { code: 'xlsform-select-needs-list', params: { type: 'begin loop over' } } };
    }
    if (!marker[3]) return { ok: true, type: `${edge}_${kind === 'group' ? 'group' : 'repeat'}` as RowType };
  }
  if (SIMPLE[lower]) return { ok: true, type: SIMPLE[lower] };

  const firstWord = lower.split(' ')[0];
  if (NEEDS_DEVICE.has(firstWord)) return { ok: false, problem: { code: 'xlsform-type-needs-device', params: { type: firstWord } } };
  for (const [spelling, type] of SELECTS) {
    // pyxform matches the spaced spellings ("select one from") exactly as written, in lower case;
    // the specification's own (select_one) Kelisim takes in any case, as it always has.
    const written = spelling.includes(' ') ? text : lower;
    if (written !== spelling && !written.startsWith(`${spelling} `)) continue;
    const rest = text.slice(spelling.length).trim();
    if (!rest) return { ok: false, problem: { code: 'xlsform-select-needs-list', params: { type } } };
    const [listName, ...after] = rest.split(' ');
    const tail = after.join(' ').toLowerCase();
    if (tail && !OR_OTHER.has(tail)) {
      return { ok: false, problem: { code: 'xlsform-select-extra-words', params: { text, type, list: listName } } };
    }
    // A select from a CSV file is a select of that file's rows: the interview asks it (choiceFileOf in the model).
    const fromCsv = (type === 'select_one_from_file' || type === 'select_multiple_from_file') && /\.csv$/i.test(listName);
    const read = fromCsv ? (type === 'select_one_from_file' ? 'select_one' : 'select_multiple') : type;
    return tail ? { ok: true, type: read, listName, orOther: true } : { ok: true, type: read, listName };
  }
  return { ok: false, problem: { code: 'xlsform-unknown-type', params: { text, suggestion: closestName(firstWord, SPELLINGS) ?? '' } } };
}

/** The type cell for a row, as writeXlsForm writes it. */
export function formatRowType(type: RowType, listName?: string, orOther?: boolean): string {
  if (!listName) return type;
  if ((type === 'select_one' || type === 'select_multiple') && /\.csv$/i.test(listName)) return `${type}_from_file ${listName}`;
  return orOther ? `${type} ${listName} or_other` : `${type} ${listName}`;
}
