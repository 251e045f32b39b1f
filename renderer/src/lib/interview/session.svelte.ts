/**
 * One interview on screen: its answers, where the interviewer is, and what the shared form engine
 * says about them (what applies, what is required, what is wrong). Every answer goes to the core
 * at once through the save queue; the core checks it again and validates the whole response when
 * finalizing, so nothing here is trusted beyond showing the interviewer what to do next.
 */
import type { Interview, ResponseSummary, SaveReceipt } from '../../../../src/api/spec';
import { ApiError, call } from '../api';
import type { AnswerProblem, Choice, CompiledField, CompiledForm, FormState, SurveyRow } from '../form';
import { compileForm, evaluateFormState, isAnswerError, selectedNames, textIn, validateAnswers } from '../form';
import { layoutInterview, type InterviewLayout, type Screen, type ScreenItem } from './layout';
import { SaveQueue, mergeInterviewChanges, type SaveChange } from './save-queue.svelte';

/** The position stored while the interviewer is on the closing screen (src/collect FINISH_POSITION). */
export const FINISH = '#finish';

/** Problems that stop the interviewer from moving on: everything but a skipped answer. */
const blocks = (problem: AnswerProblem) => isAnswerError(problem);

export class InterviewSession {
  readonly uuid: string;
  readonly compiled: CompiledForm;
  readonly layout: InterviewLayout;
  readonly saver: SaveQueue<SaveChange, SaveReceipt>;

  meta: ResponseSummary = $state(null!);
  answers = $state.raw<Record<string, string>>({});
  language = $state('');
  /** The screen shown; `layout.screens.length` is the closing screen. */
  screenIndex = $state(0);
  /** The field the interviewer is on within the screen (what a reload comes back to). */
  focusName = $state<string | undefined>();
  /** Fields whose problems are shown: those the interviewer tried to move past or has left. */
  shownProblems = $state.raw<ReadonlySet<string>>(new Set());
  /** The furthest screen reached, for the jump list. */
  furthest = $state(0);

  // Worked out again after every answer by the shared engine (thunks: the form is set in the constructor).
  readonly state: FormState = $derived.by(() => evaluateFormState(this.compiled, this.answers, { language: this.language }));
  readonly problems: Map<string, AnswerProblem> = $derived.by(
    () => new Map(validateAnswers(this.compiled, this.answers, { language: this.language }).filter(blocks).map((p) => [p.field, p])),
  );
  readonly visibleScreens: number[] = $derived.by(() =>
    this.layout.screens.flatMap((screen, index) => (this.isScreenVisible(screen) ? [index] : [])));

  /**
   * `save` sends each batch of changes to the core; the designer's preview, which shows a form
   * before it is published, passes one that keeps nothing.
   */
  constructor(
    interview: Interview,
    // keepalive: a save already on its way still arrives when the window closes or reloads.
    save: (change: SaveChange) => Promise<SaveReceipt> = (change) => call('interviews.save', { uuid: interview.uuid, ...change }, { keepalive: true }),
  ) {
    this.uuid = interview.uuid;
    this.compiled = compileForm(interview.form);
    this.layout = layoutInterview(interview.form);
    this.meta = summary(interview);
    this.answers = interview.answers;
    this.language = interview.language || interview.form.defaultLanguage;
    this.saver = new SaveQueue(save, mergeInterviewChanges);
    this.resumeAt(interview.position);
  }

  get form() {
    return this.compiled.form;
  }

  get atFinish(): boolean {
    return this.screenIndex >= this.layout.screens.length;
  }

  get screen(): Screen | undefined {
    return this.layout.screens[this.screenIndex];
  }

  // ---- what applies ------------------------------------------------------------------------

  isRelevant(name: string): boolean {
    return this.state.relevant[name] !== false;
  }

  isRequired(name: string): boolean {
    return this.state.required[name] === true;
  }

  itemVisible(item: ScreenItem): boolean {
    if (item.kind === 'heading') return this.isRelevant(item.name);
    if (item.kind === 'table') return this.isRelevant(item.name) && item.rows.some((row) => this.isRelevant(row.name));
    return this.isRelevant(item.name);
  }

  isScreenVisible(screen: Screen): boolean {
    return screen.items.some((item) => item.kind !== 'heading' && this.itemVisible(item));
  }

  field(name: string): CompiledField | undefined {
    return this.compiled.byName.get(name);
  }

  /** The choices a select offers now, in list order (choice_filter applied). */
  choicesOf(name: string): Choice[] {
    const all = [...(this.field(name)?.choices?.values() ?? [])];
    const offered = this.state.choices[name];
    return offered ? all.filter((choice) => offered.includes(choice.name)) : all;
  }

  /** A label, hint or message in the interview language, with `${field}` references filled in. */
  text(texts: SurveyRow['label']): string {
    const raw = textIn(texts, this.language, this.form.defaultLanguage);
    return raw.includes('${') ? raw.replace(/\$\{([^}]+)\}/g, (_whole, name: string) => this.display(name)) : raw;
  }

  /** An answer as the interviewer reads it: choice labels for selects. */
  display(name: string): string {
    const value = this.state.values[name] ?? '';
    const field = this.field(name);
    if (!value || !field?.choices) return value;
    const names = field.type === 'select_one' ? [value] : selectedNames(value);
    return names.map((choice) => this.text(field.choices!.get(choice)?.label) || choice).join(', ');
  }

  /** Answers that cannot be changed here: a finalized interview, or a question the form marks read_only. */
  isReadOnly(name: string): boolean {
    return this.meta.status !== 'draft' || this.field(name)?.row.readOnly === true;
  }

  value(name: string): string {
    return this.answers[name] ?? '';
  }

  problemOf(name: string): AnswerProblem | undefined {
    return this.shownProblems.has(name) ? this.problems.get(name) : undefined;
  }

  // ---- answering ---------------------------------------------------------------------------

  answer(name: string, value: string): void {
    if (this.isReadOnly(name) || this.value(name) === value) return;
    this.answers = { ...this.answers, [name]: value };
    this.saver.enqueue({ answers: { [name]: value }, position: this.position() });
  }

  toggleChoice(name: string, choice: string): void {
    const chosen = selectedNames(this.value(name));
    const next = chosen.includes(choice) ? chosen.filter((c) => c !== choice) : [...chosen, choice];
    if (this.field(name)?.type === 'select_multiple') {
      // Kept in list order, as ODK stores select_multiple answers; a rank keeps the order chosen.
      const order = this.choicesOf(name).map((c) => c.name);
      next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    }
    this.answer(name, next.join(' '));
  }

  /** After the interviewer leaves a field: its problems (a constraint, a malformed number) show. */
  leave(name: string): void {
    if (this.value(name) !== '' && !this.shownProblems.has(name)) this.shownProblems = new Set([...this.shownProblems, name]);
  }

  setLanguage(code: string): void {
    if (code === this.language || !this.form.languages.some((l) => l.code === code)) return;
    this.language = code;
    if (this.meta.status === 'draft') this.saver.enqueue({ language: code });
  }

  // ---- moving ------------------------------------------------------------------------------

  position(): string {
    if (this.atFinish) return FINISH;
    return this.focusName ?? this.screen?.id ?? FINISH;
  }

  /** Fields on the current screen that keep the interviewer from moving on, in screen order. */
  screenProblems(): string[] {
    return (this.screen?.fields ?? []).filter((name) => this.isRelevant(name) && this.problems.has(name));
  }

  /** Forward, unless something on this screen needs attention (then it is shown, and false returned). */
  forward(): boolean {
    const blocking = this.screenProblems();
    if (blocking.length) {
      this.shownProblems = new Set([...this.shownProblems, ...blocking]);
      return false;
    }
    const next = this.visibleScreens.find((index) => index > this.screenIndex);
    this.goTo(next ?? this.layout.screens.length);
    return true;
  }

  backward(): boolean {
    const previous = this.visibleScreens.filter((index) => index < this.screenIndex).at(-1);
    if (previous === undefined) return false;
    this.goTo(previous);
    return true;
  }

  goTo(index: number, focusName?: string): void {
    this.screenIndex = index;
    this.focusName = focusName;
    this.furthest = Math.max(this.furthest, index);
    this.savePosition();
  }

  /** Opens the screen of a question (from the jump list or a problem), focusing that question. */
  goToField(name: string): void {
    const index = this.layout.screenOf.get(name);
    if (index !== undefined) this.goTo(index, name);
  }

  focusField(name: string): void {
    if (this.focusName === name) return;
    this.focusName = name;
    this.savePosition();
  }

  savePosition(): void {
    if (this.meta.status === 'draft') this.saver.enqueue({ position: this.position() });
  }

  /** Where a reload or a resumed draft comes back to. */
  private resumeAt(position: string | null): void {
    const furthestAnswered = this.layout.screens.reduce(
      (furthest, screen, index) => (screen.fields.some((name) => this.value(name) !== '') ? index : furthest), 0,
    );
    if (position === FINISH) {
      this.screenIndex = this.layout.screens.length;
    } else {
      const index = position ? this.layout.screenOf.get(position) : undefined;
      this.screenIndex = index ?? this.visibleScreens[0] ?? 0;
      this.focusName = index !== undefined && position !== this.layout.screens[index].id ? position! : undefined;
    }
    this.furthest = Math.max(this.screenIndex, furthestAnswered);
  }

  // ---- finishing ---------------------------------------------------------------------------

  /** Saves whatever waits, then asks the core to finalize; the core's problems come back as an ApiError. */
  async finalize(): Promise<ResponseSummary> {
    this.saver.retryNow();
    await Promise.race([this.saver.flush(), new Promise((resolve) => setTimeout(resolve, 15_000))]);
    if (this.saver.hasUnsaved) throw new ApiError({ kind: 'internal', message: this.saver.failure ?? 'the answers could not be saved' });
    const final = await call('interviews.finalize', { uuid: this.uuid });
    this.meta = final;
    return final;
  }
}

function summary(interview: Interview): ResponseSummary {
  const { answers: _answers, form: _form, ...meta } = interview;
  return meta;
}
