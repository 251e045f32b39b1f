import type { SurveyRow } from '../model';
import {
  DEVICE_TYPES,
  MARKER_TYPES,
  METADATA_TYPES,
  QUESTION_TYPES,
  choiceFileOf,
  isDeviceType,
  isMarker,
  isMetadata,
  isSelect,
  isSelectFromFile,
} from '../model';
import { findChoiceList } from '../choices';
import { findAttachment } from '../attachments';
import { answerFormatProblem, rangeParameters } from '../answer-formats';
import { isDynamicDefault } from '../row-expressions';
import { enclosingContainers, otherFieldName } from '../survey';
import type { CheckContext } from './context';
import { translatedHeader } from '../languages';

const KNOWN_TYPES = new Set<string>([...QUESTION_TYPES, ...METADATA_TYPES, ...DEVICE_TYPES, ...MARKER_TYPES]);

/** XML element names, which XLSForm names become: a letter or _ first, then letters, digits, _ - . */
const VALID_NAME = /^[\p{L}_][\p{L}\p{N}\p{M}_.-]*$/u;

const isEnd = (row: SurveyRow) => row.type === 'end_group' || row.type === 'end_repeat';

/**
 * The section whose answers a row is stored in: the innermost repeat around it (its begin row's
 * position), or -1 for the form itself. Answers are kept by name within a section, so a name may
 * come back in another repeat (as XLSForm allows: the XForm paths differ) but not within one.
 */
function answerSections(ctx: CheckContext): number[] {
  const enclosing = enclosingContainers(ctx.form);
  return enclosing.map((begins) => {
    const repeats = begins.filter((begin) => ctx.form.survey[begin].type === 'begin_repeat');
    return repeats.length ? repeats[repeats.length - 1] : -1;
  });
}

/** The XForm path of each row's parent (the begin rows around it), as "3/7" of their positions. */
function parentPaths(ctx: CheckContext): string[] {
  return enclosingContainers(ctx.form).map((begins) => begins.join('/'));
}

function checkNames(ctx: CheckContext): void {
  const sections = answerSections(ctx);
  const parents = parentPaths(ctx);
  const firstIndex = new Map<string, number>();
  const claim = (name: string, index: number, generatedBy?: string) => {
    const section = sections[index];
    const key = `${section}\u0000${name}`;
    const earlier = firstIndex.get(key);
    if (earlier === undefined) {
      firstIndex.set(key, index);
      return;
    }
    if (generatedBy) {
      ctx.atSurvey(index, 'name', 'xlsform-other-name-taken', { name, select: generatedBy, earlierRow: ctx.surveyRow(earlier) }, name);
    } else if (parents[earlier] === parents[index]) {
      ctx.atSurvey(index, 'name', 'xlsform-name-taken', { name, earlierRow: ctx.surveyRow(earlier) }, name);
    } else {
      ctx.atSurvey(index, 'name', 'xlsform-duplicate-name-in-section', { name, earlierRow: ctx.surveyRow(earlier) }, name);
    }
  };
  const enclosing = enclosingContainers(ctx.form);
  ctx.form.survey.forEach((row, index) => {
    if (isEnd(row)) return;
    if (!row.name) {
      ctx.atSurvey(index, 'name', 'xlsform-row-no-name', { type: row.type });
      return;
    }
    // A question named as the group or repeat around it: Kelisim follows references and
    // dependencies by name, and the two would be taken for one (pyxform's repeat_child_name_matches_repeat).
    const namesake = enclosing[index].find((begin) => ctx.form.survey[begin].name === row.name);
    if (namesake !== undefined) {
      ctx.atSurvey(index, 'name', 'xlsform-named-as-container', { name: row.name, containerRow: ctx.surveyRow(namesake) }, row.name);
      return;
    }
    if (!VALID_NAME.test(row.name)) {
      ctx.atSurvey(index, 'name', 'xlsform-bad-name', { name: row.name }, row.name);
    }
    if (row.type === 'begin_repeat' && row.name === SURVEY_ROOT) {
      ctx.atSurvey(index, 'name', 'xlsform-repeat-named-data', { name: row.name }, row.name);
    }
    claim(row.name, index);
    if (row.orOther) claim(otherFieldName(row.name), index, row.name);
  });
}

/** The name pyxform gives the survey's root element, which a repeat may not take. */
const SURVEY_ROOT = 'data';

function checkTypes(ctx: CheckContext): void {
  ctx.form.survey.forEach((row, index) => {
    if (!KNOWN_TYPES.has(row.type)) {
      ctx.atSurvey(index, 'type', 'xlsform-type-unknown', { type: row.type }, row.name || undefined);
      return;
    }
    if (!isSelect(row.type) && !isSelectFromFile(row.type)) return;
    if (!row.listName) {
      ctx.atSurvey(index, 'type', 'xlsform-select-needs-list', { type: row.type }, row.name);
      return;
    }
    // Choices from a non-CSV file or external_choices are not on the choices sheet, and are not read.
    if (isSelectFromFile(row.type)) return;
    // select_one_from_file FILE.csv: the file must be attached to the form (kelisim form attach).
    const file = choiceFileOf(row);
    if (file) {
      if (!findAttachment(ctx.form, file)) {
        ctx.atSurvey(index, 'type', 'attachment-missing', { file, field: row.name }, row.name);
      }
      return;
    }
    const list = findChoiceList(ctx.form, row.listName);
    if (!list) {
      ctx.atSurvey(index, 'type', 'xlsform-list-missing', { list: row.listName }, row.name);
    } else if (!list.choices.length) {
      ctx.atSurvey(index, 'type', 'xlsform-list-empty', { list: row.listName }, row.name);
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
      ctx.atSurvey(index, 'type', 'xlsform-end-unopened', { type: row.type, kind });
      return;
    }
    const opened = ctx.form.survey[begin];
    const openedKind = opened.type === 'begin_group' ? 'group' : 'repeat';
    if (openedKind !== kind) {
      ctx.atSurvey(index, 'type', 'xlsform-end-mismatch', {
        type: row.type,
        kind: openedKind,
        name: opened.name,
        row: ctx.surveyRow(begin),
      });
    }
  });
  for (const begin of open) {
    const row = ctx.form.survey[begin];
    const kind = row.type === 'begin_group' ? 'group' : 'repeat';
    ctx.atSurvey(begin, 'type', 'xlsform-never-closed', { kind, name: row.name }, row.name);
  }
}

function hasText(texts: Record<string, string> | undefined): boolean {
  return texts !== undefined && Object.values(texts).some((text) => text.trim() !== '');
}

/** Media columns (image, big-image, audio, video, with or without media:: and a language) count as a label for pyxform. */
const MEDIA_COLUMN = /^(media::?)?(image|big-image|audio|video)(::.*)?$/i;

function hasMedia(row: SurveyRow): boolean {
  return Object.entries(row.extra ?? {}).some(([header, text]) => MEDIA_COLUMN.test(header) && text.trim() !== '');
}

/** pyxform's rule: a row that shows something needs a label, a hint or media; a row whose value is computed does not. */
function needsLabel(row: SurveyRow): boolean {
  if (isMarker(row.type) || isMetadata(row.type) || isDeviceType(row.type)) return false;
  // hidden and start-geopoint are never asked, and pyxform reads email as the device's own (it needs no label for them).
  if (row.type === 'calculate' || row.type === 'hidden' || row.type === 'start-geopoint' || row.type === 'email') return false;
  // A question filled by a calculation (a setvalue target in pyxform's words) is not asked.
  if (row.calculation?.trim()) return false;
  return true;
}

function checkRowContents(ctx: CheckContext): void {
  const defaultLanguage = ctx.form.languages.find((l) => l.code === ctx.form.defaultLanguage) ?? ctx.form.languages[0];
  const labelHeader = translatedHeader('label', defaultLanguage);
  ctx.form.survey.forEach((row, index) => {
    if (isEnd(row) || !KNOWN_TYPES.has(row.type)) return;
    if (needsLabel(row) && !hasText(row.label) && !hasText(row.hint) && !hasMedia(row)) {
      ctx.atSurvey(index, labelHeader, 'xlsform-no-label', { type: row.type, name: row.name }, row.name);
    }
    checkMediaColumns(ctx, row, index);
    if (row.type === 'calculate' && !row.calculation?.trim()) {
      ctx.atSurvey(index, 'calculation', 'xlsform-no-calculation', { name: row.name }, row.name);
    }
    // A choice_filter on a row that is not a select is kept and ignored, as pyxform does.
    if (row.repeatCount !== undefined && row.type !== 'begin_repeat') {
      ctx.atSurvey(index, 'repeat_count', 'xlsform-repeat-count-misplaced', {}, row.name);
    }
    checkLiteralDefault(ctx, row, index);
  });
}

/** As pyxform: big-image only beside an image, and no media type ODK does not know. */
function checkMediaColumns(ctx: CheckContext, row: SurveyRow, index: number): void {
  const media = Object.entries(row.extra ?? {}).filter(([header, text]) =>
    /^media::?/i.test(header) || MEDIA_COLUMN.test(header) ? text.trim() !== '' : false,
  );
  for (const [header] of media) {
    const kind = header
      .replace(/^media::?/i, '')
      .split('::')[0]
      .toLowerCase();
    if (!['image', 'big-image', 'audio', 'video'].includes(kind)) {
      ctx.atSurvey(index, header, 'xlsform-unknown-media', { media: kind }, row.name);
    }
  }
  const kinds = new Set(
    media.map(([header]) =>
      header
        .replace(/^media::?/i, '')
        .split('::')[0]
        .toLowerCase(),
    ),
  );
  if (kinds.has('big-image') && !kinds.has('image')) {
    const header = media.find(([h]) => /big-image/i.test(h))![0];
    ctx.atSurvey(index, header, 'xlsform-big-image-alone', { name: row.name }, row.name);
  }
}

/** A literal default must be an answer the question accepts. */
function checkLiteralDefault(ctx: CheckContext, row: SurveyRow, index: number): void {
  if (row.default === undefined || isDynamicDefault(row.default)) return;
  const value = row.default.trim();
  if (!value) return;
  // pyxform takes any default for a select (ODK Collect then starts with nothing chosen); so does
  // Kelisim: the interview shows only choices of the list, so a stray default selects nothing.
  if (isSelect(row.type) || isSelectFromFile(row.type)) return;
  const problem = answerFormatProblem(row.type, value, row.parameters);
  if (problem) {
    // A range's message reads its start, end and step.
    const values = problem === 'range' ? rangeParameters(row.parameters) : {};
    ctx.atSurvey(index, 'default', 'xlsform-default-format', { ...values, value, type: row.type, format: problem }, row.name);
  }
}

/** Names, types, group/repeat nesting, labels, lists and literal defaults of the survey sheet. */
export function checkSurveyStructure(ctx: CheckContext): void {
  checkNames(ctx);
  checkTypes(ctx);
  checkNesting(ctx);
  checkRowContents(ctx);
}
