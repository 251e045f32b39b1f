import type { Choice } from '../model';
import type { CompiledExpression, Scope, Value } from '../expr';
import type { InstanceRow, RepeatIndex } from '../expr/functions';
import { secondaryInstance } from '../attachments';
import { toBoolean, toNumber, toText, typedValue } from '../expr';
import { choiceNameIn } from '../expr/evaluate';
import { itextIn } from '../itext';
import type { CompiledField, CompiledForm } from './compile';

/** Answers as stored: field name → text ('' or absent = unanswered); repeats as JSON arrays. */
export type Answers = Readonly<Record<string, string | undefined>>;

export interface RunOptions {
  /** Language code for jr:choice-name() and for messages; the form's default language when absent. */
  language?: string;
  /** The moment today() and now() read; the clock when absent. */
  now?: Date;
  /** ${last-saved#name}: the answers of the last response of this form saved on this device. */
  lastSaved?: Answers;
  /** Survey123's property(): the interviewer and device of the response (deviceProperties). */
  properties?: Readonly<Record<string, string>>;
}

const RELEVANT = 1;
const NOT_RELEVANT = 2;

/**
 * The answers of the whole response (the top instance) or of one instance of a repeat. Relevance
 * and calculated values are kept by field index beside the given answers, which are never modified.
 */
export class Instance {
  /** Per field index: 0 not worked out, RELEVANT or NOT_RELEVANT. */
  readonly relevance: Uint8Array;
  readonly calculated: (string | undefined)[] = [];
  children: Map<string, Instance[]> | undefined;
  /**
   * Instance maps stored beyond a repeat's repeat_count, by repeat name: a draft keeps them (a
   * count lowered by mistake and raised again gives them back), the response does not.
   */
  setAside: Map<string, Record<string, string>[]> | undefined;

  constructor(
    readonly values: Answers,
    readonly parent: Instance | null,
    /** The repeats this instance is nested in, outermost first ([] for the top instance). */
    readonly repeats: readonly string[],
    /** How a problem names a field of this instance: '' at the top, 'household[2].' in a repeat. */
    readonly path: string,
    fieldCount: number,
  ) {
    this.relevance = new Uint8Array(fieldCount);
  }

  /** The field's answer, or its calculated value; '' when there is none. */
  value(field: CompiledField): string {
    const calculated = this.calculated[field.index];
    if (calculated !== undefined) return calculated;
    const value = this.values[field.name];
    return value === undefined || value === null ? '' : value;
  }

  /** Relevance once worked out (true before: nothing has switched the field off yet). */
  isRelevant(field: CompiledField): boolean {
    return this.relevance[field.index] !== NOT_RELEVANT;
  }

  repeatInstances(repeat: string): Instance[] {
    return this.children?.get(repeat) ?? [];
  }

  setAsideInstances(repeat: string): Record<string, string>[] {
    return this.setAside?.get(repeat) ?? [];
  }
}

/**
 * Per-instance answer maps of a repeat's stored value, with every value as text (nested repeats
 * as JSON text); '' is no instance; null when the value is not a JSON array of objects.
 */
export function parseRepeat(json: string): Record<string, string>[] | null {
  if (json.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const instances: Record<string, string>[] = [];
  for (const item of parsed) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      values[key] =
        typeof value === 'string'
          ? value
          : value === null || value === undefined
            ? ''
            : typeof value === 'object'
              ? JSON.stringify(value)
              : String(value);
    }
    instances.push(values);
  }
  return instances;
}

/**
 * One evaluation of a form over one response: relevance of every field (a field in a group or
 * repeat that does not apply does not apply either) and calculations, in dependency order. It is
 * also the Scope its expressions read: `${name}` resolves from the instance being evaluated
 * upwards, reads '' for a field that is not relevant (as JavaRosa does), and gives a node-set for a
 * field inside a repeat read from outside it (for sum(), count(), join()).
 */
export class FormRun implements Scope {
  readonly top: Instance;
  private readonly topOnly: Instance[];
  /** Repeats whose stored value is not a JSON array of answer maps. */
  readonly unreadableRepeats: { instance: Instance; field: CompiledField }[] = [];
  private readonly moment: Date;
  private readonly instancesByChain = new Map<string, Instance[]>();
  // The evaluation in progress; expressions do not nest evaluations, so one slot each suffices.
  private instance: Instance;
  private evaluating: CompiledField | undefined;
  private currentOverride: string | undefined;
  private choice: Choice | undefined;

  constructor(
    readonly compiled: CompiledForm,
    answers: Answers,
    readonly options: RunOptions = {},
  ) {
    this.top = new Instance(answers, null, [], '', compiled.fields.length);
    this.instance = this.top;
    this.moment = options.now ?? new Date();
    this.topOnly = [this.top];
    for (const field of compiled.fields) this.work(field);
  }

  private work(field: CompiledField): void {
    for (const instance of this.instancesOf(field.repeats)) {
      const relevant =
        this.parentRelevant(instance, field) && (!field.relevant || toBoolean(this.evaluate(field.relevant, instance, field)));
      instance.relevance[field.index] = relevant ? RELEVANT : NOT_RELEVANT;
      if (field.calculation) {
        instance.calculated[field.index] = relevant ? toText(this.evaluate(field.calculation, instance, field)) : '';
      }
      if (field.type === 'begin_repeat') this.openRepeat(instance, field);
    }
  }

  private parentRelevant(instance: Instance, field: CompiledField): boolean {
    if (field.parent === undefined) return true;
    if (field.parentIsOwnRepeat) return instance.parent!.isRelevant(field.parent);
    return instance.isRelevant(field.parent);
  }

  /**
   * The instances of a repeat that belong to the response: all of them, except that a relevant
   * repeat with a repeat_count takes only as many as the count asks for (the rest are set aside).
   */
  private openRepeat(instance: Instance, field: CompiledField): void {
    let maps = parseRepeat(instance.value(field));
    if (maps === null) this.unreadableRepeats.push({ instance, field });
    const expected = maps?.length && instance.isRelevant(field) ? this.expectedCount(instance, field) : undefined;
    if (maps && expected !== undefined && maps.length > expected) {
      (instance.setAside ??= new Map()).set(field.name, maps.slice(expected));
      maps = maps.slice(0, expected);
    }
    const repeats = [...instance.repeats, field.name];
    instance.children ??= new Map();
    instance.children.set(
      field.name,
      (maps ?? []).map(
        (values, i) => new Instance(values, instance, repeats, `${instance.path}${field.name}[${i + 1}].`, this.compiled.fields.length),
      ),
    );
    this.instancesByChain.delete(repeats.join('/'));
  }

  /** The instances a repeat must have in `instance`, or undefined when it has no repeat_count. */
  expectedCount(instance: Instance, field: CompiledField): number | undefined {
    if (field.repeatCount === undefined) return undefined;
    if (typeof field.repeatCount === 'number') return field.repeatCount;
    const count = Math.trunc(toNumber(this.evaluate(field.repeatCount, instance, field)));
    return Number.isFinite(count) && count > 0 ? count : 0;
  }

  isUnreadable(instance: Instance, field: CompiledField): boolean {
    return this.unreadableRepeats.some((u) => u.instance === instance && u.field === field);
  }

  /** Every instance of a chain of repeats ([] → the top instance; ["household"] → each household member). */
  instancesOf(repeats: readonly string[]): Instance[] {
    if (repeats.length === 0) return this.topOnly;
    const key = repeats.join('/');
    let instances = this.instancesByChain.get(key);
    if (!instances) {
      instances = [this.top];
      for (const repeat of repeats) instances = instances.flatMap((instance) => instance.repeatInstances(repeat));
      this.instancesByChain.set(key, instances);
    }
    return instances;
  }

  /** Evaluates an expression of `field` in `instance`; `current` overrides the value of `.`. */
  evaluate(expr: CompiledExpression, instance: Instance, field: CompiledField, current?: string, choice?: Choice): Value {
    this.instance = instance;
    this.evaluating = field;
    this.currentOverride = current;
    this.choice = choice;
    return expr(this);
  }

  // ---- Scope ----

  field(name: string): Value {
    const target = this.compiled.byName.get(name);
    if (!target) return '';
    let instance = this.instance;
    const depth = instance.repeats.length;
    let shared = 0;
    while (shared < depth && shared < target.repeats.length && instance.repeats[shared] === target.repeats[shared]) shared++;
    for (let up = depth; up > shared; up--) instance = instance.parent!;
    if (shared === target.repeats.length) {
      if (target.type === 'begin_repeat') return { kind: 'nodes', items: instance.repeatInstances(name).map(() => '') };
      return instance.isRelevant(target) ? typedValue(target.type, instance.value(target)) : '';
    }
    let instances = [instance];
    for (const repeat of target.repeats.slice(shared)) instances = instances.flatMap((i) => i.repeatInstances(repeat));
    if (target.type === 'begin_repeat') {
      return { kind: 'nodes', items: instances.flatMap((i) => i.repeatInstances(name)).map(() => '') };
    }
    return {
      kind: 'nodes',
      items: instances.map((i) => (i.isRelevant(target) ? typedValue(target.type, i.value(target)) : '')),
    };
  }

  current(): Value {
    const field = this.evaluating;
    if (!field) return '';
    return typedValue(field.type, this.currentOverride ?? this.instance.value(field));
  }

  column(name: string): Value {
    const choice = this.choice;
    if (!choice) return '';
    if (name === 'name') return choice.name;
    return choice.extra?.[name] ?? '';
  }

  now(): Date {
    return this.moment;
  }

  itemColumn(): Value {
    return '';
  }

  secondaryInstance(id: string): readonly InstanceRow[] | undefined {
    return secondaryInstance(this.compiled.form, id, this.options.language);
  }

  /** The number of the repeat instance being evaluated among its siblings (0 outside repeats). */
  position(): number {
    const instance = this.instance;
    const repeat = instance.repeats[instance.repeats.length - 1];
    if (!instance.parent || repeat === undefined) return 0;
    return instance.parent.repeatInstances(repeat).indexOf(instance) + 1;
  }

  /**
   * indexed-repeat: from the instance being evaluated, up to where the first named repeat opens,
   * then down through the numbered instances; '' when an instance does not exist or the path does
   * not lead to the field's own instance.
   */
  indexedRepeat(name: string, path: readonly RepeatIndex[]): Value {
    const target = this.compiled.byName.get(name);
    if (!target || !path.length) return '';
    const depth = target.repeats.indexOf(path[0].repeat);
    if (depth < 0) return '';
    let instance: Instance | undefined = this.instance;
    while (instance && instance.repeats.length > depth) instance = instance.parent ?? undefined;
    if (!instance || instance.repeats.some((repeat, i) => repeat !== target.repeats[i])) return '';
    for (const step of path) {
      if (instance.repeats.length >= target.repeats.length || target.repeats[instance.repeats.length] !== step.repeat) return '';
      instance = instance.repeatInstances(step.repeat)[Math.trunc(step.index) - 1];
      if (!instance) return '';
    }
    if (instance.repeats.length !== target.repeats.length) return '';
    return instance.isRelevant(target) ? typedValue(target.type, instance.value(target)) : '';
  }

  lastSaved(name: string): Value {
    const stored = this.options.lastSaved?.[name];
    if (!stored) return '';
    return typedValue(this.compiled.byName.get(name)?.type, stored);
  }

  choiceName(value: string, path: string): string {
    return choiceNameIn(this.compiled.form, value, path, this.options.language);
  }

  formVersion(): string {
    return this.compiled.form.version;
  }

  property(name: string): string {
    return this.options.properties?.[name.trim().toLowerCase()] ?? '';
  }

  itext(id: string): string {
    return itextIn(this.compiled.form, id, this.options.language);
  }
}
