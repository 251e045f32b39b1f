/**
 * The responses the checks read: every stored question of the form as a dictionary-coded column
 * (through the analysis column cache), the `start`/`end` metadata as numbers (cached too: no date is
 * parsed again until the responses change), the finalized interviews the request selects, and the
 * form's structure (grids, choice lists with missing codes, numbers). Other metadata is not read.
 */
import { codedError } from '../common/errors';
import type { FormDefinition, SurveyRow } from '../form/model';
import { isMetadata } from '../form/model';
import { storedFields, surveyTree, type SurveyNode } from '../form/survey';
import { choicesOf } from '../form/choices';
import { labelIn } from '../form/languages';
import type { Db } from '../store/database';
import { loadResponseColumns, type ResponseColumns } from '../store/columns';
import { formOf, formVersions } from '../store/forms';
import { responseUuidReader } from '../store/fieldwork';
import { questionTimesOfForm } from '../store/paradata';
import { selectResponses } from '../analysis/subset';
import type { QualityRequest } from './options';

export interface QuestionInfo {
  name: string;
  row: SurveyRow;
  /** Codes of the choices marked missing ("don't know", "refused"); empty for questions without choices. */
  missingCodes: Set<string>;
  numeric: boolean;
  /** A select_one whose substantive choices are all numbers: a Likert item. */
  likert: boolean;
}

export interface Grid {
  name: string;
  /** The group's label in the request's language. */
  label: string;
  /** select_one items of one table-list group, in order. */
  items: string[];
}

export interface QualityData {
  form: FormDefinition;
  columns: ResponseColumns;
  /** Loaded row indices of the checked responses (finalized, in the requested window and team). */
  rows: Int32Array;
  /** The uuid of a loaded row's response (looked up when asked: only flagged responses need one). */
  uuidOfRow: (row: number) => string;
  /** The form's `start` and `end` metadata answers as epoch ms per loaded row (NaN: none); absent when the form has no such field. */
  startEnd?: { start: Float64Array; end: Float64Array };
  /** Version string by form version id. */
  versionOf: Map<number, string>;
  /** Questions answers are compared on: stored, not metadata, not calculations. */
  questions: QuestionInfo[];
  grids: Grid[];
  /** Per loaded row with an event log: each question's time on screen (ms) and whether it was answered there. */
  questionTimes: Map<number, Map<string, { shownMs: number; answered: boolean }>>;
}

const NUMBER_TYPES = new Set(['integer', 'decimal', 'range']);

export function loadQualityData(db: Db, request: QualityRequest): QualityData {
  const versions = formVersions(db, request.formId);
  if (!versions.length) throw codedError('not-found', 'form-not-found', { formId: request.formId });
  const definitions = versions.map(formOf);
  const form = definitions[definitions.length - 1];
  const rowByName = new Map<string, SurveyRow>();
  for (const definition of definitions) for (const row of definition.survey) if (row.name) rowByName.set(row.name, row);

  const stored = [...new Set(definitions.flatMap((definition) => storedFields(definition)))];
  const compared = (row: SurveyRow | undefined): row is SurveyRow =>
    row !== undefined && !isMetadata(row.type) && row.type !== 'calculate' && row.type !== 'note';
  const fields = stored.filter((name) => compared(rowByName.get(name)));
  // The latest version's first start and end fields time the interview, as they did when stored as text.
  const startField = form.survey.find((row) => row.type === 'start')?.name;
  const endField = form.survey.find((row) => row.type === 'end')?.name;
  const times = startField && endField && stored.includes(startField) && stored.includes(endField) ? [startField, endField] : [];
  const columns = loadResponseColumns(db, { formId: request.formId, fields, times });
  const selected = selectResponses(
    columns,
    { status: 'final', from: request.from, to: request.to, interviewers: request.interviewers, includeDemo: request.includeDemo === true },
    versions.map(({ id, version }) => ({ id, version })),
  );
  const rows: number[] = [];
  for (let i = 0; i < selected.length; i++) if (selected[i]) rows.push(i);

  const uuids = new Map<number, string>();
  const responseUuid = responseUuidReader(db);
  const uuidOfRow = (row: number) => {
    const id = columns.responseIds[row];
    let uuid = uuids.get(id);
    if (uuid === undefined) uuids.set(id, (uuid = responseUuid(id) ?? ''));
    return uuid;
  };
  const questions = fields.map((name) => questionInfo(form, rowByName.get(name)!));
  const startEnd = times.length ? { start: columns.times!.get(times[0])!, end: columns.times!.get(times[1])! } : undefined;

  return {
    form,
    columns,
    rows: Int32Array.from(rows),
    uuidOfRow,
    ...(startEnd ? { startEnd } : {}),
    versionOf: new Map(versions.map((v) => [v.id, v.version])),
    questions,
    grids: gridsOf(form, request.language),
    questionTimes: questionTimesByRow(db, request.formId, columns.responseIds),
  };
}

function questionTimesByRow(db: Db, formId: string, responseIds: ArrayLike<number>): QualityData['questionTimes'] {
  const byRow = new Map<number, Map<string, { shownMs: number; answered: boolean }>>();
  const times = questionTimesOfForm(db, formId);
  if (!times.length) return byRow;
  const rowOf = new Map<number, number>();
  for (let row = 0; row < responseIds.length; row++) rowOf.set(responseIds[row], row);
  for (const { responseId, question, shownMs, answered } of times) {
    const row = rowOf.get(responseId);
    if (row === undefined) continue;
    let questions = byRow.get(row);
    if (!questions) byRow.set(row, (questions = new Map()));
    questions.set(question, { shownMs, answered: answered === 1 });
  }
  return byRow;
}

function questionInfo(form: FormDefinition, row: SurveyRow): QuestionInfo {
  const choices = row.listName ? choicesOf(form, row) : [];
  const substantive = choices.filter((choice) => !choice.missing);
  return {
    name: row.name,
    row,
    missingCodes: new Set(choices.filter((choice) => choice.missing).map((choice) => choice.name)),
    numeric: NUMBER_TYPES.has(row.type),
    likert: row.type === 'select_one' && substantive.length >= 2 && substantive.every((choice) => /^-?\d+(\.\d+)?$/.test(choice.name)),
  };
}

/** Every table-list group's select_one items: the grids an interviewer can straight-line. */
function gridsOf(form: FormDefinition, language?: string): Grid[] {
  const grids: Grid[] = [];
  const visit = (nodes: SurveyNode[]) => {
    for (const node of nodes) {
      if (node.kind !== 'question' && node.row.appearance?.split(/\s+/).includes('table-list')) {
        grids.push({
          name: node.row.name,
          label: labelIn(form, node.row.label, language) || node.row.name,
          items: node.children
            .filter((child) => child.kind === 'question' && child.row.type === 'select_one')
            .map((child) => child.row.name),
        });
      }
      if (node.kind !== 'question') visit(node.children);
    }
  };
  visit(surveyTree(form));
  return grids;
}
