/**
 * Editing a form model in the designer: pure functions from a form to a new form (the one given is
 * never changed), undo history, the difference between versions, and ready-made blocks. No Node:
 * the designer runs these in the renderer, the API in the core.
 */
export {
  childrenOf,
  indexOfName,
  insertionAfter,
  insertionForNew,
  insertionInside,
  isBeginRow,
  isEndRow,
  isGridRow,
  isNodeStart,
  nodeEnd,
  parentOf,
} from './tree';
export { gridProblems } from './grids';
export { MAX_NAME_BYTES, nameProblem, nameShapeProblem, nextSeriesName, renameReferences, takenNames, uniqueName } from './names';
export type { NameProblem } from './names';
export {
  addGroup,
  addQuestion,
  addRepeat,
  deleteNode,
  duplicateNode,
  insertRows,
  referencesInto,
  renameRow,
  setQuestionType,
  setRowText,
  updateRow,
} from './rows';
export type { EditResult, Reference, TranslatedKey } from './rows';
export { moveDown, moveIntoPreviousGroup, moveNodeTo, moveOutOfGroup, moveUp } from './move';
export {
  addChoice,
  addChoiceList,
  choiceNameProblem,
  copyChoiceListFor,
  deleteChoice,
  deleteChoiceList,
  listNameProblem,
  listUsers,
  moveChoice,
  renameChoiceList,
  setChoiceLabel,
  updateChoice,
  useChoiceList,
} from './choices';
export type { ChoiceNameProblem } from './choices';
export { addLanguage, languageFor, removeLanguage, renameLanguage, setDefaultLanguage } from './languages';
export { insertBogardusBlock, insertLikertGroup } from './blocks';
export type { BogardusPeople, LikertOptions } from './blocks';
export { BOGARDUS_PEOPLES } from '../../common/messages/blocks';
export { diffForms, isUnchanged } from './diff';
export type { ChangeKind, ChoiceChange, ChoiceListChange, FormDiff, PropertyChange, RowChange, RowSummary } from './diff';
export { EditHistory } from './history';
export { nextVersion } from './version';
export { emptyForm, formIdProblem, suggestFormId } from './new-form';
export { problemTarget } from './problems';
export { inspectExpression } from './expressions';
export { askedRegardless, previewableForm } from './preview';
export type { ForcedQuestion, PreviewableForm } from './preview';
export type { ExpressionInspection, ExpressionReference, ReferenceStatus } from './expressions';
export type { ProblemTarget } from './problems';
