/**
 * The SPSS dictionary of an export: for each variable its storage (numeric or string of a width),
 * its formats and measurement level, decided from what the CSV actually holds. The CSV is written
 * first and measured on the way; the syntax file that reads it is written after, so string widths
 * are exactly as wide as the longest answer and a numeric variable is only declared numeric when
 * every value in it is a number.
 */
import type { ExportVariable, ValueKind } from '../variables';

export type MeasurementLevel = 'NOMINAL' | 'ORDINAL' | 'SCALE';

export interface SpssVariable {
  variable: ExportVariable;
  /** The format GET DATA reads the CSV column with. */
  inputFormat: string;
  /** The format SPSS shows values in; null when it is the input format. */
  displayFormat: string | null;
  level: MeasurementLevel;
  numeric: boolean;
}

/** The longest string SPSS and PSPP store (bytes). */
const MAX_STRING_WIDTH = 32767;
const MAX_NUMERIC_WIDTH = 40;
const MAX_DECIMALS = 16;

const NUMBER = /^-?(\d*)(?:\.(\d*))?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const TIME = /^\d{2}:\d{2}:\d{2}$/;

const NUMERIC_KINDS: ReadonlySet<ValueKind> = new Set(['integer', 'decimal', 'numericCode', 'indicator', 'minutes']);

interface Measure {
  maxBytes: number;
  integerDigits: number;
  decimals: number;
  negative: boolean;
  /** Every non-empty value had the shape the kind promises (a number, a date…). */
  fitsKind: boolean;
}

/** Collects, value by value, what the dictionary needs; `dictionary()` decides at the end. */
export class DictionaryMeasure {
  private readonly measures: Measure[];
  private readonly shapes: (RegExp | undefined)[];

  constructor(private readonly variables: readonly ExportVariable[]) {
    this.measures = variables.map(() => ({ maxBytes: 0, integerDigits: 1, decimals: 0, negative: false, fitsKind: true }));
    this.shapes = variables.map((variable) => shapeOf(variable.kind));
  }

  observe(index: number, text: string): void {
    if (text === '') return;
    const measure = this.measures[index];
    // UTF-8 takes at most 3 bytes per UTF-16 unit: count bytes only when the text might be the longest.
    if (text.length * 3 > measure.maxBytes) measure.maxBytes = Math.max(measure.maxBytes, Buffer.byteLength(text, 'utf8'));
    const shape = this.shapes[index];
    if (!shape || !measure.fitsKind) return;
    const match = shape.exec(text);
    if (!match) {
      measure.fitsKind = false;
      return;
    }
    if (shape === NUMBER) {
      if (match[1] === '' && !match[2]) {
        measure.fitsKind = false; // "-", "." or "-.": no digits
        return;
      }
      measure.integerDigits = Math.max(measure.integerDigits, match[1].length);
      measure.decimals = Math.max(measure.decimals, match[2]?.length ?? 0);
      if (text.startsWith('-')) measure.negative = true;
    }
  }

  dictionary(): SpssVariable[] {
    return this.variables.map((variable, i) => describe(variable, this.measures[i]));
  }
}

function shapeOf(kind: ValueKind): RegExp | undefined {
  if (NUMERIC_KINDS.has(kind)) return NUMBER;
  if (kind === 'date') return DATE;
  if (kind === 'dateTime') return DATE_TIME;
  if (kind === 'time') return TIME;
  return undefined;
}

function describe(variable: ExportVariable, measure: Measure): SpssVariable {
  const kind = variable.kind;
  if (measure.fitsKind && NUMERIC_KINDS.has(kind)) {
    const decimals = Math.min(measure.decimals, MAX_DECIMALS);
    const width = Math.min(
      MAX_NUMERIC_WIDTH,
      Math.max(measure.integerDigits + (measure.negative ? 1 : 0) + (decimals ? decimals + 1 : 0), 1),
    );
    // Read with no implied decimals: F8.2 would read "35" as 0.35. Decimals are for display only.
    return {
      variable,
      inputFormat: `F${width}.0`,
      displayFormat: decimals ? `F${width}.${decimals}` : null,
      level: kind === 'numericCode' ? 'ORDINAL' : kind === 'indicator' ? 'NOMINAL' : 'SCALE',
      numeric: true,
    };
  }
  if (measure.fitsKind && kind === 'date') return { variable, inputFormat: 'SDATE10', displayFormat: null, level: 'SCALE', numeric: true };
  if (measure.fitsKind && kind === 'dateTime')
    return { variable, inputFormat: 'YMDHMS19', displayFormat: 'DATETIME20', level: 'SCALE', numeric: true };
  if (measure.fitsKind && kind === 'time') return { variable, inputFormat: 'TIME8', displayFormat: null, level: 'SCALE', numeric: true };
  const codeBytes = Math.max(0, ...variable.valueLabels.map((value) => Buffer.byteLength(value.code, 'utf8')));
  const width = Math.min(MAX_STRING_WIDTH, Math.max(1, measure.maxBytes, kind === 'textCode' || kind === 'numericCode' ? codeBytes : 0));
  return { variable, inputFormat: `A${width}`, displayFormat: null, level: 'NOMINAL', numeric: false };
}
