/**
 * The California API samples that R's survey package ships (apistrat, apiclus1, apiclus2), as
 * tests/fixtures/analysis/design/survey-design.R wrote them, and the reference numbers it computed.
 */
import { NOT_VALID } from '../../../src/analysis/stats';
import type { CategoricalVariable } from '../../../src/analysis/stats';
import { fixtureText } from './references';

export interface DesignCase {
  /** The mean deff = "replace" of the shares of every select_one item but the strata and cluster (the screen's summary). */
  panelDeff: number;
  flags: { data: string; strata?: string; cluster?: string; weight?: string; fpc?: string; weightKind?: 'sampling' };
  df: number;
  /** The grouping variable of the by-group estimates. */
  by: string;
  means: { variable: string; overall: any; by: any[] }[];
  proportions: { variable: string; overall: any[]; by: any[] }[];
  chisq: { row: string; col: string; f: number; ndf: number; ddf: number; p: number }[];
}

export const designReference = JSON.parse(fixtureText('design/survey-design.r.json')) as Record<string, DesignCase>;

export interface ApiData {
  rowCount: number;
  header: string[];
  /** The CSV text of the data set, as written by R (quoted text, blank for NA). */
  csv: string;
  numbers(name: string): Float64Array;
  /** Levels sorted as R's factor() sorts them; NA is NOT_VALID. */
  categorical(name: string): { levels: string[]; variable: CategoricalVariable };
}

export function apiData(name: string): ApiData {
  const csv = fixtureText(`design/${name}.csv`);
  const [headerLine, ...lines] = csv.trim().split('\n');
  const unquote = (cell: string) => cell.replace(/^"(.*)"$/, '$1');
  const header = headerLine.split(',').map(unquote);
  const rows = lines.map((line) => line.split(',').map(unquote));
  const cells = (column: string) => {
    const index = header.indexOf(column);
    if (index < 0) throw new Error(`${name}.csv has no column ${column}`);
    return rows.map((row) => row[index]);
  };
  return {
    rowCount: rows.length,
    header,
    csv,
    numbers: (column) => Float64Array.from(cells(column), (cell) => (cell === '' ? NaN : Number(cell))),
    categorical: (column) => {
      const values = cells(column);
      const levels = [...new Set(values.filter((value) => value !== ''))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return {
        levels,
        variable: { codes: Int32Array.from(values, (value) => (value === '' ? NOT_VALID : levels.indexOf(value))), levels: levels.length },
      };
    },
  };
}
