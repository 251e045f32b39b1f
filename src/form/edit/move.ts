/**
 * Reordering: a node moves whole (a group with everything inside), by drag to any place or by
 * keyboard one step at a time, like an outliner: up/down past a sibling, out of a group at its
 * edge, into the group just above.
 */
import type { FormDefinition } from '../model';
import type { EditResult } from './rows';
import { withSurvey } from './rows';
import { childrenOf, isBeginRow, nodeEnd, parentOf } from './tree';

/**
 * Moves the node at `index` so that it comes before the row now at `to` (0…survey.length, as
 * positions are before the move). A place inside the node itself is refused: the same form comes back.
 */
export function moveNodeTo(form: FormDefinition, index: number, to: number): EditResult {
  const end = nodeEnd(form.survey, index);
  if (to >= index && to <= end + 1) return { form, index };
  const span = form.survey.slice(index, end + 1);
  const rest = [...form.survey.slice(0, index), ...form.survey.slice(end + 1)];
  const at = to > end ? to - span.length : to;
  return { form: withSurvey(form, [...rest.slice(0, at), ...span, ...rest.slice(at)]), index: at };
}

/** Up past the previous sibling; the first in a group moves out, before the group. */
export function moveUp(form: FormDefinition, index: number): EditResult {
  const parent = parentOf(form.survey, index);
  const siblings = childrenOf(form.survey, parent);
  const previous = siblings[siblings.indexOf(index) - 1];
  if (previous !== undefined) return moveNodeTo(form, index, previous);
  if (parent >= 0) return moveNodeTo(form, index, parent);
  return { form, index };
}

/** Down past the next sibling; the last in a group moves out, after the group. */
export function moveDown(form: FormDefinition, index: number): EditResult {
  const parent = parentOf(form.survey, index);
  const siblings = childrenOf(form.survey, parent);
  const next = siblings[siblings.indexOf(index) + 1];
  if (next !== undefined) return moveNodeTo(form, index, nodeEnd(form.survey, next) + 1);
  if (parent >= 0) return moveNodeTo(form, index, nodeEnd(form.survey, parent) + 1);
  return { form, index };
}

/** Into the group just above it, as that group's last item; the same form when the node above is not a group. */
export function moveIntoPreviousGroup(form: FormDefinition, index: number): EditResult {
  const siblings = childrenOf(form.survey, parentOf(form.survey, index));
  const previous = siblings[siblings.indexOf(index) - 1];
  if (previous === undefined || !isBeginRow(form.survey[previous])) return { form, index };
  return moveNodeTo(form, index, nodeEnd(form.survey, previous));
}

/** Out of its group, right after it; the same form at the top level. */
export function moveOutOfGroup(form: FormDefinition, index: number): EditResult {
  const parent = parentOf(form.survey, index);
  if (parent < 0) return { form, index };
  return moveNodeTo(form, index, nodeEnd(form.survey, parent) + 1);
}
