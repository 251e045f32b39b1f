/**
 * One form open in the designer: the working copy, the question selected, undo/redo, and the
 * autosave that keeps the working copy in the database a moment after every change, so a reload,
 * a crash or closing the laptop loses nothing.
 */
import type { DesignerDraft } from '../../../../src/api/spec';
import type { Problem } from '../../../../src/common/errors';
import type { FormDefinition, QuestionType, SurveyRow } from '../../../../src/form/model';
import { checkForm } from '../../../../src/form/check';
import {
  addGroup,
  addQuestion,
  addRepeat,
  deleteNode,
  diffForms,
  duplicateNode,
  EditHistory,
  gridProblems,
  indexOfName,
  insertionForNew,
  isUnchanged,
  nextVersion,
  type EditResult,
} from '../../../../src/form/edit';
import { call } from '../api';
import { SaveQueue } from '../interview/save-queue.svelte';

interface Snapshot {
  form: FormDefinition;
  /** The question or group selected (null: the form's settings). */
  selected: string | null;
}

interface DraftChange {
  form: FormDefinition;
}

/** How long typing may pause before the working copy is saved. */
const SAVE_PAUSE_MS = 350;
/** Browsers drop keepalive requests above 64 KiB. */
const KEEPALIVE_LIMIT = 60_000;

export class DesignerSession {
  /** The key the working copy is stored under (a form never published may change its form_id). */
  formId = $state('');
  form: FormDefinition = $state.raw(null!);
  selected = $state<string | null>(null);
  published = $state.raw<DesignerDraft['published']>(null);
  versions = $state.raw<string[]>([]);
  draftSavedAt = $state<number | null>(null);
  canUndo = $state(false);
  canRedo = $state(false);
  /** Groups folded in the outline, by name. */
  collapsed = $state.raw<ReadonlySet<string>>(new Set());
  /** Edits not yet handed to the saver (typing has not paused yet). */
  waiting = $state(false);

  readonly saver: SaveQueue<DraftChange, { formId: string; draftSavedAt: number | null }>;
  #history: EditHistory<Snapshot>;
  #timer: ReturnType<typeof setTimeout> | undefined;

  readonly selectedIndex: number = $derived(this.selected === null ? -1 : indexOfName(this.form.survey, this.selected));
  readonly selectedRow: SurveyRow | undefined = $derived(this.selectedIndex >= 0 ? this.form.survey[this.selectedIndex] : undefined);
  /** What would stop publishing, found as the lead types (the same check the core makes). */
  readonly blocking: Problem[] = $derived(checkForm(this.form));
  /**
   * What the problem counter and list show: the blocking problems and, after them, what works but is almost surely an
   * accident (a table-list grid that a row turns into plain questions), which publishing lets through.
   */
  readonly problems: Problem[] = $derived([...this.blocking, ...gridProblems(this.form)]);
  /** Unpublished edits: the working copy differs from the latest published version. */
  readonly changed: boolean = $derived(
    !this.published || this.form.version !== this.published.version || !isUnchanged(diffForms(this.published.form, this.form)),
  );
  /** The version publishing would make. */
  readonly nextVersion: string = $derived(nextVersion(this.versions, this.form.version));

  constructor(draft: DesignerDraft, selected: string | null) {
    this.formId = draft.formId;
    this.form = draft.form;
    this.published = draft.published;
    this.versions = draft.versions;
    this.draftSavedAt = draft.draftSavedAt;
    this.selected = selected !== null && indexOfName(draft.form.survey, selected) >= 0 ? selected : null;
    this.#history = new EditHistory<Snapshot>({ form: draft.form, selected: this.selected });
    // Only the latest working copy matters: a save waiting behind another is replaced, not merged.
    this.saver = new SaveQueue(
      async ({ form }) => {
        const keepalive = JSON.stringify(form).length < KEEPALIVE_LIMIT;
        const receipt = await call('designer.save', { formId: this.formId, form }, { keepalive });
        // The key follows a form_id change at once, so the next save goes to the right place.
        this.formId = receipt.formId;
        this.draftSavedAt = receipt.draftSavedAt;
        return receipt;
      },
      (_older, newer) => newer,
    );
  }

  /** True while some edit is not yet in the database. */
  get unsaved(): boolean {
    return this.waiting || this.saver.state !== 'saved';
  }

  /**
   * Makes `next` the working copy as one undo step (keystrokes in one field with the same
   * `merge` key are one step) and selects `select` when given.
   */
  apply(next: FormDefinition, options: { select?: string | null; merge?: string } = {}): void {
    if (next === this.form) return;
    this.#history.amend({ form: this.form, selected: this.selected });
    const selected = options.select !== undefined ? options.select : this.selected;
    this.#history.record({ form: next, selected }, options.merge);
    this.form = next;
    this.selected = selected;
    this.#afterChange();
  }

  /** The lead left a field: typing there again is a new undo step. */
  endTyping(): void {
    this.#history.endMerge();
  }

  undo(): void {
    this.#restore(this.#history.undo());
  }

  redo(): void {
    this.#restore(this.#history.redo());
  }

  #restore(snapshot: Snapshot | undefined): void {
    if (!snapshot) return;
    this.form = snapshot.form;
    if (snapshot.selected === null || indexOfName(snapshot.form.survey, snapshot.selected) >= 0) this.selected = snapshot.selected;
    else if (this.selected !== null && indexOfName(snapshot.form.survey, this.selected) < 0) this.selected = null;
    this.#afterChange();
  }

  #afterChange(): void {
    this.canUndo = this.#history.canUndo;
    this.canRedo = this.#history.canRedo;
    this.waiting = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.saveNow(), SAVE_PAUSE_MS);
  }

  /** Hands the working copy to the saver at once (typing paused, leaving the page, publishing). */
  saveNow(): void {
    clearTimeout(this.#timer);
    if (!this.waiting) return;
    this.waiting = false;
    this.saver.enqueue({ form: this.form });
  }

  /** Resolves once every edit is in the database. */
  async flush(): Promise<void> {
    this.saveNow();
    await this.saver.flush();
  }

  // ---- the designer's verbs on the selected node --------------------------------------------

  /** Where new rows go: inside an empty selected group, else after the selected node (a grid: after it), else at the end. */
  insertionPoint(): number {
    return insertionForNew(this.form.survey, this.selectedIndex);
  }

  /** Applies an edit that results in a node to select. */
  applyResult(result: EditResult): void {
    this.apply(result.form, { select: result.index >= 0 ? result.form.survey[result.index].name : null });
  }

  addQuestion(type: QuestionType): void {
    this.applyResult(addQuestion(this.form, this.insertionPoint(), type));
  }

  addGroup(): void {
    this.applyResult(addGroup(this.form, this.insertionPoint()));
  }

  addRepeat(): void {
    this.applyResult(addRepeat(this.form, this.insertionPoint()));
  }

  /** Moves the selected node one step (up, down, into the group above, out of its group). */
  move(step: (form: FormDefinition, index: number) => EditResult): void {
    if (this.selectedIndex < 0) return;
    this.applyResult(step(this.form, this.selectedIndex));
  }

  duplicate(): void {
    if (this.selectedIndex >= 0) this.applyResult(duplicateNode(this.form, this.selectedIndex));
  }

  delete(): void {
    if (this.selectedIndex >= 0) this.applyResult(deleteNode(this.form, this.selectedIndex));
  }

  /** Changes the selected row; typing into one field of it is one undo step (`merge`: the field). */
  editSelected(change: (form: FormDefinition, index: number) => FormDefinition, merge?: string): void {
    const index = this.selectedIndex;
    if (index < 0) return;
    this.apply(change(this.form, index), merge === undefined ? {} : { merge: `${this.selected}:${merge}` });
  }

  /** Selects a question or group by name (null: the form's settings). */
  select(name: string | null): void {
    this.selected = name;
  }

  toggleCollapsed(name: string, collapsed?: boolean): void {
    const next = new Set(this.collapsed);
    if (collapsed ?? !next.has(name)) next.add(name);
    else next.delete(name);
    this.collapsed = next;
  }

  /** Takes what the core holds now (after publishing: the new version is the baseline, no working copy is kept). */
  reload(draft: DesignerDraft): void {
    this.formId = draft.formId;
    this.form = draft.form;
    this.published = draft.published;
    this.versions = draft.versions;
    this.draftSavedAt = draft.draftSavedAt;
    this.#history.amend({ form: draft.form, selected: this.selected });
  }
}
