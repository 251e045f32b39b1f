/**
 * Reads the cell text of chosen sheets of an .xlsx workbook straight from its zip and XML, and
 * nothing else. A workbook's data validations, conditional formats and styles may reach row
 * 1,048,576 (Survey123 templates do); a full workbook model expands them cell by cell, so the time
 * to read a form would depend on its formatting. Here only <sheetData> is read, in one pass of a
 * SAX parser, and the parts a form needs are bounded in size: the time is proportional to the
 * cells that hold a value.
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { excelSerialToText, isDateFormat } from './excel-dates';

/** Cell text by 1-based column number, for one row. */
export type RowCells = Map<number, string>;

export interface SheetCells {
  name: string;
  /** Rows that hold at least one value, in sheet order, with the row number the spreadsheet shows. */
  rows: { row: number; cells: RowCells }[];
}

export interface WorkbookCells {
  /** Every sheet name, in tab order (also those not read). */
  sheetNames: string[];
  /** The sheets asked for that exist. */
  sheets: SheetCells[];
}

/** Why a workbook cannot be read; the caller words it for the user. */
export class WorkbookFormatError extends Error {
  constructor(
    readonly reason: 'not-zip' | 'damaged' | 'too-large',
    detail: string,
  ) {
    super(detail);
  }
}

/** An XLSForm is text: more than this in one part is not a questionnaire (and may be a zip bomb). */
const MAX_PART_BYTES = 64 * 1024 * 1024;
/** Cells with a value across the sheets read; the largest corpus form has about 30,000. */
const MAX_CELLS = 2_000_000;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  const entry = zip.file(path) ?? zip.file(path.replace(/^\//, ''));
  if (!entry) return undefined;
  // jszip keeps the size from the zip directory; refusing before inflating bounds the memory used.
  const declared = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  if (declared !== undefined && declared > MAX_PART_BYTES) {
    throw new WorkbookFormatError('too-large', `${path} holds ${declared} bytes`);
  }
  const text = await entry.async('string');
  if (text.length > MAX_PART_BYTES) throw new WorkbookFormatError('too-large', `${path} holds ${text.length} characters`);
  return text;
}

/** Runs a SAX pass over an XML part; errors become WorkbookFormatError. */
function parseXml(
  xml: string,
  part: string,
  handlers: {
    open?: (name: string, attributes: Record<string, string>) => void;
    close?: (name: string) => void;
    text?: (text: string) => void;
  },
): void {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw new WorkbookFormatError('damaged', `${part}: ${error.message}`);
  });
  if (handlers.open) parser.on('opentag', (tag) => handlers.open!(localName(tag.name), tag.attributes as Record<string, string>));
  if (handlers.close) parser.on('closetag', (tag) => handlers.close!(localName(tag.name)));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  parser.write(xml).close();
}

/** Shared strings: the text of each <si>, rich-text runs joined, phonetic guides (<rPh>) left out. */
function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  parseXml(xml, 'sharedStrings.xml', {
    open: (name) => {
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && !phonetic) inText = true;
    },
    close: (name) => {
      if (name === 'si') {
        strings.push((current ?? []).join(''));
        current = undefined;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text: (text) => {
      if (inText && current) current.push(text);
    },
  });
  return strings;
}

/** For each cell style index, whether its number format shows a date or time. */
function readDateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const customFormats = new Map<number, string>();
  const dateStyles: boolean[] = [];
  let inCellXfs = false;
  parseXml(xml, 'styles.xml', {
    open: (name, attributes) => {
      if (name === 'numFmt') customFormats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) dateStyles.push(isDateFormat(Number(attributes.numFmtId ?? 0), customFormats));
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dateStyles;
}

/** "AB12" → 28. */
function columnNumber(reference: string): number {
  let column = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column;
}

interface SheetContext {
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
  cellBudget: { left: number };
}

/** The text a cell shows, from its type attribute, style and raw value. */
function cellValueText(type: string | undefined, style: number, raw: string, inline: string, context: SheetContext): string {
  switch (type) {
    case 's':
      return context.sharedStrings[Number(raw)] ?? '';
    case 'inlineStr':
      return inline;
    case 'str':
      return raw;
    case 'b':
      return raw === '1' ? 'true' : raw === '0' ? 'false' : raw;
    case 'e':
      return '';
    case 'd':
      return raw.endsWith('T00:00:00') || raw.endsWith('T00:00:00Z') ? raw.slice(0, 10) : raw;
    default: {
      if (raw === '') return '';
      const number = Number(raw);
      if (!Number.isFinite(number)) return raw;
      if (context.dateStyles[style]) return excelSerialToText(number, context.date1904) ?? String(number);
      return String(number);
    }
  }
}

function readSheet(name: string, xml: string, context: SheetContext): SheetCells {
  const rows: SheetCells['rows'] = [];
  let rowNumber = 0;
  let cells: RowCells | undefined;
  let nextColumn = 1;
  let cell: { column: number; type?: string; style: number } | undefined;
  let valueParts: string[] = [];
  let inlineParts: string[] = [];
  let into: 'value' | 'inline' | undefined;
  let inSheetData = false;
  let phonetic = 0;
  parseXml(xml, name, {
    open: (tag, attributes) => {
      if (tag === 'sheetData') inSheetData = true;
      if (!inSheetData) return;
      if (tag === 'row') {
        rowNumber = attributes.r ? Number(attributes.r) : rowNumber + 1;
        cells = new Map();
        nextColumn = 1;
      } else if (tag === 'c') {
        const column = attributes.r ? columnNumber(attributes.r) : nextColumn;
        nextColumn = column + 1;
        cell = { column, type: attributes.t, style: Number(attributes.s ?? 0) };
        valueParts = [];
        inlineParts = [];
      } else if (tag === 'v' && cell) into = 'value';
      else if (tag === 'rPh') phonetic++;
      else if (tag === 't' && cell && !phonetic) into = 'inline';
    },
    close: (tag) => {
      if (tag === 'sheetData') inSheetData = false;
      if (!inSheetData) return;
      if (tag === 'v' || tag === 't') into = undefined;
      else if (tag === 'rPh') phonetic--;
      else if (tag === 'c' && cell && cells) {
        const text = cellValueText(cell.type, cell.style, valueParts.join(''), inlineParts.join(''), context);
        if (text !== '') {
          if (--context.cellBudget.left < 0) throw new WorkbookFormatError('too-large', `more than ${MAX_CELLS} cells with values`);
          cells.set(cell.column, text);
        }
        cell = undefined;
      } else if (tag === 'row' && cells) {
        if (cells.size) rows.push({ row: rowNumber, cells });
        cells = undefined;
      }
    },
    text: (text) => {
      if (into === 'value') valueParts.push(text);
      else if (into === 'inline') inlineParts.push(text);
    },
  });
  return { name, rows };
}

/** Resolves a relationship target against the folder of the workbook part. */
function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece && piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

/**
 * Reads the sheets whose names `wanted` accepts. Throws WorkbookFormatError for bytes that are not
 * a readable .xlsx, or whose parts are beyond any questionnaire's size.
 */
export async function readWorkbookCells(bytes: Uint8Array, wanted: (sheetName: string) => boolean): Promise<WorkbookCells> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new WorkbookFormatError('not-zip', error instanceof Error ? error.message : String(error));
  }
  const workbookXml = await partText(zip, 'xl/workbook.xml');
  const relationsXml = await partText(zip, 'xl/_rels/workbook.xml.rels');
  if (workbookXml === undefined || relationsXml === undefined) throw new WorkbookFormatError('damaged', 'no xl/workbook.xml');

  const sheetList: { name: string; relation: string }[] = [];
  let date1904 = false;
  parseXml(workbookXml, 'workbook.xml', {
    open: (name, attributes) => {
      if (name === 'sheet') {
        const relation = Object.entries(attributes).find(([key]) => localName(key) === 'id' && key.includes(':'))?.[1] ?? '';
        sheetList.push({ name: attributes.name ?? '', relation });
      } else if (name === 'workbookPr') {
        date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      }
    },
  });
  const targets = new Map<string, string>();
  parseXml(relationsXml, 'workbook.xml.rels', {
    open: (name, attributes) => {
      if (name === 'Relationship' && attributes.Id) targets.set(attributes.Id, attributes.Target ?? '');
    },
  });

  const context: SheetContext = {
    sharedStrings: readSharedStrings(await partText(zip, 'xl/sharedStrings.xml')),
    dateStyles: readDateStyles(await partText(zip, 'xl/styles.xml')),
    date1904,
    cellBudget: { left: MAX_CELLS },
  };
  const sheets: SheetCells[] = [];
  for (const sheet of sheetList) {
    if (!wanted(sheet.name)) continue;
    const target = targets.get(sheet.relation);
    const xml = target === undefined ? undefined : await partText(zip, resolveTarget(target));
    if (xml === undefined) throw new WorkbookFormatError('damaged', `the sheet "${sheet.name}" has no worksheet part`);
    sheets.push(readSheet(sheet.name, xml, context));
  }
  return { sheetNames: sheetList.map((s) => s.name), sheets };
}
