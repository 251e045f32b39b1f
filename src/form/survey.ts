import type { FormDefinition, SurveyRow } from './model';
import { isMarker } from './model';

/** A question, note, calculate or metadata row in the nested view of the survey. */
export interface QuestionNode {
  kind: 'question';
  row: SurveyRow;
  /** Position of the row in `form.survey`. */
  index: number;
}

/** A group or repeat with what lies between its begin and end rows. */
export interface GroupNode {
  kind: 'group' | 'repeat';
  /** The begin_group / begin_repeat row (name, label, relevant, appearance, repeat_count…). */
  row: SurveyRow;
  index: number;
  /** Position of the matching end row; null when the group is never closed. */
  endIndex: number | null;
  children: SurveyNode[];
}

export type SurveyNode = QuestionNode | GroupNode;

/**
 * The survey as a tree for the interview and the designer. Unbalanced markers are tolerated here
 * (an unclosed group runs to the end, a stray end row is skipped); `checkForm` reports them.
 */
export function surveyTree(form: FormDefinition): SurveyNode[] {
  const root: SurveyNode[] = [];
  const open: GroupNode[] = [];
  form.survey.forEach((row, index) => {
    const siblings = open.length ? open[open.length - 1].children : root;
    if (row.type === 'begin_group' || row.type === 'begin_repeat') {
      const node: GroupNode = {
        kind: row.type === 'begin_group' ? 'group' : 'repeat',
        row,
        index,
        endIndex: null,
        children: [],
      };
      siblings.push(node);
      open.push(node);
    } else if (row.type === 'end_group' || row.type === 'end_repeat') {
      const closed = open.pop();
      if (closed) closed.endIndex = index;
    } else {
      siblings.push({ kind: 'question', row, index });
    }
  });
  return root;
}

/**
 * For every survey row, the positions of the begin rows that enclose it, outermost first
 * (a begin row is not inside itself). Same tolerance as `surveyTree`.
 */
export function enclosingContainers(form: FormDefinition): number[][] {
  const open: number[] = [];
  return form.survey.map((row, index) => {
    if (row.type === 'end_group' || row.type === 'end_repeat') {
      open.pop();
      return [...open];
    }
    const enclosing = [...open];
    if (row.type === 'begin_group' || row.type === 'begin_repeat') open.push(index);
    return enclosing;
  });
}

/**
 * Each stored field's XForm path below the root as the workbook names it, by field name: `name`
 * at the top, `group/name` inside a group, the NAME_other field beside its select
 * (`group/q_other`); the form Kobo's exports write as headers ("group/name"). A question renamed
 * after its group (`sourceName`) appears under the name the workbook gives it.
 */
export function fieldPaths(form: FormDefinition): Map<string, string> {
  const enclosing = enclosingContainers(form);
  const step = (row: SurveyRow) => row.sourceName ?? row.name;
  const paths = new Map<string, string>();
  form.survey.forEach((row, index) => {
    if (!row.name || row.type === 'end_group' || row.type === 'end_repeat' || paths.has(row.name)) return;
    const groups = enclosing[index].map((begin) => step(form.survey[begin]));
    paths.set(row.name, [...groups, step(row)].join('/'));
    if (row.orOther) paths.set(otherFieldName(row.name), [...groups, otherFieldName(step(row))].join('/'));
  });
  return paths;
}

/** Rows whose answers are stored (see `storedFields`). */
export function isStoredRow(row: SurveyRow): boolean {
  return !isMarker(row.type) && row.type !== 'note';
}

/** The text field `select_one LIST or_other` brings with it, as pyxform generates it. */
export function otherFieldName(selectName: string): string {
  return `${selectName}_other`;
}

/**
 * Names of the fields that hold answers, in survey order: questions, calculate, acknowledge,
 * geopoint and metadata (start, end, today, deviceid, username) — not notes, not group markers.
 * A select with `or_other` is followed by its NAME_other text field.
 *
 * Repeats: a repeat is stored as ONE field named after the repeat, whose value is a JSON array of
 * per-instance answer maps (`[{"member_name":"Ana","member_age":"34"}, …]`); the fields inside a
 * repeat are keys of those maps and do not appear here. A repeat nested in a repeat is a key of its
 * parent's instance map, holding its own JSON array as a string.
 */
export function storedFields(form: FormDefinition): string[] {
  const fields: string[] = [];
  const enclosing = enclosingContainers(form);
  form.survey.forEach((row, index) => {
    const insideRepeat = enclosing[index].some((begin) => form.survey[begin].type === 'begin_repeat');
    if (insideRepeat) return;
    if (row.type === 'begin_repeat') fields.push(row.name);
    else if (isStoredRow(row)) {
      fields.push(row.name);
      if (row.orOther) fields.push(otherFieldName(row.name));
    }
  });
  return fields;
}

/** The fields stored in each instance map of a repeat, in survey order (nested repeats as one key). */
export function repeatFields(form: FormDefinition, repeatName: string): string[] {
  const enclosing = enclosingContainers(form);
  const begin = form.survey.findIndex((row) => row.type === 'begin_repeat' && row.name === repeatName);
  if (begin < 0) return [];
  const fields: string[] = [];
  form.survey.forEach((row, index) => {
    const chain = enclosing[index];
    const innermostRepeat = [...chain].reverse().find((i) => form.survey[i].type === 'begin_repeat');
    if (innermostRepeat !== begin) return;
    if (row.type === 'begin_repeat') fields.push(row.name);
    else if (isStoredRow(row)) {
      fields.push(row.name);
      if (row.orOther) fields.push(otherFieldName(row.name));
    }
  });
  return fields;
}

/** The survey row with this name (question, group or repeat), if any. */
export function findField(form: FormDefinition, name: string): SurveyRow | undefined {
  return form.survey.find((row) => row.name === name && !isMarkerEnd(row));
}

function isMarkerEnd(row: SurveyRow): boolean {
  return row.type === 'end_group' || row.type === 'end_repeat';
}

/** What `kelisim form import` reports as "questions": every survey row that is not a group/repeat marker. */
export function countQuestions(form: FormDefinition): number {
  return form.survey.filter((row) => !isMarker(row.type)).length;
}
