/** Responses as the interviewer reviews them: a filtered, paged list and one response labeled. */
import type { FormDefinition, SurveyNode, SurveyRow } from '../form';
import {
  choiceLabel,
  interviewPhrase,
  isSelect,
  labelIn,
  messageLanguage,
  otherFieldName,
  parseAnswerPath,
  parseRepeat,
  selectedNames,
  surveyTree,
} from '../form';
import type { ResponseItem, ResponseListArgs, ResponsePage, ResponseView } from './response-types';
import { codedError } from '../common/errors';
import type { Db } from '../store/database';
import { decodeAnswers } from '../store/answer-codec';
import { formTitles, latestFormVersion, listForms } from '../store/forms';
import {
  countResponseRows,
  getInterviewRecord,
  listResponseRows,
  responseInterviewers,
  versionFieldLists,
  type ResponseListFilter,
} from '../store/interviews';
import { compiledVersion } from './compiled';
import { summaryOf } from './interview';

/** The question the list shows and filters by as "region". */
export const REGION_FIELD = 'region';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;

export function listResponses(db: Db, args: ResponseListArgs): ResponsePage {
  const offset = wholeNumber(args.offset ?? 0, 'offset', 0);
  const limit = wholeNumber(args.limit ?? DEFAULT_PAGE, 'limit', 1);
  if (limit > MAX_PAGE) throw codedError('bad-input', 'responses-page-too-large', { max: MAX_PAGE, given: limit });
  if (args.status !== undefined && args.status !== 'draft' && args.status !== 'final') {
    throw codedError('bad-input', 'responses-status-invalid', { given: String(args.status) });
  }
  const regionPositions = fieldPositions(db, REGION_FIELD, args.formId);
  const filter: ResponseListFilter = {
    formId: args.formId,
    status: args.status,
    interviewer: args.interviewer,
    startedFrom: args.startedFrom,
    startedBefore: args.startedBefore,
    overQuota: args.overQuota,
    ...(args.region ? { answer: { positions: regionPositions, value: args.region } } : {}),
  };
  const counts = countResponseRows(db, filter);
  const forms = new Map<number, FormDefinition>();
  const formOf = (versionId: number): FormDefinition => {
    let form = forms.get(versionId);
    if (!form) forms.set(versionId, (form = compiledVersion(db, versionId).form));
    return form;
  };
  const titles = formTitles(db, args.formId);
  const rows = listResponseRows(db, filter, { offset, limit, show: regionPositions }).map((row) => {
    const form = formOf(row.formVersionId);
    const language = labelLanguage(form, args.language, row.language);
    const region = form.survey.find((r) => r.name === REGION_FIELD);
    return {
      ...summaryOf({ ...row, fields: [], answerValues: '' }, titles.get(row.formId)),
      region: row.shown,
      regionLabel: (row.shown && region && choiceLabel(form, region, row.shown, language)) || row.shown,
      positionLabel: row.position ? positionLabel(form, row.position, language) : '',
      overQuota: row.overQuota === 1,
    };
  });
  return {
    ...counts,
    offset,
    limit,
    rows,
    interviewers: responseInterviewers(db, args.formId),
    regions: regionChoices(regionLabelForms(db, args.formId), args.language),
  };
}

export function viewResponse(db: Db, uuid: string, language?: string): ResponseView {
  const record = getInterviewRecord(db, uuid);
  if (!record) throw codedError('not-found', 'response-not-found', { uuid });
  const form = compiledVersion(db, record.formVersionId).form;
  const labelLanguage = language ?? record.language ?? form.defaultLanguage;
  if (!form.languages.some((l) => l.code === labelLanguage)) {
    throw codedError('bad-input', 'form-language-unknown', {
      formId: form.formId,
      language: labelLanguage,
      languages: form.languages.map((l) => l.code).join(', '),
    });
  }
  const answers = decodeAnswers(record.fields, record.answerValues);
  return {
    ...summaryOf(record, formTitles(db, record.formId).get(record.formId)),
    labelLanguage,
    languages: form.languages,
    answers,
    items: answerItems(form, answers, labelLanguage),
  };
}

/**
 * Every answered field in survey order, labeled; the text of "other, specify" right after its
 * select. A repeat's questions come instance by instance, each under a heading that names the
 * instance ("Household member 2"), with their paths as fields ("member[2].member_age").
 */
export function answerItems(form: FormDefinition, answers: Record<string, string>, language: string): ResponseItem[] {
  const items: ResponseItem[] = [];
  const phrases = messageLanguage(language, form);
  const rows = new Map(form.survey.map((row) => [row.name, row]));
  // Values of the instance being listed, then of the instances around it: what a label's ${name} reads.
  const walk = (nodes: SurveyNode[], values: Record<string, string>, prefix: string, groups: string[], outer: Record<string, string>[]) => {
    const scopes = [values, ...outer];
    const reference = (name: string) => {
      const value = scopes.find((scope) => scope[name] !== undefined)?.[name] ?? '';
      const row = rows.get(name);
      return value && row ? displayOf(form, row, value, language) : value;
    };
    for (const node of nodes) {
      const row = node.row;
      const text = labelIn(form, row.label, language);
      const label = text.includes('${') ? text.replace(/\$\{\s*([^}\s]+)\s*\}/g, (_whole, name: string) => reference(name)) : text;
      if (node.kind === 'group') {
        walk(node.children, values, prefix, label ? [...groups, label] : groups, outer);
        continue;
      }
      const value = values[row.name];
      if (node.kind === 'repeat') {
        const instances = parseRepeat(value ?? '');
        // A value that is no list of instances is shown as stored rather than hidden.
        if (!instances && value) items.push({ field: prefix + row.name, type: row.type, label, groups, value, display: value });
        instances?.forEach((instance, i) => {
          const title = interviewPhrase('repeat-instance-short', phrases, { label: label || row.name, number: i + 1 });
          walk(node.children, instance, `${prefix}${row.name}[${i + 1}].`, [...groups, title], scopes);
        });
        continue;
      }
      if (row.type === 'note') continue;
      if (value !== undefined && value !== '') {
        items.push({ field: prefix + row.name, type: row.type, label, groups, value, display: displayOf(form, row, value, language) });
      }
      const other = row.orOther ? values[otherFieldName(row.name)] : undefined;
      if (other) items.push({ field: prefix + otherFieldName(row.name), type: 'text', label: '', groups, value: other, display: other });
    }
  };
  walk(surveyTree(form), answers, '', [], []);
  return items;
}

/** Where an interview stopped, as the drafts list names it: the question's label, after the instances it is in. */
function positionLabel(form: FormDefinition, position: string, language: string): string {
  const path = parseAnswerPath(position);
  const row = path && form.survey.find((r) => r.name === path.field && r.type !== 'end_group' && r.type !== 'end_repeat');
  if (!path || !row) return '';
  const phrases = messageLanguage(language, form);
  const instances = path.steps.map((step) => {
    const repeat = form.survey.find((r) => r.name === step.repeat && r.type === 'begin_repeat');
    return interviewPhrase('repeat-instance-short', phrases, {
      label: labelIn(form, repeat?.label, language) || step.repeat,
      number: step.index,
    });
  });
  return [...instances, labelIn(form, row.label, language)].filter(Boolean).join(' · ');
}

function displayOf(form: FormDefinition, row: SurveyRow, value: string, language: string): string {
  if (!isSelect(row.type)) return value;
  const names = row.type === 'select_one' ? [value] : selectedNames(value);
  return names.map((name) => choiceLabel(form, row, name, language) || name).join('; ');
}

/** Form version id → position of `field` in its stored answers, for the versions that have it. */
function fieldPositions(db: Db, field: string, formId?: string): Record<number, number> {
  const positions: Record<number, number> = {};
  for (const version of versionFieldLists(db, formId)) {
    const position = version.fields.indexOf(field);
    if (position !== -1) positions[version.id] = position;
  }
  return positions;
}

/** The latest version of the form (or of every form) whose region question labels region codes. */
function regionLabelForms(db: Db, formId?: string): FormDefinition[] {
  const ids = formId ? [formId] : listForms(db).map((form) => form.formId);
  return ids.flatMap((id) => {
    const version = latestFormVersion(db, id);
    if (!version || !version.fields.includes(REGION_FIELD)) return [];
    return [compiledVersion(db, version.id).form];
  });
}

/** The language to label a row in: the one asked for, else the interview's, when the form has it. */
function labelLanguage(form: FormDefinition, asked: string | undefined, interview: string | null): string {
  const has = (code: string | null | undefined): code is string => Boolean(code) && form.languages.some((l) => l.code === code);
  return has(asked) ? asked : has(interview) ? interview : form.defaultLanguage;
}

function regionChoices(forms: FormDefinition[], language?: string): { code: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const form of forms) {
    const row = form.survey.find((r) => r.name === REGION_FIELD);
    if (!row?.listName) continue;
    for (const choice of form.choiceLists.find((list) => list.name === row.listName)?.choices ?? []) {
      if (!seen.has(choice.name)) seen.set(choice.name, labelIn(form, choice.label, language));
    }
  }
  return [...seen].map(([code, label]) => ({ code, label }));
}

function wholeNumber(value: unknown, name: string, minimum: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
    throw codedError('bad-input', 'argument-not-whole-number', { what: name, minimum, given: String(value) });
  }
  return value;
}
