/**
 * One interview on screen: its answers, where the interviewer is, and what the shared form engine
 * says about them (what applies, what is required, what is wrong). Every answer goes to the core
 * at once through the save queue; the core checks it again and validates the whole response when
 * finalizing, so nothing here is trusted beyond showing the interviewer what to do next.
 */
import { formTitle } from '../form-title';
import type { Interview, ResponseSummary, SaveReceipt } from '../../../../src/api/spec';
import { ApiError, call } from '../api';
import type { AnswerProblem, Choice, CompiledField, CompiledForm, FormState, InstanceStep, SurveyRow } from '../form';
import {
  answerAt,
  compileForm,
  deviceProperties,
  evaluateFormState,
  fieldNameOf,
  interviewPhrase,
  isAnswerError,
  messageLanguage,
  parseAnswerPath,
  selectedNames,
  stepsPrefix,
  textIn,
  validateAnswers,
  withAnswerAt,
  withInstanceRemoved,
  withNewInstance,
  withRepeatCounts,
} from '../form';
import { itemFields, layoutInterview, type InterviewLayout, type Screen, type ScreenItem } from './layout';
import { SaveQueue } from './save-queue.svelte';
import { mergeInterviewChanges, type SaveChange } from './save-changes';
import { ParadataLog } from '../paradata';

/** The position stored while the interviewer is on the closing screen (src/collect FINISH_POSITION). */
export const FINISH = '#finish';

/** Problems that stop the interviewer from moving on: everything but a skipped answer. */
const blocks = (problem: AnswerProblem) => isAnswerError(problem);

/** A place the jump list offers: a screen, or one question of a repeat's instance on it. */
export interface JumpTarget {
  index: number;
  /** The question (a path inside a repeat) to focus; none for the screen itself. */
  name?: string;
}

export class InterviewSession {
  readonly uuid: string;
  readonly compiled: CompiledForm;
  readonly layout: InterviewLayout;
  readonly saver: SaveQueue<SaveChange, SaveReceipt>;
  /** ${last-saved#name}: answers of the last other saved response, as the core handed them. */
  readonly lastSaved: Record<string, string> | undefined;
  /** Survey123's property(): the interviewer and laptop the response was started with. */
  readonly properties: Record<string, string>;
  /** The plan's assignment the interview counts towards, when it does: the next interview starts from it too. */
  readonly assignmentId: string | undefined;
  /** The event log of this screen session: it rides on the saves. */
  readonly paradata = new ParadataLog();

  meta: ResponseSummary = $state(null!);
  answers = $state.raw<Record<string, string>>({});
  language = $state('');
  /** The full quota cell the last answers fell in, until the interviewer corrects the answer or ends. */
  quotaFull = $state<SaveReceipt['quotaFull']>();
  /** The screen shown; `layout.screens.length` is the closing screen. */
  screenIndex = $state(0);
  /** The field the interviewer is on within the screen (what a reload comes back to). */
  focusName = $state<string | undefined>();
  /** Fields whose problems are shown: those the interviewer tried to move past or has left. */
  shownProblems = $state.raw<ReadonlySet<string>>(new Set());
  /** The furthest screen reached, for the jump list. */
  furthest = $state(0);

  // Worked out again after every answer by the shared engine (thunks: the form is set in the constructor).
  readonly state: FormState = $derived.by(() =>
    evaluateFormState(this.compiled, this.answers, { language: this.language, lastSaved: this.lastSaved, properties: this.properties }),
  );
  readonly problems: Map<string, AnswerProblem> = $derived.by(
    () =>
      new Map(
        validateAnswers(this.compiled, this.answers, { language: this.language, lastSaved: this.lastSaved, properties: this.properties })
          .filter(blocks)
          .map((p) => [p.field, p]),
      ),
  );
  readonly visibleScreens: number[] = $derived.by(() =>
    this.layout.screens.flatMap((screen, index) => (this.isScreenVisible(screen) ? [index] : [])),
  );

  /**
   * `save` sends each batch of changes to the core; the designer's preview, which shows a form
   * before it is published, passes one that keeps nothing.
   */
  constructor(
    interview: Interview,
    // keepalive: a save already on its way still arrives when the window closes or reloads.
    save: (change: SaveChange) => Promise<SaveReceipt> = (change) =>
      call('interviews.save', { uuid: interview.uuid, ...change }, { keepalive: true }),
  ) {
    this.uuid = interview.uuid;
    this.lastSaved = interview.lastSaved;
    this.properties = deviceProperties(interview.interviewer, interview.deviceId);
    this.assignmentId = interview.assignmentId;
    this.compiled = compileForm(interview.form);
    this.layout = layoutInterview(interview.form);
    this.meta = summary(interview);
    this.language = interview.language || interview.form.defaultLanguage;
    // The core gives counted repeats their instances; a preview, which has no core, does it here.
    this.answers = withRepeatCounts(this.compiled, interview.answers, {
      language: this.language,
      lastSaved: this.lastSaved,
      properties: this.properties,
    });
    // The core says when an answer put the interview into a full quota cell; the screen then offers to end politely.
    this.saver = new SaveQueue(
      (change) =>
        save(change).then((receipt) => {
          if (receipt.quotaFull) this.quotaFull = receipt.quotaFull;
          return receipt;
        }),
      mergeInterviewChanges,
    );
    this.resumeAt(interview.position);
    this.paradata.report({ event: interview.position === null ? 'start' : 'resume' });
    this.paradata.show(this.position());
  }

  /** Sends a change with the event log waiting (a finalized interview changes nothing and logs nothing). */
  private enqueue(change: SaveChange): void {
    if (change.position !== undefined && change.position !== null) this.paradata.show(change.position);
    this.saver.enqueue({ ...change, paradata: this.paradata.take() });
  }

  get form() {
    return this.compiled.form;
  }

  /** The form's title in the interview language (settings form_title::LANGUAGE), else its plain title. */
  get title(): string {
    return formTitle({ title: this.meta.title, titles: this.form.titles }, this.language);
  }

  get atFinish(): boolean {
    return this.screenIndex >= this.layout.screens.length;
  }

  get screen(): Screen | undefined {
    return this.layout.screens[this.screenIndex];
  }

  // ---- what applies ------------------------------------------------------------------------
  // Fields are named by path: "age" at the top, "member[2].member_age" inside a repeat's instance.

  isRelevant(name: string): boolean {
    return this.state.relevant[name] !== false;
  }

  isRequired(name: string): boolean {
    return this.state.required[name] === true;
  }

  /** Whether an item shows, inside `scope` ('' at the top, "member[2]." in an instance). */
  itemVisible(item: ScreenItem, scope = ''): boolean {
    // A repeat the form counts shows its instances, and nothing when it has none.
    if (item.kind === 'repeat' && item.counted && !this.instanceCount(scope + item.name)) return false;
    if (item.kind === 'table') return this.isRelevant(scope + item.name) && item.rows.some((row) => this.isRelevant(scope + row.name));
    return this.isRelevant(scope + item.name);
  }

  isScreenVisible(screen: Screen): boolean {
    return screen.items.some((item) => item.kind !== 'heading' && this.itemVisible(item));
  }

  /** The form's field (question, group, repeat) at a name or path. */
  field(name: string): CompiledField | undefined {
    return this.compiled.byName.get(name.includes('[') ? fieldNameOf(name) : name);
  }

  // ---- repeats -----------------------------------------------------------------------------

  /** How many instances the repeat at this path shows ("member", or "house[2].person" nested). */
  instanceCount(repeatPath: string): number {
    return this.state.instanceCounts[repeatPath] ?? 0;
  }

  /** Instances stored beyond the repeat's count (set aside: back if the count rises, dropped when final). */
  setAsideCount(repeatPath: string): number {
    return this.state.setAside[repeatPath] ?? 0;
  }

  /** The fields a screen asks, by path: those inside repeats once per instance, in order. */
  screenFields(screen: Screen): string[] {
    return screen.hasRepeat ? itemFields(screen.items, '', (path) => this.instanceCount(path)) : screen.fields;
  }

  /** Words set around a repeat's label, in the interview language ("Member 2 of 3"). */
  phrase(key: Parameters<typeof interviewPhrase>[0], values: Record<string, string | number>): string {
    return interviewPhrase(key, messageLanguage(this.language, this.form), values);
  }

  /** The repeat's label with an instance's number: "Household member 2" (count given: "Household member 2 of 3"). */
  instanceTitle(step: InstanceStep, count?: number): string {
    const label = this.text(this.field(step.repeat)?.row.label) || step.repeat;
    return count === undefined
      ? this.phrase('repeat-instance-short', { label, number: step.index })
      : this.phrase('repeat-instance', { label, number: step.index, count });
  }

  /**
   * A question as a list names it: its label after the instances it is in ("Household member 2 ·
   * Age"); `unlabeled` stands for a question without a label (the text of "other, specify").
   */
  fieldTitle(name: string, unlabeled = name): string {
    const path = parseAnswerPath(name);
    const label = this.text(this.field(name)?.row.label, path ? stepsPrefix(path.steps) : '') || unlabeled;
    return [...(path?.steps ?? []).map((step) => this.instanceTitle(step)), label].join(' · ');
  }

  /** Adds an instance at the end of the repeat at this path, with its defaults; returns the new instance's path. */
  addInstance(repeatPath: string): string | undefined {
    const path = parseAnswerPath(repeatPath);
    if (!path || this.meta.status !== 'draft') return undefined;
    const next = withNewInstance(this.compiled, this.answers, path, {
      language: this.language,
      lastSaved: this.lastSaved,
      properties: this.properties,
    });
    if (!next) return undefined;
    this.answers = this.withCounts(next);
    this.enqueue({ instances: [{ add: repeatPath }], position: this.position() });
    return `${repeatPath}[${this.instanceCount(repeatPath)}]`;
  }

  /** Removes the instance at this path ("member[2]"): its answers go, the instances after it move up. */
  removeInstance(instancePath: string): void {
    const steps = parseAnswerPath(`${instancePath}.x`)?.steps;
    if (!steps?.length || this.meta.status !== 'draft') return;
    const next = withInstanceRemoved(this.answers, steps);
    if (!next) return;
    this.answers = this.withCounts(next);
    // Problems shown in this repeat's instances would now point at the instances that moved up.
    const repeatPath = instancePath.replace(/\[\d+\]$/, '');
    this.shownProblems = new Set([...this.shownProblems].filter((name) => !name.startsWith(`${repeatPath}[`)));
    this.enqueue({ instances: [{ remove: instancePath }], position: this.position() });
  }

  /** The answers with every repeat_count given its instances, as the core makes them after every save. */
  private withCounts(answers: Record<string, string>): Record<string, string> {
    return withRepeatCounts(this.compiled, answers, { language: this.language, lastSaved: this.lastSaved, properties: this.properties });
  }

  /** The choices a select offers now, in list order (choice_filter applied). */
  choicesOf(name: string): Choice[] {
    const all = [...(this.field(name)?.choices?.values() ?? [])];
    const offered = this.state.choices[name];
    return offered ? all.filter((choice) => offered.includes(choice.name)) : all;
  }

  /**
   * A label, hint or message in the interview language, with `${field}` references filled in; in an
   * instance (`scope` "member[2].") a reference to a question of that instance reads its answer.
   */
  text(texts: SurveyRow['label'], scope = ''): string {
    const raw = textIn(texts, this.language, this.form.defaultLanguage);
    return raw.includes('${') ? raw.replace(/\$\{([^}]+)\}/g, (_whole, name: string) => this.display(this.pathIn(scope, name))) : raw;
  }

  /** The path a `${name}` reference reaches from inside `scope`: the instances they share, then the name. */
  private pathIn(scope: string, name: string): string {
    const repeats = this.field(name)?.repeats ?? [];
    if (!scope || !repeats.length) return name;
    const steps = parseAnswerPath(`${scope}x`)?.steps ?? [];
    const shared = steps.slice(0, repeats.length).filter((step, i) => step.repeat === repeats[i]);
    return shared.length === repeats.length ? stepsPrefix(shared) + name : name;
  }

  /** An answer as the interviewer reads it: choice labels for selects. */
  display(name: string): string {
    const value = (name.includes('[') ? answerAt(this.state.values, name) : this.state.values[name]) ?? '';
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
    return (name.includes('[') ? answerAt(this.answers, name) : this.answers[name]) ?? '';
  }

  problemOf(name: string): AnswerProblem | undefined {
    return this.shownProblems.has(name) ? this.problems.get(name) : undefined;
  }

  // ---- answering ---------------------------------------------------------------------------

  answer(name: string, value: string): void {
    if (this.isReadOnly(name) || this.value(name) === value) return;
    const path = parseAnswerPath(name);
    const next = path?.steps.length ? withAnswerAt(this.answers, path, value) : { ...this.answers, [name]: value };
    if (!next) return;
    this.answers = this.withCounts(next);
    this.enqueue({ answers: { [name]: value }, position: this.position() });
  }

  /**
   * Sends a file as the answer of a media question. Saves waiting go first (the repeat instance the
   * question is in must exist in the core); the core stores the bytes and saves the file name as the
   * answer, which is then shown here without saving it again.
   */
  async attachFile(name: string, file: Blob, fileName: string): Promise<void> {
    if (this.isReadOnly(name)) return;
    await this.saver.flush();
    const bytes = new Uint8Array(await file.arrayBuffer());
    const info = await call('interviews.attach', { uuid: this.uuid, question: name, fileName, mime: file.type, bytes });
    this.#showSaved(name, info.fileName);
  }

  /** Removes the file of a media answer, in the core, and clears the answer. */
  async removeFile(name: string): Promise<void> {
    if (this.isReadOnly(name)) return;
    await this.saver.flush();
    await call('interviews.detach', { uuid: this.uuid, question: name });
    this.#showSaved(name, '');
  }

  #showSaved(name: string, value: string): void {
    const path = parseAnswerPath(name);
    const next = path?.steps.length ? withAnswerAt(this.answers, path, value) : { ...this.answers, [name]: value };
    if (next) this.answers = this.withCounts(next);
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
    const old = this.language;
    this.language = code;
    if (this.meta.status !== 'draft') return;
    this.paradata.report({ event: 'language', old, new: code });
    this.enqueue({ language: code });
  }

  // ---- moving ------------------------------------------------------------------------------

  position(): string {
    if (this.atFinish) return FINISH;
    return this.focusName ?? this.screen?.id ?? FINISH;
  }

  /** Fields on the current screen that keep the interviewer from moving on, in screen order. */
  screenProblems(): string[] {
    const screen = this.screen;
    if (!screen) return [];
    // A repeat whose instances do not match its count is a problem of the screen too.
    const repeats = screen.hasRepeat ? screen.items.filter((item) => item.kind === 'repeat').map((item) => item.name) : [];
    return [...repeats, ...this.screenFields(screen)].filter((name) => this.isRelevant(name) && this.problems.has(name));
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
    this.paradata.report({ event: 'back', old: this.position(), new: this.layout.screens[previous].id });
    this.goTo(previous);
    return true;
  }

  goTo(index: number, focusName?: string): void {
    this.screenIndex = index;
    this.focusName = focusName;
    this.furthest = Math.max(this.furthest, index);
    this.savePosition();
  }

  /** Goes straight to a screen (the jump list, a problem's link), not step by step. */
  jumpTo(index: number, focusName?: string): void {
    this.paradata.report({ event: 'jump', old: this.position(), new: focusName ?? this.layout.screens[index]?.id ?? FINISH });
    this.goTo(index, focusName);
  }

  /** The screen showing a question, group or repeat (by name or path). */
  screenOfField(name: string): number | undefined {
    return this.layout.screenOf.get(name.includes('[') ? fieldNameOf(name) : name);
  }

  /** Opens the screen of a question (from the jump list or a problem), focusing that question. */
  goToField(name: string): void {
    const index = this.screenOfField(name);
    if (index !== undefined) this.jumpTo(index, name);
  }

  focusField(name: string): void {
    if (this.focusName === name) return;
    this.focusName = name;
    this.savePosition();
  }

  savePosition(): void {
    if (this.meta.status === 'draft') this.enqueue({ position: this.position() });
  }

  /** The interviewer leaves the interview (another screen, the window closed): logged, and sent with what waits. */
  suspend(): void {
    if (this.meta.status !== 'draft') return;
    this.paradata.leave();
    this.paradata.report({ event: 'suspend' });
    this.enqueue({});
  }

  /**
   * The steps of the questionnaire as it stands now: each screen that applies, and on a repeat's
   * screen each question of each instance that applies. Skip logic changes them, so the progress
   * and the jump list, which both count them, agree with each other and with what will be asked.
   */
  steps(): JumpTarget[] {
    return this.visibleScreens.flatMap((index) => {
      const screen = this.layout.screens[index];
      const inRepeats = screen.hasRepeat ? this.screenFields(screen).filter((name) => name.includes('[') && this.isRelevant(name)) : [];
      return [{ index }, ...inRepeats.map((name) => ({ index, name }))];
    });
  }

  /**
   * Where the interviewer is in the questionnaire as a whole: the number of the current step among
   * those that apply now (the jump list numbers the same step alike), and how many there are.
   */
  progress(): { done: number; total: number } {
    const steps = this.steps();
    const total = steps.length;
    if (this.atFinish) return { done: total, total };
    const inner = steps.findIndex((step) => step.index === this.screenIndex && step.name !== undefined && step.name === this.focusName);
    // A screen that no longer applies (an answer just closed it) counts as the last step before it.
    const at = inner !== -1 ? inner : steps.findLastIndex((step) => step.index <= this.screenIndex && step.name === undefined);
    return { done: Math.max(1, at + 1), total };
  }

  /** What the jump list offers: each step reached (see `steps`). */
  jumpTargets(): JumpTarget[] {
    return this.steps().filter((step) => step.index <= this.furthest);
  }

  /** Where a reload or a resumed draft comes back to. */
  private resumeAt(position: string | null): void {
    const furthestAnswered = this.layout.screens.reduce(
      (furthest, screen, index) => (this.screenFields(screen).some((name) => this.value(name) !== '') ? index : furthest),
      0,
    );
    if (position === FINISH) {
      this.screenIndex = this.layout.screens.length;
    } else {
      const index = position ? this.screenOfField(position) : undefined;
      this.screenIndex = index ?? this.visibleScreens[0] ?? 0;
      this.focusName = index !== undefined && position !== this.layout.screens[index].id ? position! : undefined;
    }
    this.furthest = Math.max(this.screenIndex, furthestAnswered);
  }

  // ---- finishing ---------------------------------------------------------------------------

  /** Saves whatever waits, then asks the core to finalize; the core's problems come back as an ApiError. */
  async finalize(): Promise<ResponseSummary> {
    // The closing screen is left: its time goes with the last save, and a refused finalize keeps it.
    this.paradata.leave();
    this.enqueue({});
    this.saver.retryNow();
    await Promise.race([this.saver.flush(), new Promise((resolve) => setTimeout(resolve, 15_000))]);
    if (this.saver.hasUnsaved)
      throw new ApiError({ kind: 'internal', message: this.saver.failure?.message ?? 'the answers could not be saved' });
    const { anchor, at } = this.paradata.take();
    const final = await call('interviews.finalize', { uuid: this.uuid, paradata: { anchor, at } });
    this.meta = final;
    return final;
  }
}

function summary(interview: Interview): ResponseSummary {
  const { answers: _answers, form: _form, ...meta } = interview;
  return meta;
}
