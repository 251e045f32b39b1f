import type { SurveyRow } from '../model';
import { MARKER_TYPES, METADATA_TYPES, QUESTION_TYPES, choiceFileOf, isMarker, isMetadata, isSelect } from '../model';
import { findChoiceList } from '../choices';
import { findAttachment } from '../attachments';
import { codedProblem } from '../../common/errors';
import { answerFormatProblem } from '../answer-formats';
import { answerMessage } from '../messages';
import { isDynamicDefault } from '../row-expressions';
import { otherFieldName } from '../survey';
import { selectedNames } from '../expr';
import type { CheckContext } from './context';
import { translatedHeader } from '../languages';

const KNOWN_TYPES = new Set<string>([...QUESTION_TYPES, ...METADATA_TYPES, ...MARKER_TYPES]);

/** XML element names, which XLSForm names become: a letter or _ first, then letters, digits, _ - . */
const VALID_NAME = /^[\p{L}_][\p{L}\p{N}\p{M}_.-]*$/u;

const isEnd = (row: SurveyRow) => row.type === 'end_group' || row.type === 'end_repeat';

function checkNames(ctx: CheckContext): void {
  const firstIndex = new Map<string, number>();
  const claim = (name: string, index: number, generatedBy?: string) => {
    const earlier = firstIndex.get(name);
    if (earlier === undefined) {
      firstIndex.set(name, index);
      return;
    }
    const why = generatedBy
      ? `The name "${name}", which "${generatedBy} or_other" adds for the "other" text, is already used in row ${ctx.surveyRow(earlier)}.`
      : `The name "${name}" is already used in row ${ctx.surveyRow(earlier)}; every question, group and repeat needs its own name.`;
    ctx.atSurvey(index, 'name', why, name);
  };
  ctx.form.survey.forEach((row, index) => {
    if (isEnd(row)) return;
    if (!row.name) {
      ctx.atSurvey(index, 'name', `This ${row.type} row has no name; give it a short name such as q1 or age.`);
      return;
    }
    if (!VALID_NAME.test(row.name)) {
      ctx.atSurvey(index, 'name',
        `"${row.name}" cannot be used as a name: a name starts with a letter or _ and has only letters, digits, _, - and . (no spaces).`,
        row.name);
    }
    claim(row.name, index);
    if (row.orOther) claim(otherFieldName(row.name), index, row.name);
  });
}

function checkTypes(ctx: CheckContext): void {
  ctx.form.survey.forEach((row, index) => {
    if (!KNOWN_TYPES.has(row.type)) {
      ctx.atSurvey(index, 'type', `"${row.type}" is not a question type Kelisim knows.`, row.name || undefined);
      return;
    }
    if (!isSelect(row.type)) return;
    if (!row.listName) {
      ctx.atSurvey(index, 'type', `${row.type} needs the name of a choice list after it, for example "${row.type} yes_no".`, row.name);
      return;
    }
    // select_one_from_file FILE.csv: the file must be attached to the form (kelisim form attach).
    const file = choiceFileOf(row);
    if (file) {
      if (!findAttachment(ctx.form, file)) {
        ctx.problems.push(codedProblem('attachment-missing', { file, field: row.name }, { sheet: 'survey', row: ctx.surveyRow(index), column: 'type', field: row.name }));
      }
      return;
    }
    const list = findChoiceList(ctx.form, row.listName);
    if (!list) {
      ctx.atSurvey(index, 'type', `There is no choice list "${row.listName}" on the choices sheet.`, row.name);
    } else if (!list.choices.length) {
      ctx.atSurvey(index, 'type', `The choice list "${row.listName}" has no choices.`, row.name);
    }
  });
}

/** begin/end rows must pair up like brackets, a group with end_group and a repeat with end_repeat. */
function checkNesting(ctx: CheckContext): void {
  const open: number[] = [];
  ctx.form.survey.forEach((row, index) => {
    if (row.type === 'begin_group' || row.type === 'begin_repeat') {
      open.push(index);
      return;
    }
    if (!isEnd(row)) return;
    const kind = row.type === 'end_group' ? 'group' : 'repeat';
    const begin = open.pop();
    if (begin === undefined) {
      ctx.atSurvey(index, 'type', `This ${row.type} closes no ${kind}: there is no begin_${kind} before it that is still open.`);
      return;
    }
    const opened = ctx.form.survey[begin];
    const openedKind = opened.type === 'begin_group' ? 'group' : 'repeat';
    if (openedKind !== kind) {
      ctx.atSurvey(index, 'type',
        `This ${row.type} closes the ${openedKind} "${opened.name}" that begins in row ${ctx.surveyRow(begin)}; close it with end_${openedKind}.`);
    }
  });
  for (const begin of open) {
    const row = ctx.form.survey[begin];
    const kind = row.type === 'begin_group' ? 'group' : 'repeat';
    ctx.atSurvey(begin, 'type', `The ${kind} "${row.name}" is never closed: add an end_${kind} row after its last question.`, row.name);
  }
}

function hasText(texts: Record<string, string> | undefined): boolean {
  return texts !== undefined && Object.values(texts).some((text) => text.trim() !== '');
}

function checkRowContents(ctx: CheckContext): void {
  const defaultLanguage = ctx.form.languages.find((l) => l.code === ctx.form.defaultLanguage) ?? ctx.form.languages[0];
  const labelHeader = translatedHeader('label', defaultLanguage);
  ctx.form.survey.forEach((row, index) => {
    if (isEnd(row) || !KNOWN_TYPES.has(row.type)) return;
    // hidden and start-geopoint are never asked (pyxform needs no label for them either).
    const needsLabel = !isMarker(row.type) && row.type !== 'calculate' && row.type !== 'hidden' && row.type !== 'start-geopoint' &&
      !isMetadata(row.type);
    if (needsLabel && !hasText(row.label) && !hasText(row.hint)) {
      ctx.atSurvey(index, labelHeader, `The ${row.type} "${row.name}" has no label: write the text the interviewer reads out.`, row.name);
    }
    if (row.type === 'calculate' && !row.calculation?.trim()) {
      ctx.atSurvey(index, 'calculation', `The calculate field "${row.name}" has no calculation.`, row.name);
    }
    if (row.choiceFilter !== undefined && !isSelect(row.type)) {
      ctx.atSurvey(index, 'choice_filter', 'Only select_one, select_multiple and rank questions can have a choice_filter.', row.name);
    }
    if (row.repeatCount !== undefined && row.type !== 'begin_repeat') {
      ctx.atSurvey(index, 'repeat_count', 'Only begin_repeat rows can have a repeat_count.', row.name);
    }
    checkLiteralDefault(ctx, row, index);
  });
}

/** A literal default must be an answer the question accepts. */
function checkLiteralDefault(ctx: CheckContext, row: SurveyRow, index: number): void {
  if (row.default === undefined || isDynamicDefault(row.default)) return;
  const value = row.default.trim();
  if (!value) return;
  if (isSelect(row.type)) {
    const list = row.listName ? findChoiceList(ctx.form, row.listName) : undefined;
    if (!list) return;
    const names = row.type === 'select_one' ? [value] : selectedNames(value);
    for (const name of names) {
      if (!list.choices.some((choice) => choice.name === name)) {
        ctx.atSurvey(index, 'default', `The default "${name}" is not a choice of list "${list.name}".`, row.name);
      }
    }
    return;
  }
  const problem = answerFormatProblem(row.type, value, row.parameters);
  if (problem) {
    ctx.atSurvey(index, 'default', `The default "${value}" does not fit this ${row.type} question: ${answerMessage(problem, 'en')}`, row.name);
  }
}

/** Names, types, group/repeat nesting, labels, lists and literal defaults of the survey sheet. */
export function checkSurveyStructure(ctx: CheckContext): void {
  checkNames(ctx);
  checkTypes(ctx);
  checkNesting(ctx);
  checkRowContents(ctx);
}
