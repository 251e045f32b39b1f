import { codedError } from '../common/errors';
import type { Choice, FormAttachment, FormDefinition } from './model';
import { findChoiceList } from './choices';
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

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF ends a record. */
function records(fileName: string, text: string): string[][] {
  const result: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  let recordStart = 1;
  let line = 1;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      if (c === '\n') line++;
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { record.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') {
      record.push(field);
      result.push(record);
      record = []; field = ''; i++; line++; recordStart = line;
      continue;
    }
    field += c; i++;
  }
  if (quoted) throw codedError('bad-input', 'attachment-csv-quote', { file: fileName, row: recordStart });
  if (field !== '' || record.length) { record.push(field); result.push(record); }
  return result;
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
    header.forEach((name, c) => { row[name] = record[c]; });
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

/** A choice as ODK's itemset instance holds it: name, label in `language`, extra columns. */
function choiceRow(choice: Choice, language: string, fallback: string): InstanceRow {
  return { ...(choice.extra ?? {}), name: choice.name, label: choice.label[language] ?? choice.label[fallback] ?? '' };
}

const instanceCache = new WeakMap<FormDefinition, Map<string, readonly InstanceRow[] | undefined>>();

/**
 * The rows of secondary instance `id`: the attached `id.csv`, else the choice list `id`; undefined
 * when the form has neither. Cached per form and language.
 */
export function secondaryInstance(form: FormDefinition, id: string, language?: string): readonly InstanceRow[] | undefined {
  const lang = language ?? form.defaultLanguage;
  let byKey = instanceCache.get(form);
  if (!byKey) { byKey = new Map(); instanceCache.set(form, byKey); }
  const key = `${lang}\u0000${id}`;
  if (byKey.has(key)) return byKey.get(key);
  const attachment = findAttachment(form, `${id}.csv`);
  const list = attachment ? undefined : findChoiceList(form, id);
  const rows = attachment ? attachmentRows(attachment).rows
    : list ? list.choices.map((choice) => choiceRow(choice, lang, form.defaultLanguage)) : undefined;
  byKey.set(key, rows);
  return rows;
}
