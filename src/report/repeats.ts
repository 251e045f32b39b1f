/**
 * Repeated sections in the workbook. In the Data sheets a repeat is one column holding its
 * instances as JSON text (one row per response); here each repeat also gets a sheet of its own in
 * long format: one row per instance, keyed by the response's uuid and the instance's number, with
 * a column per question of the section, typed and coded like the Data sheet's. A repeat nested in
 * a repeat stays a JSON column of its parent's sheet.
 */
import { findField, labelIn, parseRepeat, repeatFields } from '../form';
import type { ExportRow } from '../store/export-rows';
import { formOf, type FormVersionRow } from '../store/forms';
import type { ExportSource } from './source';
import { exportLayout, type ExportLayout, type ExportVariable } from './variables';
import type { Words } from '../common/messages/workbook';

export interface RepeatExport {
  repeat: string;
  /** The sheet's name: the repeat's name, unless another sheet has it. */
  sheetName: string;
  /** The repeat's label in the report's language ('' when it has none). */
  label: string;
  /** uuid, the instance number, then the section's variables (option columns of multiple choices included). */
  layout: ExportLayout;
  /** Responses `rows()` reads (instances are counted only as they are written). */
  count: number;
  /** One row per instance of the selected responses, in their order. */
  rows(): Iterable<ExportRow>;
}

/** Excel's longest sheet name. */
const SHEET_NAME_LIMIT = 31;

/**
 * The long-format exports of the form's top-level repeats, in the order of the Data sheet's
 * columns; `sheetsTaken` are the workbook's other sheet names (Excel compares them ignoring case).
 */
export function repeatExports(
  versions: readonly FormVersionRow[],
  source: ExportSource,
  language: string,
  words: Words,
  sheetsTaken: readonly string[],
): RepeatExport[] {
  const definitions = versions.map(formOf);
  const taken = new Set(sheetsTaken.map((name) => name.toLowerCase()));
  return source.layout.fields.flatMap((name, column) => {
    // The versions in which this column is a repeat; the newest of them describes it.
    const having = versions.flatMap((version, v) =>
      version.fields.includes(name) && findField(definitions[v], name)?.type === 'begin_repeat' ? [v] : [],
    );
    if (!having.length) return [];
    const inner = exportLayout(
      having.map((v) => ({ ...versions[v], fields: repeatFields(definitions[v], name) })),
      language,
      words,
    );
    const newest = definitions[having[having.length - 1]];
    const layout = longLayout(inner, words);
    return [
      {
        repeat: name,
        sheetName: freeSheetName(name, taken),
        label: labelIn(newest, findField(newest, name)?.label, language),
        layout,
        count: source.count,
        rows: () => instanceRows(source.rows(), column, inner.fields),
      },
    ];
  });
}

/** The section's own variables after uuid and the instance number; answers are read one column further on. */
function longLayout(inner: ExportLayout, words: Words): ExportLayout {
  const uuid = inner.variables.find((variable) => variable.source.from === 'metadata' && variable.source.key === 'uuid')!;
  const name = inner.fields.includes('instance') ? 'instance_number' : 'instance';
  const instance: ExportVariable = {
    name,
    spssName: name,
    kind: 'integer',
    source: { from: 'answer', field: 0 },
    label: words.repeats.instance,
    typeName: words.types.integer,
    valueLabels: [],
  };
  const answers = inner.variables.flatMap((variable): ExportVariable[] => {
    const source = variable.source;
    if (source.from === 'metadata') return [];
    return [{ ...variable, source: { ...source, field: source.field + 1 } }];
  });
  return { ...inner, fields: [name, ...inner.fields], variables: [uuid, instance, ...answers] };
}

function* instanceRows(responses: Iterable<ExportRow>, column: number, fields: readonly string[]): Generator<ExportRow> {
  for (const response of responses) {
    const instances = parseRepeat(response.values[column]) ?? [];
    for (let i = 0; i < instances.length; i++) {
      const answers = instances[i];
      yield { ...response, values: [String(i + 1), ...fields.map((field) => answers[field] ?? '')] };
    }
  }
}

function freeSheetName(repeat: string, taken: Set<string>): string {
  const base = repeat.replace(/[[\]:*?/\\]/g, '_').slice(0, SHEET_NAME_LIMIT);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, SHEET_NAME_LIMIT - String(n).length - 3)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}
