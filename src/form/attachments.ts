import { codedError } from '../common/errors';
import type { Choice, FormAttachment, FormDefinition, SurveyRow } from './model';
import { choiceFileOf } from './model';
import { parseLanguage } from './languages';
import type { InstanceRow } from './expr/functions';

export type { InstanceRow };

/**
 * The CSV files attached to a form, read as the secondary instances ODK builds from them: one row
 * per line after the header, each a map column → text. `instance('settlements')` and
 * `pulldata('settlements', …)` name a file by its name without ".csv"; a choice list is a
 * secondary instance too (name, label in the interview language, and its extra columns).
 */

export interface ParsedCsv {
  columns: string[];
  rows: InstanceRow[];
}

/** 50 MB of text: ten times the largest settlement register we know of, far below what a laptop holds. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Where the unquoted text from `from` ends: the next comma, quote or line break (or the end). */
function plainEnd(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === COMMA || code === LF || code === CR || code === QUOTE) break;
  }
  return i;
}

/**
 * RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF ends a
 * record. Unquoted text is sliced whole between separators, so a 10,000-row register reads in
 * milliseconds.
 */
function records(fileName: string, text: string): string[][] {
  const result: string[][] = [];
  let record: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let recordStart = 1;
  const length = text.length;
  for (;;) {
    // One field, starting at i.
    let field: string;
    if (text[i] === '"') {
      let value = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) throw codedError('bad-input', 'attachment-csv-quote', { file: fileName, row: recordStart });
        value += text.slice(from, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          from = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      for (let k = value.indexOf('\n'); k >= 0; k = value.indexOf('\n', k + 1)) line++;
      // Text after the closing quote, up to the separator, belongs to the field (as lenient readers do).
      const end = plainEnd(text, i);
      field = value + text.slice(i, end);
      i = end;
    } else {
      let end = plainEnd(text, i);
      // A quote inside an unquoted field is kept as it is.
      while (text.charCodeAt(end) === QUOTE) end = plainEnd(text, end + 1);
      field = text.slice(i, end);
      i = end;
    }
    record.push(field);
    if (i >= length) {
      if (record.length > 1 || record[0] !== '') result.push(record);
      return result;
    }
    const c = text[i];
    if (c === ',') {
      i++;
      continue;
    }
    // A line break ends the record.
    i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    result.push(record);
    record = [];
    line++;
    recordStart = line;
    if (i >= length) return result;
  }
}

/** Parses and checks an attached CSV: a header of distinct non-empty names, every row as wide as it. */
export function parseCsvAttachment(fileName: string, text: string): ParsedCsv {
  const all = records(fileName, text).filter((record) => !(record.length === 1 && record[0] === ''));
  const header = (all[0] ?? []).map((name) => name.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (!name || seen.has(name)) throw codedError('bad-input', 'attachment-csv-header', { file: fileName, column: name });
    seen.add(name);
  }
  if (!header.length) throw codedError('bad-input', 'attachment-csv-header', { file: fileName, column: 'name' });
  const rows: InstanceRow[] = [];
  for (let r = 1; r < all.length; r++) {
    const record = all[r];
    if (record.length !== header.length) {
      throw codedError('bad-input', 'attachment-csv-width', { file: fileName, row: r + 1, found: record.length, expected: header.length });
    }
    const row: Record<string, string> = {};
    header.forEach((name, c) => {
      row[name] = record[c];
    });
    rows.push(row);
  }
  return { columns: header, rows };
}

/** Checks bytes given to attach: a .csv name, UTF-8 text, a size limit, a readable table. */
export function readCsvAttachment(fileName: string, bytes: Uint8Array): FormAttachment {
  if (!/\.csv$/i.test(fileName)) throw codedError('bad-input', 'attachment-not-csv', { file: fileName });
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw codedError('bad-input', 'attachment-too-large', { file: fileName, limit: '50 MB' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw codedError('bad-input', 'attachment-not-utf8', { file: fileName });
  }
  parseCsvAttachment(fileName, text);
  return { fileName, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** "settlements.csv" → "settlements": the id instance() and pulldata() use. */
export const instanceIdOf = (fileName: string) => fileName.replace(/\.csv$/i, '');

export function findAttachment(form: FormDefinition, fileName: string): FormAttachment | undefined {
  const wanted = fileName.toLowerCase();
  return form.attachments?.find((a) => a.fileName.toLowerCase() === wanted);
}

const parsedCache = new WeakMap<FormAttachment, ParsedCsv>();

/** The rows of an attachment, parsed once per attachment object. */
export function attachmentRows(attachment: FormAttachment): ParsedCsv {
  let parsed = parsedCache.get(attachment);
  if (!parsed) {
    parsed = parseCsvAttachment(attachment.fileName, attachment.text);
    parsedCache.set(attachment, parsed);
  }
  return parsed;
}

/** The itext id pyxform gives choice `index` (0-based) of list `list`: jr:itext() reads it. */
export const choiceItextId = (list: string, index: number) => `${list}-${index}`;

/**
 * A choice as ODK's itemset instance holds it: name, label in `language`, extra columns, and the
 * `itextId` pyxform writes for it (`list-0`), which jr:itext() turns into the label.
 */
function choiceRow(choice: Choice, itextId: string, language: string, fallback: string): InstanceRow {
  return { itextId, ...(choice.extra ?? {}), name: choice.name, label: choice.label[language] ?? choice.label[fallback] ?? '' };
}

const instanceCache = new WeakMap<FormDefinition, Map<string, readonly InstanceRow[] | undefined>>();

/**
 * The rows of secondary instance `id`: the attached `id.csv`, else the choice list `id`; undefined
 * when the form has neither. Cached per form and language.
 */
export function secondaryInstance(form: FormDefinition, id: string, language?: string): readonly InstanceRow[] | undefined {
  const lang = language ?? form.defaultLanguage;
  let byKey = instanceCache.get(form);
  if (!byKey) {
    byKey = new Map();
    instanceCache.set(form, byKey);
  }
  const key = `${lang}\u0000${id}`;
  if (byKey.has(key)) return byKey.get(key);
  const attachment = findAttachment(form, `${id}.csv`);
  const list = attachment ? undefined : form.choiceLists.find((l) => l.name === id);
  const rows = attachment
    ? attachmentRows(attachment).rows
    : list
      ? list.choices.map((choice, i) => choiceRow(choice, choiceItextId(list.name, i), lang, form.defaultLanguage))
      : undefined;
  byKey.set(key, rows);
  return rows;
}

/** `value=code label=title` in a row's parameters cell: which CSV columns give a choice's name and label. */
function fileColumns(row: SurveyRow): { value: string; label: string } {
  const parameters = new Map(
    (row.parameters ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((pair) => {
        const at = pair.indexOf('=');
        return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()] as const;
      }),
  );
  return { value: parameters.get('value') || 'name', label: parameters.get('label') || 'label' };
}

const fileChoicesCache = new WeakMap<FormAttachment, Map<string, Choice[]>>();

/**
 * The choices of select_one_from_file / select_multiple_from_file: one per CSV row, its name from
 * the `name` column (or `value=` in parameters), its label from `label` or `label::Language (code)`
 * columns (or `label=`), every column kept for choice_filter. [] when the file is not attached.
 */
export function fileChoices(form: FormDefinition, row: SurveyRow): Choice[] {
  const search = searchAppearance(row);
  const fileName = choiceFileOf(row) ?? (search ? `${search.instance}.csv` : undefined);
  const attachment = fileName ? findAttachment(form, fileName) : undefined;
  if (!attachment) return [];
  const { value, label } = search ? searchColumns(form, row) : fileColumns(row);
  let byColumns = fileChoicesCache.get(attachment);
  if (!byColumns) {
    byColumns = new Map();
    fileChoicesCache.set(attachment, byColumns);
  }
  const key = `${value}\u0000${label}`;
  let choices = byColumns.get(key);
  if (!choices) {
    const { columns, rows } = attachmentRows(attachment);
    // label::Kazakh (kk) → kk; a plain label column is the form's default language.
    const labelColumns = columns.flatMap((column) => {
      if (column === label) return [{ column, language: form.defaultLanguage }];
      if (!column.startsWith(`${label}::`)) return [];
      const written = parseLanguage(column.slice(label.length + 2));
      const language = form.languages.find((l) => l.code === written.code || (written.name && l.name === written.name));
      return language ? [{ column, language: language.code }] : [];
    });
    choices = rows.map((csvRow) => {
      const labels: Record<string, string> = {};
      for (const { column, language } of labelColumns) if (csvRow[column]) labels[language] = csvRow[column];
      return { name: csvRow[value] ?? '', label: labels, extra: { ...csvRow } };
    });
    byColumns.set(key, choices);
  }
  return choices;
}

export interface SearchAppearance {
  /** The attached CSV, without ".csv". */
  instance: string;
  /** The filter ODK applies ('matches', 'contains', 'startswith', 'endswith') over column = value pairs. */
  filter?: { operator: string; pairs: { column: string; value: string }[] };
}

/**
 * ODK's search() appearance: `search('settlements')`, or with a filter
 * `search('settlements', 'matches', 'district', ${district})` (up to two column/value pairs).
 */
export function searchAppearance(row: SurveyRow): SearchAppearance | undefined {
  const match = /\bsearch\(\s*['"]([^'"]+)['"]\s*(?:,(.*))?\)/.exec(row.appearance ?? '');
  if (!match || !isSelectRow(row)) return undefined;
  const rest = (match[2] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (rest.length < 3) return { instance: match[1] };
  const unquote = (text: string) => text.replace(/^['"]|['"]$/g, '');
  const pairs: { column: string; value: string }[] = [];
  for (let i = 1; i + 1 < rest.length; i += 2) pairs.push({ column: unquote(rest[i]), value: rest[i + 1] });
  return { instance: match[1], filter: { operator: unquote(rest[0]).toLowerCase(), pairs } };
}

const isSelectRow = (row: SurveyRow) => row.type === 'select_one' || row.type === 'select_multiple';

/** For search(): the list's one choice names the CSV columns of the value (its name) and label (its label). */
function searchColumns(form: FormDefinition, row: SurveyRow): { value: string; label: string } {
  const placeholder = form.choiceLists.find((l) => l.name === row.listName)?.choices[0];
  const label = placeholder ? (placeholder.label[form.defaultLanguage] ?? Object.values(placeholder.label)[0] ?? 'label') : 'label';
  return { value: placeholder?.name || 'name', label };
}

/** search()'s filter as a choice_filter over the CSV's columns ('' when it has none). */
export function searchFilterExpression(search: SearchAppearance): string {
  if (!search.filter) return '';
  const { operator, pairs } = search.filter;
  const test = (column: string, value: string) => {
    switch (operator) {
      case 'contains':
        return `contains(${column}, ${value})`;
      case 'startswith':
        return `starts-with(${column}, ${value})`;
      case 'endswith':
        return `ends-with(${column}, ${value})`;
      default:
        return `${column} = ${value}`;
    }
  };
  return pairs.map((pair) => test(pair.column, pair.value)).join(' and ');
}
