/**
 * Question names as the designer accepts them: names that XLSForm tools (an XML element name) and
 * SPSS/PSPP (a variable name) both take unchanged, so the variable a lead names in the designer is
 * the variable the analyst finds in the export. SPSS rules (IBM SPSS Statistics "Variable names",
 * PSPP manual "Tokens"): a letter first; letters, digits, `.` and `_`; not ending in `.`; at most 64
 * bytes; not a reserved keyword; unique without regard to case.
 */
import type { FormDefinition, SurveyRow } from '../model';
import { otherFieldName } from '../survey';
import { isEndRow } from './tree';

const RESERVED = new Set(['ALL', 'AND', 'BY', 'EQ', 'GE', 'GT', 'LE', 'LT', 'NE', 'NOT', 'OR', 'TO', 'WITH']);
export const MAX_NAME_BYTES = 64;
const ALLOWED_CHARACTER = /[\p{L}\p{Nd}_.]/u;

export type NameProblem =
  | { code: 'empty' }
  | { code: 'first-character' }
  | { code: 'characters'; characters: string }
  | { code: 'trailing-period' }
  | { code: 'too-long'; bytes: number }
  | { code: 'reserved' }
  /** Another question, group or repeat (`by`: its row) or the "other" text of an or_other select already has it. */
  | { code: 'taken'; by: number };

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** What is wrong with `name` as a variable name, ignoring the other names of the form. */
export function nameShapeProblem(name: string): NameProblem | undefined {
  if (!name) return { code: 'empty' };
  if (!/^\p{L}/u.test(name)) return { code: 'first-character' };
  const wrong = [...new Set([...name].filter((character) => !ALLOWED_CHARACTER.test(character)))];
  if (wrong.length) return { code: 'characters', characters: wrong.join('') };
  if (name.endsWith('.')) return { code: 'trailing-period' };
  const bytes = byteLength(name);
  if (bytes > MAX_NAME_BYTES) return { code: 'too-long', bytes };
  if (RESERVED.has(name.toUpperCase())) return { code: 'reserved' };
  return undefined;
}

/** Every name the form's answers are stored under, with the row that claims it (NAME_other included). */
function claimedNames(form: FormDefinition): Map<string, number> {
  const claimed = new Map<string, number>();
  form.survey.forEach((row, index) => {
    if (!row.name || isEndRow(row)) return;
    claimed.set(row.name.toUpperCase(), index);
    if (row.orOther) claimed.set(otherFieldName(row.name).toUpperCase(), index);
  });
  return claimed;
}

/** What is wrong with giving the row at `index` the name `name`; undefined when it may have it. */
export function nameProblem(form: FormDefinition, name: string, index: number): NameProblem | undefined {
  const shape = nameShapeProblem(name);
  if (shape) return shape;
  const claimed = claimedNames(form);
  const by = claimed.get(name.toUpperCase());
  if (by !== undefined && by !== index) return { code: 'taken', by };
  const row = form.survey[index];
  if (row?.orOther) {
    const otherBy = claimed.get(otherFieldName(name).toUpperCase());
    if (otherBy !== undefined && otherBy !== index) return { code: 'taken', by: otherBy };
  }
  return undefined;
}

/** `base` when free, else base_2, base_3… (case-insensitively, as SPSS compares names). */
export function uniqueName(base: string, taken: ReadonlySet<string>): string {
  const upper = new Set([...taken].map((name) => name.toUpperCase()));
  if (!upper.has(base.toUpperCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!upper.has(candidate.toUpperCase())) return candidate;
  }
}

/** The next free name of the series prefix1, prefix2… (q1, q2…), after the highest one in use. */
export function nextSeriesName(prefix: string, taken: ReadonlySet<string>): string {
  const series = new RegExp(`^${prefix}(\\d+)$`, 'i');
  let highest = 0;
  for (const name of taken) {
    const match = series.exec(name);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return uniqueName(`${prefix}${highest + 1}`, taken);
}

/** The names of the form's rows (and NAME_other fields), for `uniqueName`. */
export function takenNames(form: FormDefinition): Set<string> {
  const names = new Set<string>();
  for (const row of form.survey) {
    if (!row.name || isEndRow(row)) continue;
    names.add(row.name);
    if (row.orOther) names.add(otherFieldName(row.name));
  }
  return names;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text with every `${old}` reference (spaces inside the braces allowed) pointing at the new names instead. */
export function renameReferences(text: string, renames: ReadonlyMap<string, string>): string {
  if (!text.includes('${') || !renames.size) return text;
  const names = [...renames.keys()].map(escapeRegExp).join('|');
  return text.replace(new RegExp(`\\$\\{\\s*(${names})\\s*\\}`, 'g'), (_whole, name: string) => `\${${renames.get(name)}}`);
}

const EXPRESSION_KEYS = [
  'relevant',
  'constraint',
  'calculation',
  'requiredIf',
  'readOnlyIf',
  'choiceFilter',
  'default',
  'repeatCount',
] as const;
const TEXT_KEYS = ['label', 'hint', 'requiredMessage', 'constraintMessage'] as const;

/**
 * A row whose expressions and texts (labels show answers as `${name}`) refer to the new names; the
 * same object when nothing referred to a renamed field.
 */
export function withRenamedReferences(row: SurveyRow, renames: ReadonlyMap<string, string>): SurveyRow {
  let changed: SurveyRow | undefined;
  const edit = () => (changed ??= { ...row });
  for (const key of EXPRESSION_KEYS) {
    const text = row[key];
    if (text === undefined) continue;
    const renamed = renameReferences(text, renames);
    if (renamed !== text) edit()[key] = renamed;
  }
  for (const key of TEXT_KEYS) {
    const texts = row[key];
    if (!texts) continue;
    const renamedTexts = Object.fromEntries(Object.entries(texts).map(([language, text]) => [language, renameReferences(text, renames)]));
    if (Object.keys(texts).some((language) => texts[language] !== renamedTexts[language])) edit()[key] = renamedTexts;
  }
  return changed ?? row;
}

/** The renames that follow from renaming one row: the row itself and, for or_other, its "other" text. */
export function renamesFor(row: SurveyRow, newName: string): Map<string, string> {
  const renames = new Map([[row.name, newName]]);
  if (row.orOther) renames.set(otherFieldName(row.name), otherFieldName(newName));
  return renames;
}
