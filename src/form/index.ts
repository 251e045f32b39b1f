/**
 * Questionnaires: the form model, XLSForm import/export, the expression language, form checking,
 * and the answer logic (relevance, calculations, validation) shared by interviewing and import.
 * Runs in the renderer too: nothing here imports from Node.
 */
export * from './model';
export {
  countQuestions,
  enclosingContainers,
  fieldPaths,
  findField,
  isStoredRow,
  otherFieldName,
  repeatFields,
  storedFields,
  surveyTree,
} from './survey';
export type { GroupNode, QuestionNode, SurveyNode } from './survey';
export {
  OTHER_CHOICE,
  choiceLabel,
  choicesOf,
  findChoice,
  findChoiceList,
  isCategorical,
  missingCodes,
  numericChoiceValues,
} from './choices';
export { formatLanguage, labelIn, parseLanguage, textIn, translatedHeader } from './languages';
export { isDynamicDefault, rowExpressions } from './row-expressions';
export { lastSavedFields } from './last-saved';
export { choiceSearch, foldForSearch } from './choice-search';
export type { ChoiceSearch } from './choice-search';
export {
  MAX_ATTACHMENT_BYTES,
  attachmentRows,
  fileChoices,
  findAttachment,
  instanceIdOf,
  parseCsvAttachment,
  readCsvAttachment,
  secondaryInstance,
} from './attachments';
export type { InstanceRow, ParsedCsv } from './attachments';
export type { ExpressionColumn, RowExpression } from './row-expressions';
export { buildDependencyGraph } from './dependencies';
export type { Dependency, DependencyGraph, DependencyReason } from './dependencies';
export { hasAppearance, isTableListGroup, isUnseenRow, tableListGrid } from './table-list';
export type { TableListVerdict } from './table-list';
export { checkForm } from './check';
export type { FormLocations } from './check';
export { answerFormatProblem } from './answer-formats';
export type { FormatProblem } from './answer-formats';
export { answerMessage, interviewPhrase } from '../common/messages/form-runtime';
export type { AnswerMessage, InterviewPhrase, MessageLanguage } from '../common/messages/form-runtime';
export { messageLanguage } from './message-language';
export { compileForm } from './runtime/compile';
export type { CompiledField, CompiledForm } from './runtime/compile';
export type { Answers, RunOptions } from './runtime/engine';
export { parseRepeat } from './runtime/engine';
export { defaultAnswers, evaluateFormState, finalAnswers } from './runtime/state';
export {
  answerAt,
  fieldNameOf,
  hasInstance,
  newInstance,
  parseAnswerPath,
  parseInstancePath,
  repeatValue,
  stepsPrefix,
  storedInstances,
  withAnswerAt,
  withInstanceRemoved,
  withInstancesAdded,
  withNewInstance,
  withRepeatCounts,
} from './runtime/instances';
export type { AnswerPath, InstanceStep } from './runtime/instances';
export type { FormState } from './runtime/state';
export { isAnswerError, validateAnswers } from './runtime/validate';
export type { AnswerProblem, AnswerProblemReason } from './runtime/validate';
export { readXlsForm } from './xlsform/read';
export { writeXlsForm } from './xlsform/write';
export * from './expr';
