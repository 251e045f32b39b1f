/**
 * What changed between two versions of a form, as a research lead reviews it before publishing:
 * questions added, removed, moved or changed (wording, logic, structure, analysis marks), choices
 * added, removed or changed per list, languages and settings. Questions and lists are matched by
 * name, the identity their answers are stored under.
 */
import type { Choice, FormDefinition, RowType, SurveyRow, Translations } from '../model';
import { isEndRow, parentOf } from './tree';

/** wording: what people read; logic: when and how it is asked; structure: what kind of answer and where; analysis: scale marks. */
export type ChangeKind = 'wording' | 'logic' | 'structure' | 'analysis' | 'other';

export interface PropertyChange {
  /** The XLSForm column: label, relevant, constraint, type, scale… ("group" for the group a question sits in). */
  property: string;
  kind: ChangeKind;
  /** For translated columns, the language whose text changed. */
  language?: string;
  /** '' when it had none. */
  before: string;
  after: string;
}

export interface RowSummary {
  name: string;
  type: RowType;
  label?: Translations;
}

export interface RowChange extends RowSummary {
  changes: PropertyChange[];
}

export interface ChoiceChange {
  name: string;
  changes: PropertyChange[];
}

export interface ChoiceListChange {
  list: string;
  added: Choice[];
  removed: Choice[];
  changed: ChoiceChange[];
  /** The choices both versions have stand in another order. */
  reordered: boolean;
}

export interface FormDiff {
  /** form_title, form_id, version, default_language and the other settings. */
  settings: PropertyChange[];
  languagesAdded: string[];
  languagesRemoved: string[];
  added: RowSummary[];
  removed: RowSummary[];
  changed: RowChange[];
  /** Rows both versions have whose place among the others changed. */
  moved: string[];
  listsAdded: string[];
  listsRemoved: string[];
  lists: ChoiceListChange[];
}

type RowTextKey = 'label' | 'hint' | 'requiredMessage' | 'constraintMessage';

const TRANSLATED: { key: RowTextKey; property: string }[] = [
  { key: 'label', property: 'label' },
  { key: 'hint', property: 'hint' },
  { key: 'requiredMessage', property: 'required_message' },
  { key: 'constraintMessage', property: 'constraint_message' },
];

const yes = (flag: boolean | undefined) => (flag ? 'yes' : '');

/** The plain columns of a row as the workbook writes them, with the kind of change each is. */
const COLUMNS: { property: string; kind: ChangeKind; value: (row: SurveyRow) => string }[] = [
  {
    property: 'type',
    kind: 'structure',
    value: (row) => [row.type, row.listName, row.orOther ? 'or_other' : ''].filter(Boolean).join(' '),
  },
  { property: 'required', kind: 'logic', value: (row) => row.requiredIf ?? yes(row.required) },
  { property: 'relevant', kind: 'logic', value: (row) => row.relevant ?? '' },
  { property: 'constraint', kind: 'logic', value: (row) => row.constraint ?? '' },
  { property: 'calculation', kind: 'logic', value: (row) => row.calculation ?? '' },
  { property: 'default', kind: 'logic', value: (row) => row.default ?? '' },
  { property: 'choice_filter', kind: 'logic', value: (row) => row.choiceFilter ?? '' },
  { property: 'read_only', kind: 'logic', value: (row) => row.readOnlyIf ?? yes(row.readOnly) },
  { property: 'repeat_count', kind: 'logic', value: (row) => row.repeatCount ?? '' },
  { property: 'appearance', kind: 'structure', value: (row) => row.appearance ?? '' },
  { property: 'parameters', kind: 'structure', value: (row) => row.parameters ?? '' },
  { property: 'scale', kind: 'analysis', value: (row) => row.scale ?? '' },
  { property: 'reverse', kind: 'analysis', value: (row) => yes(row.reverse) },
];

function translationChanges(
  property: string,
  before: Translations | undefined,
  after: Translations | undefined,
  kind: ChangeKind,
): PropertyChange[] {
  const languages = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return languages.flatMap((language) => {
    const was = before?.[language] ?? '';
    const now = after?.[language] ?? '';
    return was === now ? [] : [{ property, kind, language, before: was, after: now }];
  });
}

function recordChanges(before: Record<string, string> | undefined, after: Record<string, string> | undefined): PropertyChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.flatMap((property) => {
    const was = before?.[property] ?? '';
    const now = after?.[property] ?? '';
    return was === now ? [] : [{ property, kind: 'other' as const, before: was, after: now }];
  });
}

interface NamedRow {
  row: SurveyRow;
  /** The name of the group or repeat it sits in ('' at the top level). */
  parent: string;
}

function namedRows(form: FormDefinition): Map<string, NamedRow> {
  const rows = new Map<string, NamedRow>();
  form.survey.forEach((row, index) => {
    if (!row.name || isEndRow(row) || rows.has(row.name)) return;
    const parent = parentOf(form.survey, index);
    rows.set(row.name, { row, parent: parent < 0 ? '' : form.survey[parent].name });
  });
  return rows;
}

function rowChanges(before: NamedRow, after: NamedRow): PropertyChange[] {
  const changes: PropertyChange[] = [];
  for (const column of COLUMNS) {
    const was = column.value(before.row);
    const now = column.value(after.row);
    if (was !== now) changes.push({ property: column.property, kind: column.kind, before: was, after: now });
  }
  for (const { key, property } of TRANSLATED) {
    changes.push(...translationChanges(property, before.row[key], after.row[key], 'wording'));
  }
  if (before.parent !== after.parent) changes.push({ property: 'group', kind: 'structure', before: before.parent, after: after.parent });
  changes.push(...recordChanges(before.row.extra, after.row.extra));
  return changes;
}

const summary = (row: SurveyRow): RowSummary => ({ name: row.name, type: row.type, ...(row.label ? { label: row.label } : {}) });

/** Names not on a longest common subsequence of the two orders: the ones that moved. */
function movedNames(before: string[], after: string[]): string[] {
  const lengths = Array.from({ length: before.length + 1 }, () => new Uint32Array(after.length + 1));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      lengths[i][j] = before[i] === after[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < before.length && j < after.length;) {
    if (before[i] === after[j]) {
      kept.add(before[i]);
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) i++;
    else j++;
  }
  return after.filter((name) => !kept.has(name));
}

function choiceChanges(before: Choice, after: Choice): PropertyChange[] {
  const changes = translationChanges('label', before.label, after.label, 'wording');
  if (Boolean(before.missing) !== Boolean(after.missing)) {
    changes.push({ property: 'missing', kind: 'analysis', before: yes(before.missing), after: yes(after.missing) });
  }
  changes.push(...recordChanges(before.extra, after.extra));
  return changes;
}

function listChange(list: string, before: Choice[], after: Choice[]): ChoiceListChange | undefined {
  const beforeNames = before.map((c) => c.name);
  const afterNames = after.map((c) => c.name);
  const added = after.filter((c) => !beforeNames.includes(c.name));
  const removed = before.filter((c) => !afterNames.includes(c.name));
  const changed = after.flatMap((choice) => {
    const was = before.find((c) => c.name === choice.name);
    const changes = was ? choiceChanges(was, choice) : [];
    return changes.length ? [{ name: choice.name, changes }] : [];
  });
  const common = (names: string[], other: string[]) => names.filter((name) => other.includes(name));
  const reordered = common(beforeNames, afterNames).join('\u0000') !== common(afterNames, beforeNames).join('\u0000');
  if (!added.length && !removed.length && !changed.length && !reordered) return undefined;
  return { list, added, removed, changed, reordered };
}

function settingsChanges(before: FormDefinition, after: FormDefinition): PropertyChange[] {
  const plain = (form: FormDefinition): Record<string, string> => ({
    form_title: form.title,
    form_id: form.formId,
    version: form.version,
    default_language: form.defaultLanguage,
  });
  const changes = recordChanges(plain(before), plain(after)).map((change) => ({ ...change, kind: 'structure' as const }));
  // A language's name is in the workbook's headers (label::Kazakh (kk)).
  const renamed = after.languages.flatMap((language): PropertyChange[] => {
    const was = before.languages.find((l) => l.code === language.code);
    return was && was.name !== language.name
      ? [{ property: 'language', kind: 'structure', language: language.code, before: was.name, after: language.name }]
      : [];
  });
  const titles = recordChanges(before.titles, after.titles).map((change) => ({
    property: 'form_title',
    kind: 'structure' as const,
    language: change.property,
    before: change.before,
    after: change.after,
  }));
  return [...changes, ...titles, ...renamed, ...recordChanges(before.settingsExtra, after.settingsExtra)];
}

/** Everything that differs between `previous` (e.g. the published version) and `next` (the working copy). */
export function diffForms(previous: FormDefinition, next: FormDefinition): FormDiff {
  const before = namedRows(previous);
  const after = namedRows(next);
  const changed: RowChange[] = [];
  for (const [name, now] of after) {
    const was = before.get(name);
    if (!was) continue;
    const changes = rowChanges(was, now);
    if (changes.length) changed.push({ ...summary(now.row), changes });
  }
  const commonBefore = [...before.keys()].filter((name) => after.has(name));
  const commonAfter = [...after.keys()].filter((name) => before.has(name));
  const beforeLists = new Map(previous.choiceLists.map((list) => [list.name, list.choices]));
  const afterLists = new Map(next.choiceLists.map((list) => [list.name, list.choices]));
  const codes = (form: FormDefinition) => form.languages.map((l) => l.code);
  return {
    settings: settingsChanges(previous, next),
    languagesAdded: codes(next).filter((code) => !codes(previous).includes(code)),
    languagesRemoved: codes(previous).filter((code) => !codes(next).includes(code)),
    added: [...after.values()].filter(({ row }) => !before.has(row.name)).map(({ row }) => summary(row)),
    removed: [...before.values()].filter(({ row }) => !after.has(row.name)).map(({ row }) => summary(row)),
    changed,
    moved: movedNames(commonBefore, commonAfter),
    listsAdded: [...afterLists.keys()].filter((name) => !beforeLists.has(name)),
    listsRemoved: [...beforeLists.keys()].filter((name) => !afterLists.has(name)),
    lists: [...afterLists].flatMap(([name, choices]) => {
      const was = beforeLists.get(name);
      const change = was && listChange(name, was, choices);
      return change ? [change] : [];
    }),
  };
}

/** True when the two forms differ in nothing but, perhaps, their version. */
export function isUnchanged(diff: FormDiff): boolean {
  return (
    diff.settings.every((change) => change.property === 'version') &&
    !diff.languagesAdded.length &&
    !diff.languagesRemoved.length &&
    !diff.added.length &&
    !diff.removed.length &&
    !diff.changed.length &&
    !diff.moved.length &&
    !diff.listsAdded.length &&
    !diff.listsRemoved.length &&
    !diff.lists.length
  );
}
