/**
 * CSV as RFC 4180 defines it, which Excel, LibreOffice, R, Stata and SPSS all read: UTF-8 with a
 * byte order mark (so Excel on Windows reads Cyrillic and Kazakh letters as such), comma-separated,
 * records ending in CRLF as the RFC prescribes, a field quoted only when it holds a comma, a quote
 * or a line break, and a quote inside doubled. A line break inside an answer is kept inside its
 * quoted field (RFC 4180 allows it), except in the SPSS export's CSV, which SPSS reads line by line.
 *
 * The CSV meant for spreadsheets neutralises formulas (the OWASP rule for CSV injection): Excel and LibreOffice
 * evaluate a cell that begins with =, +, -, @, a tab or a carriage return, so an answer such as
 * `=HYPERLINK("http://…","click")` or `+cmd|' /C calc'!A0` would run when the file is opened. Such a text gets a
 * leading apostrophe, which the spreadsheet shows as text; a number, negative ones included, is written as it is.
 * The SPSS export's CSV keeps raw values: PSPP and SPSS read data, they never evaluate formulas.
 */
import fs from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { codedError } from '../common/errors';
import { throttledProgress, type ProgressReporter } from '../common/progress';
import type { CsvExportResult } from './types';
import type { Db } from '../store/database';
import { writeFilesAtomically } from './output';
import { PRIVATE_FILE_MODE } from '../io/private-files';
import { loadExportSource, type ExportSource } from './source';
import { textReader, type TextOptions } from './values';
import { headersOf, type HeaderStyle } from './variables';

const BYTE_ORDER_MARK = '\ufeff';
const RECORD_END = '\r\n';
const NEEDS_QUOTES = /[",\r\n]/;
/** Characters gathered before a write: few system calls, little memory. */
const CHUNK = 1 << 16;

/** A first character that makes a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number as Kelisim writes one (codes, integers, decimals, negative ones): read as a number, never a formula. */
const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A text a spreadsheet would evaluate, made inert with a leading apostrophe; anything else as it is. */
export function neutralisedFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export interface CsvWriteOptions extends TextOptions {
  /** The header row (default: the variable names). */
  header?: readonly string[];
  /** Sees every value written, by variable index (the SPSS export measures widths with it). */
  observe?: (variable: number, text: string) => void;
  /** For spreadsheets: texts that would be evaluated as formulas get a leading apostrophe (see above). */
  neutraliseFormulas?: boolean;
}

/** Writes the source's rows as CSV to a new file; resolves with the number of rows. */
export async function writeCsvFile(
  file: string,
  source: ExportSource,
  options: CsvWriteOptions,
  progress: ProgressReporter,
): Promise<number> {
  const variables = source.layout.variables;
  const readers = variables.map((variable) => textReader(variable, source.layout, options));
  const header = options.header ?? variables.map((variable) => variable.name);
  const field = options.neutraliseFormulas ? (text: string) => csvField(neutralisedFormula(text)) : csvField;
  const output = fs.createWriteStream(file, { flags: 'wx', encoding: 'utf8', mode: PRIVATE_FILE_MODE });
  const failed = new Promise<never>((_, reject) => output.once('error', reject));
  failed.catch(() => {});
  const write = async (text: string) => {
    if (!output.write(text)) await Promise.race([once(output, 'drain'), failed]);
  };

  try {
    await write(BYTE_ORDER_MARK + header.map(field).join(',') + RECORD_END);
    let pending = '';
    let rows = 0;
    const observe = options.observe;
    const fields = new Array<string>(readers.length);
    for (const row of source.rows()) {
      for (let i = 0; i < readers.length; i++) {
        const text = readers[i](row);
        if (observe) observe(i, text);
        fields[i] = field(text);
      }
      pending += fields.join(',') + RECORD_END;
      if (pending.length >= CHUNK) {
        await write(pending);
        pending = '';
      }
      progress({ phase: 'csv', done: ++rows, total: source.count });
    }
    await write(pending);
    output.end();
    await Promise.race([once(output, 'close'), failed]);
    return rows;
  } catch (error) {
    output.destroy();
    throw error;
  }
}

/** `kelisim export csv`: the Data sheet's columns and codes as one CSV file. */
export async function exportCsv(
  db: Db,
  options: { formId: string; outPath: string; includeDemo?: boolean; headers?: HeaderStyle },
  progress: ProgressReporter,
): Promise<CsvExportResult> {
  if (!/\.csv$/i.test(options.outPath)) throw codedError('bad-input', 'export-not-csv', { name: path.basename(options.outPath) });
  // Headers are variable names and values are codes: the label language does not show.
  const source = loadExportSource(db, options.formId, 'en', { kind: 'all', includeDemo: options.includeDemo ?? false });
  const responses = await writeFilesAtomically([options.outPath], ([temporary]) =>
    writeCsvFile(
      temporary,
      source,
      { neutraliseFormulas: true, header: headersOf(source.layout, options.headers) },
      throttledProgress(progress),
    ),
  );
  return { path: options.outPath, responses, variables: source.layout.variables.length };
}
