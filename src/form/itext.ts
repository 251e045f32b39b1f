/**
 * jr:itext(id): the text of an itext id in the current language, as ODK reads the <itext> block
 * pyxform writes from an XLSForm. pyxform names a question's texts by its XForm path and the
 * text's form (`/data/group/q:label`, `/data/group/q:hint`) and a choice by its list and 0-based
 * position (`regions-0`, the `itextId` column of the list's secondary instance); older pyxform
 * wrote a choice of a select as `/data/q/choice:label`. The form's root element (`data`, the
 * form id) is not checked: the path below it is.
 */
import type { Choice, FormDefinition, SurveyRow } from './model';
import { labelIn } from './languages';
import { choicesOf } from './choices';

export type ItextTarget = { kind: 'question'; row: SurveyRow; part: 'label' | 'hint' } | { kind: 'choice'; choice: Choice };

/** Each named row with the names of the groups and repeats around it, outermost first (as the workbook writes them). */
function rowsWithPaths(form: FormDefinition): { row: SurveyRow; path: string[] }[] {
  const open: string[] = [];
  const rows: { row: SurveyRow; path: string[] }[] = [];
  for (const row of form.survey) {
    if (row.type === 'end_group' || row.type === 'end_repeat') {
      open.pop();
      continue;
    }
    const name = row.sourceName ?? row.name;
    if (name) rows.push({ row, path: [...open, name] });
    if (row.type === 'begin_group' || row.type === 'begin_repeat') open.push(name);
  }
  return rows;
}

/** The row a path below the root names (`group/q` or just `q`), when exactly one row fits. */
function rowAt(form: FormDefinition, steps: string[]): SurveyRow | undefined {
  if (!steps.length) return undefined;
  const last = steps[steps.length - 1];
  const candidates = rowsWithPaths(form).filter(({ row, path }) => path[path.length - 1] === last || row.name === last);
  if (candidates.length <= 1) return candidates[0]?.row;
  const exact = candidates.filter(({ path }) => path.join('/') === steps.join('/'));
  return exact.length === 1 ? exact[0].row : undefined;
}

const PART = /^(.*):(label|hint)$/;

/** What an itext id names in this form; undefined when it names nothing. */
export function itextTarget(form: FormDefinition, id: string): ItextTarget | undefined {
  const text = id.trim();
  const part = PART.exec(text);
  if (part) {
    const steps = part[1].split('/').filter(Boolean);
    // An absolute path starts at the form's root element, whose name pyxform takes from the settings.
    const below = part[1].startsWith('/') ? steps.slice(1) : steps;
    const row = rowAt(form, below);
    if (row) return { kind: 'question', row, part: part[2] as 'label' | 'hint' };
    if (part[2] === 'label' && below.length >= 2) {
      const select = rowAt(form, below.slice(0, -1));
      const choice = select ? choicesOf(form, select).find((c) => c.name === below[below.length - 1]) : undefined;
      if (choice) return { kind: 'choice', choice };
    }
    return undefined;
  }
  const choice = /^(.+)-(\d+)$/.exec(text);
  if (!choice) return undefined;
  const list = form.choiceLists.find((l) => l.name === choice[1]);
  const found = list?.choices[Number(choice[2])];
  return found ? { kind: 'choice', choice: found } : undefined;
}

/** jr:itext(id) in `language` (the form's default when absent); '' when the id names nothing. */
export function itextIn(form: FormDefinition | undefined, id: string, language?: string): string {
  if (!form) return '';
  const target = itextTarget(form, id);
  if (!target) return '';
  if (target.kind === 'choice') return labelIn(form, target.choice.label, language);
  return labelIn(form, target.part === 'label' ? target.row.label : target.row.hint, language);
}
