/**
 * `begin loop over LIST` … `end loop`, an old XLSForm construct pyxform still reads: the rows
 * between are asked once per choice of LIST, with `%(label)s` and `%(name)s` in their texts and
 * expressions replaced by that choice's label and name. pyxform writes a group per choice inside a
 * group for the loop; Kelisim does the same, so the form that comes out is made only of groups
 * and exports as plain XLSForm.
 * The copies share their names in different groups, as in pyxform's XForm; `qualifyNames` then
 * names them after their choice.
 */
import type { ChoiceList, SurveyRow, Translations } from '../model';

export interface LoopMarker {
  loop: 'begin' | 'end';
  /** The spreadsheet row, for problems. */
  row: number;
  name: string;
  listName?: string;
  label?: Translations;
}

export const isLoopMarker = (row: SurveyRow | LoopMarker): row is LoopMarker => 'loop' in row;

export type LoopProblem = {
  row: number;
  code: 'xlsform-loop-unclosed' | 'xlsform-loop-unopened' | 'xlsform-loop-no-list';
  params: Record<string, string>;
};

function substitute(text: string, choice: { name: string; label: string }): string {
  return text.replace(/%\(label\)s/g, choice.label).replace(/%\(name\)s/g, choice.name);
}

function substituteTranslations(texts: Translations | undefined, labels: Translations, name: string): Translations | undefined {
  if (!texts) return undefined;
  const out: Translations = {};
  const fallback = Object.values(labels).find(Boolean) ?? name;
  for (const [language, text] of Object.entries(texts)) out[language] = substitute(text, { name, label: labels[language] || fallback });
  return out;
}

const TEXT_FIELDS = ['label', 'hint', 'requiredMessage', 'constraintMessage'] as const;
const EXPRESSION_FIELDS = [
  'relevant',
  'constraint',
  'calculation',
  'requiredIf',
  'readOnlyIf',
  'default',
  'choiceFilter',
  'repeatCount',
] as const;

function copyFor(row: SurveyRow, choice: { name: string; label: Translations }): SurveyRow {
  const copy: SurveyRow = { ...row };
  for (const field of TEXT_FIELDS) {
    const texts = substituteTranslations(row[field], choice.label, choice.name);
    if (texts) copy[field] = texts;
  }
  for (const field of EXPRESSION_FIELDS) {
    const text = row[field];
    if (text !== undefined)
      copy[field] = substitute(text, { name: choice.name, label: Object.values(choice.label).find(Boolean) ?? choice.name });
  }
  return copy;
}

/**
 * The survey with every loop expanded, and the spreadsheet row of each resulting row (copies
 * point at the row they were copied from, so a problem in a copy names the row to fix).
 */
export function expandLoops(
  rows: (SurveyRow | LoopMarker)[],
  sheetRows: number[],
  lists: ChoiceList[],
  problems: LoopProblem[],
): { survey: SurveyRow[]; sheetRows: number[] } {
  const survey: SurveyRow[] = [];
  const outRows: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!isLoopMarker(row)) {
      survey.push(row);
      outRows.push(sheetRows[i]);
      continue;
    }
    if (row.loop === 'end') {
      problems.push({ row: row.row, code: 'xlsform-loop-unopened', params: {} });
      continue;
    }
    // Find the matching end loop (loops may nest).
    let depth = 1;
    let end = i + 1;
    for (; end < rows.length; end++) {
      const candidate = rows[end];
      if (isLoopMarker(candidate)) depth += candidate.loop === 'begin' ? 1 : -1;
      if (depth === 0) break;
    }
    if (end >= rows.length) {
      problems.push({ row: row.row, code: 'xlsform-loop-unclosed', params: { name: row.name } });
      return { survey, sheetRows: outRows };
    }
    const list = lists.find((candidate) => candidate.name === row.listName);
    if (!list) {
      problems.push({ row: row.row, code: 'xlsform-loop-no-list', params: { list: row.listName ?? '' } });
      i = end;
      continue;
    }
    const inner = expandLoops(rows.slice(i + 1, end), sheetRows.slice(i + 1, end), lists, problems);
    survey.push({ type: 'begin_group', name: row.name, ...(row.label ? { label: row.label } : {}) });
    outRows.push(row.row);
    for (const choice of list.choices) {
      survey.push({ type: 'begin_group', name: choice.name, label: { ...choice.label } });
      outRows.push(row.row);
      inner.survey.forEach((innerRow, k) => {
        survey.push(copyFor(innerRow, choice));
        outRows.push(inner.sheetRows[k]);
      });
      survey.push({ type: 'end_group', name: '' });
      outRows.push(sheetRows[end]);
    }
    survey.push({ type: 'end_group', name: '' });
    outRows.push(sheetRows[end]);
    i = end;
  }
  return { survey, sheetRows: outRows };
}
