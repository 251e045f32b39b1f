/**
 * How a form is laid out for interviewing: which questions share a screen.
 *
 * - By default one question per screen, as ODK Collect does, with the labels of the plain groups
 *   it sits in shown above it.
 * - A group with appearance `field-list` is one screen (nested groups inside it become headings).
 * - A group with appearance `table-list` is one screen holding a grid: one row per select_one item,
 *   one column per choice of the list they share (a Likert matrix). Items on different lists fall
 *   back to the field-list layout.
 * - The whole form is one page when the settings sheet has a `style` without `pages` (an Enketo
 *   theme such as `theme-grid`: Enketo shows such forms on one page and pages only with `pages`).
 *   A form wholly inside one top-level field-list group is one page too, by the rule above, which
 *   ODK Collect follows as well.
 * - A text question placed right after a select and asked only depending on it ("other, specify")
 *   is shown under that select on the same screen, as is the NAME_other text of `or_other`.
 * - Calculations and metadata are never shown.
 * - A repeat is one screen (or one part of a field-list screen or of the single page) showing its
 *   instances one after another, each laid out like a field-list with its own heading ("Member 2
 *   of 3"); the instances come from the answers, so a screen's fields inside repeats are found per
 *   response with `itemFields`.
 */
import type { FormDefinition, GroupNode, SurveyNode, SurveyRow } from '../form';
import {
  hasAppearance,
  isSelect,
  isUnseenRow,
  otherFieldName,
  parseExpression,
  referencedFields,
  surveyTree,
  tableListGrid,
} from '../form';

export interface QuestionItem {
  kind: 'question';
  name: string;
  row: SurveyRow;
  /** Text questions shown under this select when they apply ("other, specify"). */
  specify: string[];
}

export interface NoteItem {
  kind: 'note';
  name: string;
  row: SurveyRow;
}

/** A table-list group: select_one items on one shared list, as rows of a grid. */
export interface TableItem {
  kind: 'table';
  name: string;
  row: SurveyRow;
  listName: string;
  rows: SurveyRow[];
}

/** The label of a group nested in a screen. */
export interface HeadingItem {
  kind: 'heading';
  name: string;
  row: SurveyRow;
  depth: number;
}

/** A repeated section: its instances one after another, each showing `items`. */
export interface RepeatItem {
  kind: 'repeat';
  name: string;
  row: SurveyRow;
  /** What one instance shows: its questions, notes, grids, headings and repeats nested in it. */
  items: ScreenItem[];
  /** The form sets the number of instances (repeat_count): the interviewer adds and removes none. */
  counted: boolean;
}

export type ScreenItem = QuestionItem | NoteItem | TableItem | HeadingItem | RepeatItem;

export interface Screen {
  /** The question or group this screen shows. */
  id: string;
  /** Names of the plain groups around it, outermost first, shown as a trail above the question. */
  trail: string[];
  items: ScreenItem[];
  /**
   * Every field answered on this screen outside repeats, in order (table rows and "specify" texts
   * included); the fields inside a repeat are its instances', listed by `itemFields`.
   */
  fields: string[];
  /** The screen shows a repeat (its fields depend on the instances). */
  hasRepeat: boolean;
}

export interface InterviewLayout {
  screens: Screen[];
  singlePage: boolean;
  /** The screen showing each question, note, group or table row, by name. */
  screenOf: Map<string, number>;
}

/** Whether the form asks to be shown whole on one page (see the file comment). */
export function wantsSinglePage(form: FormDefinition): boolean {
  const style = form.settingsExtra?.style?.trim().toLowerCase();
  return Boolean(style) && !style!.split(/\s+/).includes('pages');
}

/** Whether a text question specifies the select before it: its relevance reads only that select. */
function specifies(node: SurveyNode, select: SurveyNode | undefined): boolean {
  if (node.kind !== 'question' || node.row.type !== 'text' || !node.row.relevant) return false;
  if (!select || select.kind !== 'question' || !isSelect(select.row.type) || isUnseenRow(select.row)) return false;
  try {
    const references = referencedFields(parseExpression(node.row.relevant));
    return references.length === 1 && references[0] === select.row.name;
  } catch {
    return false;
  }
}

/** Sibling nodes with each "specify" text folded into the select it follows. */
function withSpecify(nodes: SurveyNode[]): { node: SurveyNode; specify: string[] }[] {
  const units: { node: SurveyNode; specify: string[] }[] = [];
  for (const node of nodes) {
    const last = units[units.length - 1];
    if (last && specifies(node, last.node)) last.specify.push(node.row.name);
    else units.push({ node, specify: node.kind === 'question' && node.row.orOther ? [otherFieldName(node.row.name)] : [] });
  }
  return units;
}

/** The item a visible question or note node shows as, or undefined for a hidden row. */
function leafItem(node: SurveyNode, specify: string[]): QuestionItem | NoteItem | undefined {
  if (node.kind !== 'question' || isUnseenRow(node.row)) return undefined;
  if (node.row.type === 'note') return { kind: 'note', name: node.row.name, row: node.row };
  return { kind: 'question', name: node.row.name, row: node.row, specify };
}

/** Visible nodes as items, nested groups as headings and table-lists as grids. */
function itemsOf(nodes: SurveyNode[], depth: number): ScreenItem[] {
  return withSpecify(nodes).flatMap(({ node, specify }): ScreenItem[] => {
    if (node.kind !== 'question') return groupItems(node, depth);
    const item = leafItem(node, specify);
    return item ? [item] : [];
  });
}

function groupItems(group: GroupNode, depth: number): ScreenItem[] {
  if (group.kind === 'repeat') {
    const counted = Boolean(group.row.repeatCount?.trim());
    return [{ kind: 'repeat', name: group.row.name, row: group.row, items: itemsOf(group.children, depth + 1), counted }];
  }
  const table = tableOf(group);
  if (table) return [table];
  const inner = itemsOf(group.children, depth + 1);
  if (!inner.length) return [];
  return group.row.label ? [{ kind: 'heading', name: group.row.name, row: group.row, depth }, ...inner] : inner;
}

/** A table-list group as a grid, when its rows make one (`tableListGrid`: select_one items on the same list). */
function tableOf(group: GroupNode): TableItem | undefined {
  if (!hasAppearance(group.row, 'table-list')) return undefined;
  const verdict = tableListGrid(group.children, (node) => node.row);
  if (!verdict.grid) return undefined;
  return { kind: 'table', name: group.row.name, row: group.row, listName: verdict.listName, rows: verdict.rows.map((node) => node.row) };
}

function fieldsOf(items: ScreenItem[]): string[] {
  return items.flatMap((item) => {
    if (item.kind === 'question') return [item.name, ...item.specify];
    if (item.kind === 'table') return item.rows.map((row) => row.name);
    return [];
  });
}

function namesOf(item: ScreenItem): string[] {
  if (item.kind === 'question') return [item.name, ...item.specify];
  if (item.kind === 'table') return [item.name, ...item.rows.map((row) => row.name)];
  if (item.kind === 'repeat') return [item.name, ...item.items.flatMap(namesOf)];
  return [item.name];
}

/**
 * The paths of the fields `items` show inside `scope` ('' at the top, "member[2]." in an
 * instance), each repeat's instances one after another: `instances` tells how many a repeat (by
 * path) has.
 */
export function itemFields(items: readonly ScreenItem[], scope: string, instances: (repeatPath: string) => number): string[] {
  return items.flatMap((item) => {
    if (item.kind !== 'repeat') return fieldsOf([item]).map((name) => scope + name);
    const path = scope + item.name;
    return Array.from({ length: instances(path) }, (_, i) => itemFields(item.items, `${path}[${i + 1}].`, instances)).flat();
  });
}

export function layoutInterview(form: FormDefinition): InterviewLayout {
  const screens: Screen[] = [];
  const screenOf = new Map<string, number>();
  const add = (shown: Omit<Screen, 'hasRepeat'>, extraNames: string[] = []) => {
    const screen = { ...shown, hasRepeat: shown.items.some((item) => item.kind === 'repeat') };
    const index = screens.push(screen) - 1;
    for (const name of [...extraNames, ...screen.items.flatMap(namesOf)]) if (!screenOf.has(name)) screenOf.set(name, index);
  };
  const tree = surveyTree(form);
  const singlePage = wantsSinglePage(form);
  if (singlePage) {
    const items = itemsOf(tree, 0);
    if (items.length) add({ id: items[0].name, trail: [], items, fields: fieldsOf(items) });
    return { screens, singlePage, screenOf };
  }

  const walk = (nodes: SurveyNode[], trail: string[]) => {
    for (const { node, specify } of withSpecify(nodes)) {
      if (node.kind === 'question') {
        const item = leafItem(node, specify);
        if (item) add({ id: item.name, trail, items: [item], fields: fieldsOf([item]) });
        continue;
      }
      const onOneScreen = node.kind === 'repeat' || hasAppearance(node.row, 'field-list') || hasAppearance(node.row, 'table-list');
      if (onOneScreen) {
        // The group's own label is the screen's title, not a heading inside it.
        const items = groupItems(node, 0).filter((item) => !(item.kind === 'heading' && item.name === node.row.name));
        if (items.length) add({ id: node.row.name, trail, items, fields: fieldsOf(items) }, [node.row.name]);
        continue;
      }
      const first = screens.length;
      walk(node.children, [...trail, node.row.name]);
      if (screens.length > first && !screenOf.has(node.row.name)) screenOf.set(node.row.name, first);
    }
  };
  walk(tree, []);
  return { screens, singlePage, screenOf };
}
