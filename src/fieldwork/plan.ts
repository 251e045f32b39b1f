/**
 * A fieldwork plan: one row per assignment — interviewer, the location answers an interview from it starts with,
 * a target number of interviews and optional quota cells (`quota:gender=female` → 12). Read from a CSV or XLSX
 * table whose every cell is checked against the form before anything is stored; every problem comes back with
 * its row and column.
 */
import { codedError, codedProblem, type Problem } from '../common/errors';
import type { FormDefinition, SurveyRow } from '../form/model';
import { isMetadata } from '../form/model';
import { choicesOf } from '../form/choices';
import { storedFields } from '../form/survey';
import type { Db } from '../store/database';
import { formOf, latestFormVersion } from '../store/forms';
import { planOfForm, replacePlan, type StoredAssignment } from '../store/fieldwork';
import { openDataTable, type TableRow, type TableSource } from '../collect/import/data-table';
import { csvField } from '../report/csv';

export type Assignment = StoredAssignment;

export interface PlanImportResult {
  formId: string;
  assignments: number;
  interviewers: number;
  target: number;
  /** The plan this import replaced had this many assignments (0: there was none). */
  replaced: number;
}

const MAX_ASSIGNMENTS = 20_000;
const QUOTA = /^quota:([^=]+)=(.+)$/;

export async function importPlan(db: Db, formId: string, source: TableSource, options: { replace: boolean }): Promise<PlanImportResult> {
  const form = latestForm(db, formId);
  const existing = planOfForm(db, formId);
  if (existing.length && !options.replace) throw codedError('conflict', 'plan-exists', { formId, assignments: existing.length });
  const table = await openDataTable(source);
  const rows: TableRow[] = [];
  try {
    const batches = table.rows as Iterable<TableRow[]> | AsyncIterable<TableRow[]>;
    for await (const batch of batches) {
      rows.push(...batch);
      if (rows.length > MAX_ASSIGNMENTS) throw codedError('bad-input', 'plan-too-long', { max: MAX_ASSIGNMENTS });
    }
  } finally {
    table.close();
  }
  return storePlan(db, formId, readPlan(form, table.header, rows, { file: table.file }), existing.length);
}

/**
 * The plan as edited in the Fieldwork screen: the whole table, header first (the shape `planTable` gives), checked
 * by the same `readPlan` as an imported file and stored in place of the form's plan, or refused whole with every
 * problem at its row (as a spreadsheet numbers it: the header is row 1) and column.
 */
export function savePlan(db: Db, formId: string, table: readonly (readonly string[])[]): PlanImportResult {
  const form = latestForm(db, formId);
  if (table.length - 1 > MAX_ASSIGNMENTS) throw codedError('bad-input', 'plan-too-long', { max: MAX_ASSIGNMENTS });
  const [header = [], ...rows] = table;
  const assignments = readPlan(
    form,
    { line: 1, cells: [...header] },
    rows.map((cells, index) => ({ line: index + 2, cells: [...cells] })),
    { refusal: 'plan-not-saved' },
  );
  return storePlan(db, formId, assignments, planOfForm(db, formId).length);
}

/** Replaces the form's plan (one transaction) with assignments `readPlan` accepted. */
function storePlan(db: Db, formId: string, assignments: readonly Assignment[], replaced: number): PlanImportResult {
  replacePlan(db, formId, assignments);
  return {
    formId,
    assignments: assignments.length,
    interviewers: new Set(assignments.map((a) => a.interviewer)).size,
    target: assignments.reduce((sum, a) => sum + a.target, 0),
    replaced,
  };
}

export function latestForm(db: Db, formId: string): FormDefinition {
  const version = latestFormVersion(db, formId);
  if (!version) throw codedError('not-found', 'plan-no-form', { formId });
  return formOf(version);
}

type Column =
  { kind: 'id' | 'interviewer' | 'target' } | { kind: 'location'; row: SurveyRow } | { kind: 'quota'; row: SurveyRow; choice: string };

/**
 * Checks the header and every row against the form; throws every problem at once, or returns the assignments. The
 * one check of a plan, whether it comes from a file (`file` names it in each problem) or the screen's table
 * (`refusal` says it was not saved rather than not imported).
 */
export function readPlan(
  form: FormDefinition,
  header: TableRow,
  rows: readonly TableRow[],
  options: { file?: string; refusal?: 'plan-invalid' | 'plan-not-saved' } = {},
): Assignment[] {
  const problems: Problem[] = [];
  const file = options.file;
  const refusal = options.refusal ?? 'plan-invalid';
  const inFile = file ? { file } : {};
  const at = (line: number, column: string) => ({ ...inFile, row: line, column });
  const questions = new Map(
    storedFields(form).flatMap((name) => {
      const row = form.survey.find((r) => r.name === name);
      return row && !isMetadata(row.type) && row.type !== 'calculate' && row.type !== 'begin_repeat' ? [[name, row] as const] : [];
    }),
  );
  const columns: (Column | undefined)[] = header.cells.map((cell) => {
    const name = cell.trim();
    if (name === 'id' || name === 'interviewer' || name === 'target') return { kind: name };
    const quota = QUOTA.exec(name);
    if (quota) {
      const row = questions.get(quota[1].trim());
      const choice = quota[2].trim();
      if (!row || (row.type !== 'select_one' && row.type !== 'select_multiple')) {
        problems.push(codedProblem('plan-quota-question', { column: name, question: quota[1].trim() }, at(header.line, name)));
        return undefined;
      }
      if (!choicesOf(form, row).some((c) => c.name === choice)) {
        problems.push(codedProblem('plan-quota-choice', { column: name, question: row.name, choice }, at(header.line, name)));
        return undefined;
      }
      return { kind: 'quota', row, choice };
    }
    const row = questions.get(name);
    if (!row) {
      if (name) problems.push(codedProblem('plan-unknown-column', { column: name }, at(header.line, name)));
      return undefined;
    }
    return { kind: 'location', row };
  });
  for (const required of ['interviewer', 'target'] as const) {
    if (!columns.some((c) => c?.kind === required))
      problems.push(codedProblem('plan-missing-column', { column: required }, { ...inFile, row: header.line }));
  }
  const seenColumns = new Set<string>();
  header.cells.forEach((cell) => {
    if (cell.trim() && seenColumns.has(cell.trim()))
      problems.push(codedProblem('plan-repeated-column', { column: cell.trim() }, at(header.line, cell.trim())));
    seenColumns.add(cell.trim());
  });
  if (problems.length) throw codedError('bad-input', refusal, { problems: problems.length }, problems);

  const assignments: Assignment[] = [];
  const ids = new Map<string, number>();
  for (const [index, tableRow] of rows.entries()) {
    if (tableRow.cells.every((cell) => !cell.trim())) continue;
    const assignment: Assignment = { id: String(index + 1), interviewer: '', target: 0, location: {}, quotas: [] };
    columns.forEach((column, c) => {
      const cell = (tableRow.cells[c] ?? '').trim();
      const where = at(tableRow.line, header.cells[c].trim());
      if (!column) return;
      switch (column.kind) {
        case 'id':
          if (cell) assignment.id = cell;
          return;
        case 'interviewer':
          if (!cell) problems.push(codedProblem('plan-no-interviewer', {}, where));
          assignment.interviewer = cell;
          return;
        case 'target':
          if (!/^\d+$/.test(cell) || Number(cell) > 1_000_000) problems.push(codedProblem('plan-bad-target', { value: cell }, where));
          assignment.target = Number(cell);
          return;
        case 'location': {
          if (!cell) return;
          const problem = locationProblem(form, column.row, cell);
          if (problem) problems.push(codedProblem(problem, { value: cell, question: column.row.name }, where));
          assignment.location[column.row.name] = cell;
          return;
        }
        case 'quota':
          if (!cell) return;
          if (!/^\d+$/.test(cell)) problems.push(codedProblem('plan-bad-quota', { value: cell }, where));
          assignment.quotas.push({ question: column.row.name, choice: column.choice, target: Number(cell) });
          return;
      }
    });
    const earlier = ids.get(assignment.id);
    if (earlier !== undefined)
      problems.push(
        codedProblem('plan-repeated-id', { id: assignment.id, line: earlier }, { ...inFile, row: tableRow.line, column: 'id' }),
      );
    ids.set(assignment.id, tableRow.line);
    assignments.push(assignment);
  }
  if (!assignments.length && !problems.length) problems.push(codedProblem('plan-empty', {}, inFile));
  if (problems.length) throw codedError('bad-input', refusal, { problems: problems.length }, problems);
  return assignments;
}

function locationProblem(form: FormDefinition, row: SurveyRow, value: string): 'plan-not-a-choice' | 'plan-not-a-number' | undefined {
  if (row.type === 'select_one') return choicesOf(form, row).some((c) => c.name === value) ? undefined : 'plan-not-a-choice';
  if (row.type === 'integer' && !/^-?\d+$/.test(value)) return 'plan-not-a-number';
  if (row.type === 'decimal' && !Number.isFinite(Number(value))) return 'plan-not-a-number';
  return undefined;
}

/** The plan as the table it was imported from (same columns, so it can be edited and imported again). */
export function planTable(form: FormDefinition, assignments: readonly Assignment[]): string[][] {
  const locations = [...new Set(assignments.flatMap((a) => Object.keys(a.location)))];
  const order = new Map(form.survey.map((row, i) => [row.name, i]));
  locations.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const quotas = [...new Set(assignments.flatMap((a) => a.quotas.map((q) => `quota:${q.question}=${q.choice}`)))];
  const header = ['id', 'interviewer', ...locations, 'target', ...quotas];
  return [
    header,
    ...assignments.map((a) => [
      a.id,
      a.interviewer,
      ...locations.map((name) => a.location[name] ?? ''),
      String(a.target),
      ...quotas.map((column) => String(a.quotas.find((q) => `quota:${q.question}=${q.choice}` === column)?.target ?? '')),
    ]),
  ];
}

/** The plan's table as a CSV file's text that Excel opens in UTF-8 (a byte-order mark) and `plan import` reads again. */
export function planCsv(table: readonly (readonly string[])[]): string {
  return '\ufeff' + table.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
