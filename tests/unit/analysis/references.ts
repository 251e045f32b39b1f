/**
 * Shared by the analysis golden tests: the fixture survey as the typed columns the engine takes, the reference
 * numbers R and PSPP printed (tests/fixtures/analysis/*.json, rewritten by regenerate.sh), and the two ways of
 * agreeing with them: R to 1e-6 relative, PSPP to the precision it printed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { NOT_VALID } from '../../../src/analysis/stats';
import type { CategoricalVariable } from '../../../src/analysis/stats';

const fixtures = fileURLToPath(new URL('../../fixtures/analysis/', import.meta.url));

export function fixtureText(name: string): string {
  return readFileSync(fixtures + name, 'utf8');
}

export function rReference<T = any>(name: string): T {
  return JSON.parse(fixtureText(`${name}.r.json`)) as T;
}

/** survey.csv as the loader would hand it over: codes 0..k-1 for choices 1..k, NaN for blank numbers. */
export function loadSurvey() {
  const [header, ...lines] = fixtureText('survey.csv').trim().split('\n');
  const names = header.split(',').map((name) => name.replaceAll('"', ''));
  const rows = lines.map((line) => line.split(','));
  const column = (name: string) => {
    const index = names.indexOf(name);
    if (index < 0) throw new Error(`survey.csv has no column ${name}`);
    return Float64Array.from(rows, (row) => (row[index] === '' ? NaN : Number(row[index])));
  };
  /** Choices 1..levels become codes 0..levels-1; blanks and other codes (9 = refused) are not valid. */
  const categorical = (name: string, levels: number): CategoricalVariable => ({
    codes: Int32Array.from(column(name), (value) => (Number.isInteger(value) && value >= 1 && value <= levels ? value - 1 : NOT_VALID)),
    levels,
  });
  return {
    caseCount: rows.length,
    column,
    categorical,
    indicator: (name: string) => Int32Array.from(column(name)),
    region: categorical('region', 5),
    trust: categorical('trust', 5),
    gender: categorical('gender', 2),
    contact: categorical('contact', 2),
    /** The post-stratification weight: non-integer, with zeros, a negative and a blank. */
    weight: column('weight'),
    /** Whole-number frequency weights: R's reference repeats each case this many times. */
    freq: column('freq'),
  };
}

/** Agreement with a full-precision R number. */
export function expectRelative(actual: number, expected: number | null, tolerance = 1e-6): void {
  if (expected === null) {
    expect(Number.isNaN(actual), `expected an undefined value (NaN), got ${actual}`).toBe(true);
    return;
  }
  const allowed = tolerance * Math.max(Math.abs(expected), 1e-300);
  expect(Math.abs(actual - expected), `${actual} should equal ${expected} to ${tolerance} relative`).toBeLessThanOrEqual(allowed);
}

export function expectAllRelative(actual: readonly number[], expected: readonly (number | null)[], tolerance = 1e-6): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, index) => expectRelative(value, expected[index], tolerance));
}

/** Agreement with a number as PSPP printed it ("12.34", ".305", "5.8%"): within half a unit of its last digit. */
export function expectAsPrinted(actual: number, printed: string): void {
  const text = printed.replace('%', '');
  const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
  const allowed = 0.5 * 10 ** -decimals + 1e-9;
  expect(Math.abs(actual - Number(text)), `${actual} should print as ${printed}`).toBeLessThanOrEqual(allowed);
}

export interface PsppTable {
  title: string;
  rows: string[][];
}

/** The nth table (0-based) with this title in NAME.pspp.json. */
export function psppTable(name: string, title: string, nth = 0): PsppTable {
  const tables = JSON.parse(fixtureText(`${name}.pspp.json`)) as PsppTable[];
  const table = tables.filter((candidate) => candidate.title === title)[nth];
  if (!table) throw new Error(`${name}.pspp.json has no table "${title}" number ${nth + 1}`);
  return table;
}

/**
 * A cell of a PSPP table, found by the row's labels (PSPP leaves a label blank when it repeats the one above)
 * and by the column's heading (or its index).
 */
export function psppCell(table: PsppTable, rowLabels: readonly string[], column: string | number): string {
  const columnIndex = typeof column === 'number' ? column : headingIndex(table, column);
  const labels: string[] = [];
  for (const row of table.rows) {
    for (let level = 0; level < rowLabels.length; level++) {
      if (row[level] === '') continue;
      labels[level] = row[level];
      labels.length = level + 1;
    }
    if (rowLabels.every((label, level) => labels[level] === label)) return row[columnIndex];
  }
  throw new Error(`PSPP table "${table.title}" has no row ${rowLabels.join(' / ')}`);
}

function headingIndex(table: PsppTable, heading: string): number {
  const headingRow = table.rows.find((row) => row.includes(heading));
  if (!headingRow) throw new Error(`PSPP table "${table.title}" has no column "${heading}"`);
  return headingRow.indexOf(heading);
}

/** Several columns of one PSPP row against our numbers, e.g. { Frequency: row.count, Percent: row.percent }. */
export function expectPrintedRow(table: PsppTable, rowLabels: readonly string[], columns: Record<string, number>): void {
  for (const [column, value] of Object.entries(columns)) expectAsPrinted(value, psppCell(table, rowLabels, column));
}
