/**
 * The SPSS syntax that reads the exported CSV and gives it its dictionary: GET DATA naming the CSV
 * by its bare file name (so the syntax runs from the folder both files are in), VARIABLE LABELS,
 * VALUE LABELS, MISSING VALUES, VARIABLE LEVEL and FORMATS. Checked by running it in PSPP 1.6.2.
 *
 * Limits the syntax respects (IBM SPSS Statistics Command Syntax Reference, "Syntax rules" and the
 * commands named): lines under 256 bytes, so long quoted texts are split into pieces joined by
 * `+`; variable labels up to 255 bytes, value labels up to 120 bytes (longer ones are cut at a
 * character boundary; the Codebook keeps them whole); at most three discrete missing values, or
 * one range and one value; missing values of strings at most 8 bytes long.
 *
 * And one PSPP 1.6 quirk: a line whose first word is COMMENT (or COMM…), DOCUMENT (or DOC…) or
 * DEFINE starts a new command even in the middle of one, so a variable named `comment` at the
 * start of a line would cut the command short. Lines here never start with a variable name that
 * way: lists break only before names that are safe, and a command's first name shares its line.
 */
import { cutToBytes } from './names';
import type { SpssVariable } from './dictionary';

export interface SyntaxFacts {
  csvFileName: string;
  formId: string;
  title: string;
  versions: string[];
  appVersion: string;
  exportedAt: string;
  /** Labels are in this language (a form language code). */
  language: string;
}

const VARIABLE_LABEL_BYTES = 255;
const VALUE_LABEL_BYTES = 120;
const STRING_MISSING_BYTES = 8;
/** Bytes of one piece of a quoted text; with indentation and `+ '…'` a line stays far under 256. */
const PIECE_BYTES = 100;

export function spssSyntax(dictionary: readonly SpssVariable[], facts: SyntaxFacts): string {
  const lines: string[] = [
    '* Encoding: UTF-8.',
    comment(
      `Kelisim ${facts.appVersion}: form ${facts.formId} "${facts.title}", versions ${facts.versions.join(', ')}, exported ${facts.exportedAt}; labels in ${facts.language}.`,
    ),
    comment(
      `Run this file from the folder that holds ${facts.csvFileName}, e.g. "pspp ${facts.csvFileName.replace(/\.csv$/i, '.sps')}" there; in SPSS, first CD to that folder.`,
    ),
    comment('Only completed interviews are included. Line breaks inside text answers became spaces, because SPSS reads one case per line.'),
    ...renamed(dictionary),
    '',
    'GET DATA',
    '  /TYPE=TXT',
    `  /FILE=${quote(facts.csvFileName)}`,
    "  /ENCODING='UTF8'",
    '  /ARRANGEMENT=DELIMITED',
    '  /DELCASE=LINE',
    '  /FIRSTCASE=2',
    "  /DELIMITERS=','",
    "  /QUALIFIER='\"'",
    ...wrap(
      '  /VARIABLES=',
      dictionary.map((entry) => `${entry.variable.spssName} ${entry.inputFormat}`),
      0,
    ),
    '.',
    '',
    ...variableLabels(dictionary),
    ...valueLabels(dictionary),
    ...missingValues(dictionary),
    ...levels(dictionary),
    ...formats(dictionary),
    'EXECUTE.',
    '',
    comment(`To keep an SPSS data file: SAVE OUTFILE=${quote(facts.csvFileName.replace(/\.csv$/i, '.sav'))}.`),
    '',
  ];
  return lines.join('\n');
}

/** A comment command; its text may not end a line with a period followed by more text, so it is one line. */
function comment(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  return `* ${flat.endsWith('.') ? flat : `${flat}.`}`;
}

function renamed(dictionary: readonly SpssVariable[]): string[] {
  const changes = dictionary.filter((entry) => entry.variable.spssName !== entry.variable.name);
  if (!changes.length) return [];
  return [
    comment('These names were changed to names SPSS accepts; the Codebook lists them too.'),
    ...changes.map((entry) => comment(`  ${entry.variable.name} -> ${entry.variable.spssName}`)),
  ];
}

/**
 * A quoted SPSS string: quotes doubled, line breaks as spaces, cut to `limit` bytes, and split
 * into pieces joined by `+` on continuation lines.
 */
export function quote(text: string, limit = Infinity): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  const cut = Number.isFinite(limit) ? cutToBytes(flat, limit) : flat;
  const pieces: string[] = [];
  let rest = cut;
  while (rest.length) {
    let piece = cutToBytes(rest, PIECE_BYTES);
    // Break after a space near the end rather than inside a word, so the syntax reads naturally.
    const space = piece.lastIndexOf(' ');
    if (piece.length < rest.length && space > piece.length * 0.6) piece = piece.slice(0, space + 1);
    pieces.push(`'${piece.replace(/'/g, "''")}'`);
    rest = rest.slice(piece.length);
  }
  return pieces.length ? pieces.join('\n      + ') : "''";
}

function variableLabels(dictionary: readonly SpssVariable[]): string[] {
  const labelled = dictionary.filter((entry) => entry.variable.label);
  if (!labelled.length) return [];
  return [
    ...labelled.map(
      (entry, i) => `${i ? '  /' : 'VARIABLE LABELS '}${entry.variable.spssName} ${quote(entry.variable.label, VARIABLE_LABEL_BYTES)}`,
    ),
    '.',
    '',
  ];
}

function valueLiteral(entry: SpssVariable, code: string): string {
  return entry.numeric ? String(Number(code)) : quote(code);
}

function valueLabels(dictionary: readonly SpssVariable[]): string[] {
  const labelled = dictionary.filter(
    (entry) => entry.variable.kind !== 'multiple' && entry.variable.valueLabels.some((value) => value.label),
  );
  if (!labelled.length) return [];
  const lines: string[] = [];
  labelled.forEach((entry, i) => {
    lines.push(`${i ? '  /' : 'VALUE LABELS '}${entry.variable.spssName}`);
    for (const value of entry.variable.valueLabels) {
      if (value.label) lines.push(`    ${valueLiteral(entry, value.code)} ${quote(value.label, VALUE_LABEL_BYTES)}`);
    }
  });
  return [...lines, '.', ''];
}

/** The MISSING VALUES specification of a variable's missing codes, within what SPSS can say. */
function missingSpecification(entry: SpssVariable): string | undefined {
  const codes = entry.variable.valueLabels.filter((value) => value.missing).map((value) => value.code);
  if (!codes.length) return undefined;
  if (!entry.numeric) {
    const fitting = codes.filter((code) => Buffer.byteLength(code, 'utf8') <= STRING_MISSING_BYTES).slice(0, 3);
    return fitting.length ? fitting.map((code) => quote(code)).join(', ') : undefined;
  }
  const numbers = codes.map(Number).sort((a, b) => a - b);
  if (numbers.length <= 3) return numbers.join(', ');
  // More than three codes: one range holding no valid code, either over all of them or over all
  // but the lowest, which then stands beside it; failing both, the first three (the Codebook has all).
  const valid = entry.variable.valueLabels.filter((value) => !value.missing).map((value) => Number(value.code));
  const freeOfValid = (low: number, high: number) => !valid.some((value) => value >= low && value <= high);
  const [lowest, second, highest] = [numbers[0], numbers[1], numbers[numbers.length - 1]];
  if (freeOfValid(lowest, highest)) return `${lowest} THRU ${highest}`;
  if (freeOfValid(second, highest)) return `${second} THRU ${highest}, ${lowest}`;
  return numbers.slice(0, 3).join(', ');
}

function missingValues(dictionary: readonly SpssVariable[]): string[] {
  const specified = dictionary.flatMap((entry) => {
    const specification = missingSpecification(entry);
    return specification ? [`${entry.variable.spssName} (${specification})`] : [];
  });
  if (!specified.length) return [];
  return [...specified.map((line, i) => `${i ? '  /' : 'MISSING VALUES '}${line}`), '.', ''];
}

/** Names grouped by a property: `COMMAND name name (VALUE) /name name (VALUE)`. */
function grouped(command: string, dictionary: readonly SpssVariable[], property: (entry: SpssVariable) => string | null): string[] {
  const groups = new Map<string, string[]>();
  for (const entry of dictionary) {
    const value = property(entry);
    if (value === null) continue;
    if (!groups.has(value)) groups.set(value, []);
    groups.get(value)!.push(entry.variable.spssName);
  }
  if (!groups.size) return [];
  const lines = [...groups].flatMap(([value, names], i) => {
    const wrapped = wrap(i ? '  /' : `${command} `, names, LIST_LINE_BYTES);
    wrapped[wrapped.length - 1] += ` (${value})`;
    return wrapped;
  });
  return [...lines, '.', ''];
}

const LIST_LINE_BYTES = 120;

/** Whether PSPP would take a line starting with this word for the start of a command (see above). */
export function startsPsppCommand(word: string): boolean {
  const upper = word.toUpperCase();
  return (upper.length >= 4 && 'COMMENT'.startsWith(upper)) || (upper.length >= 3 && 'DOCUMENT'.startsWith(upper)) || upper === 'DEFINE';
}

/**
 * Items after `start`, a new indented line begun once a line is `lineBytes` long — but only
 * before an item whose first word is safe at the start of a line; otherwise the item stays on
 * the line it follows.
 */
function wrap(start: string, items: readonly string[], lineBytes: number): string[] {
  const lines = [start];
  for (const item of items) {
    const current = lines[lines.length - 1];
    const full = Buffer.byteLength(current, 'utf8') >= lineBytes;
    if (full && !startsPsppCommand(item.split(' ')[0])) lines.push(`    ${item}`);
    else lines[lines.length - 1] = /[ =/]$/.test(current) ? `${current}${item}` : `${current} ${item}`;
  }
  return lines;
}

const levels = (dictionary: readonly SpssVariable[]) => grouped('VARIABLE LEVEL', dictionary, (entry) => entry.level);
const formats = (dictionary: readonly SpssVariable[]) => grouped('FORMATS', dictionary, (entry) => entry.displayFormat);
