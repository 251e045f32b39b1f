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

export class CheckContext {
  readonly problems: Problem[] = [];
  private readonly choiceRowsByList: Record<string, number[]>;

  constructor(readonly form: FormDefinition, private readonly locations: FormLocations = {}) {
    this.choiceRowsByList = locations.choiceRows ?? defaultChoiceRows(form);
  }

  surveyRow(index: number): number {
    return this.locations.surveyRows?.[index] ?? index + 2;
  }

  choiceRow(listName: string, index: number): number | undefined {
    return this.choiceRowsByList[listName]?.[index];
  }

  /** `words` is a message, or a coded problem's message, code and parameters (see codedProblem). */
  atSurvey(index: number, column: string, words: string | Pick<Problem, 'message' | 'code' | 'params'>, field?: string): void {
    const said = typeof words === 'string' ? { message: words } : words;
    this.push({ sheet: 'survey', row: this.surveyRow(index), column, ...said, ...(field ? { field } : {}) });
  }

  /** A problem worded by a code of the error catalog, so the screens can show it in kk, ru or en. */
  atSurveyCoded(index: number, column: string, code: ErrorCode, params: MessageParams, field?: string): void {
    // Each code's parameter types are checked where the catalog defines them; here they pass through.
    this.push(codedProblem(code as 'xlsform-problems', params as { file: string; count: number },
      { sheet: 'survey', row: this.surveyRow(index), column, ...(field ? { field } : {}) }));
  }

  atChoiceCoded(listName: string, index: number, column: string, code: ErrorCode, params: MessageParams): void {
    const row = this.choiceRow(listName, index);
    this.push(codedProblem(code as 'xlsform-problems', params as { file: string; count: number },
      { sheet: 'choices', ...(row !== undefined ? { row } : {}), column }));
  }

  atChoice(listName: string, index: number, column: string, message: string): void {
    const row = this.choiceRow(listName, index);
    this.push({ sheet: 'choices', ...(row !== undefined ? { row } : {}), column, message });
  }

  atSettings(column: string, message: string): void {
    this.push({ sheet: 'settings', row: 2, column, message });
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

/** " Did you mean ${age}?" when one known name is close to the unknown one, else ''. */
export function suggestion(unknown: string, known: Iterable<string>, format: (name: string) => string): string {
  const best = closestName(unknown, known);
  return best !== undefined ? ` Did you mean ${format(best)}?` : '';
}
