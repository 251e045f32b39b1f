import { codedError } from '../../common/errors';
import type { Choice, FormDefinition, RowType, SurveyRow } from '../model';
import { choiceFileOf, isMarker, isSelect } from '../model';
import { fileChoices, searchAppearance, searchFilterExpression } from '../attachments';
import { OTHER_CHOICE, findChoiceList } from '../choices';
import { checkForm } from '../check';
import { buildDependencyGraph } from '../dependencies';
import { isDynamicDefault } from '../row-expressions';
import { enclosingContainers, otherFieldName, repeatFields, storedFields } from '../survey';
import type { CompiledExpression } from '../expr';
import { compileExpression, parseExpression } from '../expr';

/** One field, group or repeat, ready to evaluate. */
export interface CompiledField {
  /** Position in `CompiledForm.fields`: where an evaluation keeps this field's relevance and value. */
  index: number;
  name: string;
  type: RowType;
  /** The survey row; for the NAME_other field of an or_other select, a generated text row. */
  row: SurveyRow;
  /** Enclosing repeats, outermost first: a field inside `household` has ["household"]. */
  repeats: string[];
  /** The innermost enclosing group or repeat, whose relevance this field inherits. */
  parent?: CompiledField;
  /** True when `parent` is the repeat this field's instances belong to. */
  parentIsOwnRepeat: boolean;
  /** Holds an answer (not a note, group or repeat marker). */
  stored: boolean;
  relevant?: CompiledExpression;
  constraint?: CompiledExpression;
  calculation?: CompiledExpression;
  requiredIf?: CompiledExpression;
  choiceFilter?: CompiledExpression;
  /** A literal count, or an expression. */
  repeatCount?: number | CompiledExpression;
  /** A literal answer, or an expression. */
  defaultValue?: string | CompiledExpression;
  /** For selects: the choices by name ("other" included for or_other). */
  choices?: Map<string, Choice>;
}

/** A form prepared once for evaluating and validating many responses. */
export interface CompiledForm {
  form: FormDefinition;
  /** Every field in evaluation order: each after everything it is worked out from. */
  fields: CompiledField[];
  byName: Map<string, CompiledField>;
  /** The same fields in survey order (NAME_other after its select), for listing problems. */
  inSurveyOrder: CompiledField[];
  /** `storedFields(form)`: the top-level answer keys, in order. */
  storedFields: string[];
  storedFieldSet: ReadonlySet<string>;
  /** Repeat name → the keys of its instance maps (`repeatFields`). */
  repeatFields: Map<string, string[]>;
}

const compile = (text: string | undefined): CompiledExpression | undefined =>
  text !== undefined && text.trim() !== '' ? compileExpression(parseExpression(text)) : undefined;

function choiceMap(form: FormDefinition, row: SurveyRow): Map<string, Choice> | undefined {
  if (!isSelect(row.type) || !row.listName) return undefined;
  const choices = new Map<string, Choice>();
  const listed = choiceFileOf(row) || searchAppearance(row) ? fileChoices(form, row) : (findChoiceList(form, row.listName)?.choices ?? []);
  for (const choice of listed) if (!choices.has(choice.name)) choices.set(choice.name, choice);
  if (row.orOther && !choices.has(OTHER_CHOICE)) {
    choices.set(OTHER_CHOICE, { name: OTHER_CHOICE, label: { [form.defaultLanguage]: 'Other' } });
  }
  return choices;
}

/** The row's choice_filter, joined with the filter of a search() appearance. */
function choiceFilterOf(row: SurveyRow): string | undefined {
  const search = searchAppearance(row);
  const fromSearch = search ? searchFilterExpression(search) : '';
  if (!fromSearch) return row.choiceFilter;
  return row.choiceFilter?.trim() ? `(${row.choiceFilter}) and (${fromSearch})` : fromSearch;
}

function compileField(form: FormDefinition, row: SurveyRow, enclosing: number[]): CompiledField {
  const containers = enclosing.map((i) => form.survey[i]);
  const parentRow = containers[containers.length - 1];
  const repeatCount = row.repeatCount?.trim();
  const field: CompiledField = {
    index: -1,
    name: row.name,
    type: row.type,
    row,
    repeats: containers.filter((c) => c.type === 'begin_repeat').map((c) => c.name),
    parentIsOwnRepeat: parentRow?.type === 'begin_repeat',
    stored: !isMarker(row.type) && row.type !== 'note',
    relevant: compile(row.relevant),
    constraint: compile(row.constraint),
    calculation: compile(row.calculation),
    requiredIf: compile(row.requiredIf),
    choiceFilter: compile(choiceFilterOf(row)),
    repeatCount:
      repeatCount === undefined || repeatCount === '' ? undefined : /^\d+$/.test(repeatCount) ? Number(repeatCount) : compile(repeatCount),
    defaultValue: row.default === undefined ? undefined : isDynamicDefault(row.default) ? compile(row.default) : row.default,
    choices: choiceMap(form, row),
  };
  return field;
}

/** The text field pyxform adds after `select_one LIST or_other`, asked only when "other" is chosen. */
function otherField(select: CompiledField): CompiledField {
  const name = otherFieldName(select.name);
  const relevant = `selected(\${${select.name}}, '${OTHER_CHOICE}')`;
  return {
    index: -1,
    name,
    type: 'text',
    row: { type: 'text', name, relevant },
    repeats: select.repeats,
    parent: select,
    parentIsOwnRepeat: false,
    stored: true,
    relevant: compile(relevant),
  };
}

/**
 * Checks the form and prepares it: expressions parsed and compiled once, choice sets built,
 * fields put in dependency order. Throws KelisimError('bad-input') with every problem when the
 * form has any, so evaluation never meets an expression it cannot read.
 */
export function compileForm(form: FormDefinition): CompiledForm {
  const problems = checkForm(form);
  if (problems.length) {
    throw codedError('bad-input', 'form-has-problems', { formId: form.formId, count: problems.length }, problems);
  }
  const enclosing = enclosingContainers(form);
  const byName = new Map<string, CompiledField>();
  const parents = new Map<CompiledField, string>();
  form.survey.forEach((row, index) => {
    if (!row.name || row.type === 'end_group' || row.type === 'end_repeat') return;
    const field = compileField(form, row, enclosing[index]);
    byName.set(row.name, field);
    const parent = enclosing[index][enclosing[index].length - 1];
    if (parent !== undefined) parents.set(field, form.survey[parent].name);
  });
  for (const [field, parent] of parents) field.parent = byName.get(parent);
  const fields: CompiledField[] = [];
  for (const name of buildDependencyGraph(form).order) {
    const field = byName.get(name)!;
    fields.push(field);
    if (field.row.orOther) {
      const other = otherField(field);
      byName.set(other.name, other);
      fields.push(other);
    }
  }
  fields.forEach((field, index) => {
    field.index = index;
  });
  const inSurveyOrder = form.survey.flatMap((row) => {
    const field = row.name && row.type !== 'end_group' && row.type !== 'end_repeat' ? byName.get(row.name) : undefined;
    if (!field) return [];
    return row.orOther ? [field, byName.get(otherFieldName(row.name))!] : [field];
  });
  const repeats = new Map(form.survey.filter((row) => row.type === 'begin_repeat').map((row) => [row.name, repeatFields(form, row.name)]));
  const stored = storedFields(form);
  return { form, fields, byName, inSurveyOrder, storedFields: stored, storedFieldSet: new Set(stored), repeatFields: repeats };
}
