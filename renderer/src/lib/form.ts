/**
 * The parts of the shared form engine the renderer uses, imported module by module: the form
 * package's index also exports the XLSForm reader and writer, whose spreadsheet library the
 * interview screens must not carry.
 */
export type { ChoiceList, Choice, FormDefinition, Language, SurveyRow, Translations } from '../../../src/form/model';
export { isCollectable, isMetadata, isSelect } from '../../../src/form/model';
export { otherFieldName, surveyTree } from '../../../src/form/survey';
export type { GroupNode, QuestionNode, SurveyNode } from '../../../src/form/survey';
export { choiceLabel, OTHER_CHOICE } from '../../../src/form/choices';
export { labelIn, textIn } from '../../../src/form/languages';
export { compileForm } from '../../../src/form/runtime/compile';
export { deviceProperties } from '../../../src/form/expr/evaluate';
export type { CompiledField, CompiledForm } from '../../../src/form/runtime/compile';
export { evaluateFormState } from '../../../src/form/runtime/state';
export {
  answerAt,
  fieldNameOf,
  parseAnswerPath,
  stepsPrefix,
  withAnswerAt,
  withInstanceRemoved,
  withNewInstance,
  withRepeatCounts,
} from '../../../src/form/runtime/instances';
export type { AnswerPath, InstanceStep } from '../../../src/form/runtime/instances';
export { interviewPhrase } from '../../../src/common/messages/form-runtime';
export { messageLanguage } from '../../../src/form/message-language';
export type { FormState } from '../../../src/form/runtime/state';
export { isAnswerError, validateAnswers } from '../../../src/form/runtime/validate';
export type { AnswerProblem } from '../../../src/form/runtime/validate';
export { parseExpression } from '../../../src/form/expr/parser';
export { ExpressionError } from '../../../src/form/expr/errors';
export { referencedFields } from '../../../src/form/expr/references';
export { selectedNames } from '../../../src/form/expr/functions';
export { choiceSearch } from '../../../src/form/choice-search';
export { choiceFileOf } from '../../../src/form/model';
export { hasAppearance, isUnseenRow, tableListGrid } from '../../../src/form/table-list';
export { searchAppearance } from '../../../src/form/attachments';
export { rangeParameters } from '../../../src/form/answer-formats';
export { enclosedArea, parsePoints, pathDistance } from '../../../src/form/expr/geo';
