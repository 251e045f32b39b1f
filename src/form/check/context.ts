import type { Problem } from '../../common/errors';
import { codedProblem } from '../../common/errors';
import type { ErrorCode } from '../../common/messages/errors';
import type { MessageParams } from '../../common/messages/catalog';
import type { FormDefinition } from '../model';

/**
 * Where the parts of a form sit in its workbook. Without it, rows are those of the workbook
 * `writeXlsForm` would write (survey row i at i + 2, choices in list order after the header).
 */
export interface FormLocations {
  file?: string;
  /** Worksheet row of each `form.survey` entry. */
  surveyRows?: number[];
  /** Worksheet row of each choice, per list name, in list order. */
  choiceRows?: Record<string, number[]>;
}

/**
 * Every code a form check can give a problem: the designer, the CLI and the workbook say each in kk/ru/en from the
 * error catalog, and a test makes every one of them happen. A check cannot report anything else.
 */
export const FORM_CHECK_CODES = [
  // Names, types, nesting, labels, media and defaults of the survey sheet (structure.ts).
  'xlsform-name-taken',
  'xlsform-other-name-taken',
  'xlsform-duplicate-name-in-section',
  'xlsform-row-no-name',
  'xlsform-named-as-container',
  'xlsform-bad-name',
  'xlsform-repeat-named-data',
  'xlsform-type-unknown',
  'xlsform-select-needs-list',
  'attachment-missing',
  'xlsform-list-missing',
  'xlsform-list-empty',
  'xlsform-end-unopened',
  'xlsform-end-mismatch',
  'xlsform-never-closed',
  'xlsform-no-label',
  'xlsform-unknown-media',
  'xlsform-big-image-alone',
  'xlsform-no-calculation',
  'xlsform-repeat-count-misplaced',
  'xlsform-default-format',
  // Expressions (expressions.ts): the parser's reasons come inside expression-unreadable.
  'expression-unreadable',
  'expression-too-deep',
  'xlsform-ambiguous-reference',
  'expression-unknown-reference',
  'expression-bare-name',
  'expression-choice-name-quotes',
  'expression-choice-name-not-select',
  'regex-invalid',
  'regex-needs-backtracking',
  'form-circular-reference',
  'xlsform-trigger-unknown',
  'xlsform-itext-unknown',
  // Choices and settings (choices.ts).
  'xlsform-choice-no-name',
  'xlsform-duplicate-choice',
  'xlsform-no-form-id',
  'xlsform-default-language-unknown',
  'xlsform-unnamed-label-not-default',
] as const satisfies readonly ErrorCode[];

export type FormCheckCode = (typeof FORM_CHECK_CODES)[number];

/** A check's problem: its English words from the catalog, its code and parameters for the other languages. */
function coded(code: FormCheckCode, params: MessageParams, where: Omit<Problem, 'message' | 'code' | 'params'>): Problem {
  // Each code's parameter types are checked where the catalog defines them; here they pass through.
  return codedProblem(code as 'xlsform-problems', params as { file: string; count: number }, where);
}

export class CheckContext {
  readonly problems: Problem[] = [];
  private readonly choiceRowsByList: Record<string, number[]>;

  constructor(
    readonly form: FormDefinition,
    private readonly locations: FormLocations = {},
  ) {
    this.choiceRowsByList = locations.choiceRows ?? defaultChoiceRows(form);
  }

  surveyRow(index: number): number {
    return this.locations.surveyRows?.[index] ?? index + 2;
  }

  choiceRow(listName: string, index: number): number | undefined {
    return this.choiceRowsByList[listName]?.[index];
  }

  atSurvey(index: number, column: string, code: FormCheckCode, params: MessageParams, field?: string): void {
    this.push(coded(code, params, { sheet: 'survey', row: this.surveyRow(index), column, ...(field ? { field } : {}) }));
  }

  atChoice(listName: string, index: number, column: string, code: FormCheckCode, params: MessageParams): void {
    const row = this.choiceRow(listName, index);
    this.push(coded(code, params, { sheet: 'choices', ...(row !== undefined ? { row } : {}), column }));
  }

  atSettings(column: string, code: FormCheckCode, params: MessageParams = {}): void {
    this.push(coded(code, params, { sheet: 'settings', row: 2, column }));
  }

  private push(problem: Problem): void {
    this.problems.push(this.locations.file ? { file: this.locations.file, ...problem } : problem);
  }
}

export function defaultChoiceRows(form: FormDefinition): Record<string, number[]> {
  const rows: Record<string, number[]> = {};
  let next = 2;
  for (const list of form.choiceLists) rows[list.name] = list.choices.map(() => next++);
  return rows;
}

/** Edit distance, to suggest the name a misspelt reference probably meant. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The known name closest to a misspelt one, when one is close enough to be what was meant. */
export function closestName(unknown: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const distance = editDistance(unknown.toLowerCase(), name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  const close = best !== undefined && bestDistance <= Math.max(1, Math.min(2, Math.floor(unknown.length / 3)));
  return close ? best : undefined;
}
