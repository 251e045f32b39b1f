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
    comment(`Kelisim ${facts.appVersion}: form ${facts.formId} "${facts.title}", versions ${facts.versions.join(', ')}, exported ${facts.exportedAt}; labels in ${facts.language}.`),
    comment(`Run this file from the folder that holds ${facts.csvFileName}, e.g. "pspp ${facts.csvFileName.replace(/\.csv$/i, '.sps')}" there; in SPSS, first CD to that folder.`),
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
    '  /VARIABLES=',
    ...dictionary.map((entry) => `    ${entry.variable.spssName} ${entry.inputFormat}`),
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
    comment('These names were changed to names SPSS accepts (the Codebook lists them too):'),
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
    const piece = cutToBytes(rest, PIECE_BYTES);
    pieces.push(`'${piece.replace(/'/g, "''")}'`);
    rest = rest.slice(piece.length);
  }
  return pieces.length ? pieces.join('\n      + ') : "''";
}

function variableLabels(dictionary: readonly SpssVariable[]): string[] {
  const labelled = dictionary.filter((entry) => entry.variable.label);
  if (!labelled.length) return [];
  return [
    'VARIABLE LABELS',
    ...labelled.map((entry, i) => `  ${i ? '/' : ''}${entry.variable.spssName} ${quote(entry.variable.label, VARIABLE_LABEL_BYTES)}`),
    '.',
    '',
  ];
}

function valueLiteral(entry: SpssVariable, code: string): string {
  return entry.numeric ? String(Number(code)) : quote(code);
}

function valueLabels(dictionary: readonly SpssVariable[]): string[] {
  const labelled = dictionary.filter((entry) => entry.variable.kind !== 'multiple' && entry.variable.valueLabels.some((value) => value.label));
  if (!labelled.length) return [];
  const lines = ['VALUE LABELS'];
  labelled.forEach((entry, i) => {
    lines.push(`  ${i ? '/' : ''}${entry.variable.spssName}`);
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
  // More than three codes: a range, when no valid code lies inside it, plus at most one value below it.
  const valid = entry.variable.valueLabels.filter((value) => !value.missing).map((value) => Number(value.code));
  const [low, high] = [numbers[1], numbers[numbers.length - 1]];
  if (!valid.some((value) => value >= low && value <= high)) return `${low} THRU ${high}, ${numbers[0]}`;
  if (!valid.some((value) => value >= numbers[0] && value <= high)) return `${numbers[0]} THRU ${high}`;
  return numbers.slice(0, 3).join(', ');
}

function missingValues(dictionary: readonly SpssVariable[]): string[] {
  const specified = dictionary.flatMap((entry) => {
    const specification = missingSpecification(entry);
    return specification ? [`${entry.variable.spssName} (${specification})`] : [];
  });
  if (!specified.length) return [];
  return ['MISSING VALUES', ...specified.map((line, i) => `  ${i ? '/' : ''}${line}`), '.', ''];
}

/** Names grouped by a property, several names to a line: `name name name (VALUE)`. */
function grouped(command: string, dictionary: readonly SpssVariable[], property: (entry: SpssVariable) => string | null): string[] {
  const groups = new Map<string, string[]>();
  for (const entry of dictionary) {
    const value = property(entry);
    if (value === null) continue;
    if (!groups.has(value)) groups.set(value, []);
    groups.get(value)!.push(entry.variable.spssName);
  }
  if (!groups.size) return [];
  const lines = [command];
  [...groups].forEach(([value, names], i) => {
    const rows = chunkNames(names);
    rows.forEach((row, r) => lines.push(`  ${i && r === 0 ? '/' : r ? '  ' : ''}${row}${r === rows.length - 1 ? ` (${value})` : ''}`));
  });
  return [...lines, '.', ''];
}

function chunkNames(names: string[]): string[] {
  const rows: string[] = [];
  let row = '';
  for (const name of names) {
    if (row && Buffer.byteLength(`${row} ${name}`, 'utf8') > 160) {
      rows.push(row);
      row = name;
    } else row = row ? `${row} ${name}` : name;
  }
  if (row) rows.push(row);
  return rows;
}

const levels = (dictionary: readonly SpssVariable[]) => grouped('VARIABLE LEVEL', dictionary, (entry) => entry.level);
const formats = (dictionary: readonly SpssVariable[]) => grouped('FORMATS', dictionary, (entry) => entry.displayFormat);
