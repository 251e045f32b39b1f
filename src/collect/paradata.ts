/**
 * Recording an interview's event log (paradata). The screen reports what only it sees (a question
 * shown and left, back, jump, language, start, suspend, resume) in batches that ride on its saves;
 * the core logs what it decides itself (an answer changed, finalized, reopened) in the same
 * transaction as the change. What the screen sends is untrusted and checked like answers.
 *
 * The log is bounded, so that a long interview cannot grow it without end:
 * - rapid changes of one answer (typing, clicking through choices) within COALESCE_MS of each other
 *   are one event, keeping the first old value and the last new one;
 * - a device logs at most MAX_EVENTS_PER_RESPONSE events per response; past that only the events
 *   that mark the interview's course (start, suspend, resume, finalize, reopen) are kept, up to
 *   MAX_STORED_EVENTS;
 * - old and new values are cut to MAX_VALUE_LENGTH characters (an open answer can be 20,000).
 */
import type { ParadataBatch, ParadataClock, ReportedEvent, ReportedEventKind } from './paradata-types';
import type { ParadataEventKind } from '../store/paradata-types';
import { codedError } from '../common/errors';
import type { Db } from '../store/database';
import { deviceId } from '../store/installation';
import {
  appendParadataEvents,
  coalesceAnswerEvent,
  lastParadataEvent,
  MAX_EVENTS_PER_RESPONSE,
  MAX_STORED_EVENTS,
  MAX_VALUE_LENGTH,
  type LastEvent,
  type NewParadataEvent,
} from '../store/paradata';

export { MAX_EVENTS_PER_RESPONSE, MAX_STORED_EVENTS, MAX_VALUE_LENGTH };

export const COALESCE_MS = 2000;
/** Events one save may bring: a screen sends its log at every move, so a batch is a handful. */
export const MAX_EVENTS_PER_BATCH = 500;

const REPORTED: ReadonlySet<string> = new Set<ReportedEventKind>(['start', 'resume', 'suspend', 'question', 'language', 'back', 'jump']);
/** Kept past the cap: few, and what a reader needs to follow the interview's course. */
const MILESTONES: ReadonlySet<string> = new Set<ParadataEventKind>(['start', 'suspend', 'resume', 'finalize', 'reopen']);

/**
 * The core's own clock, for events logged without the screen's (the command line, the API used
 * directly): its anchor is this process's start, its offsets performance.now().
 */
const PROCESS_ANCHOR = Math.round(Date.now() - performance.now());
export const coreClock = (): ParadataClock => ({ anchor: PROCESS_ANCHOR, at: Math.round(performance.now()) });

/** What the core logs itself. */
export interface CoreEvent {
  event: 'answer' | 'finalize' | 'reopen';
  question?: string;
  old?: string;
  new?: string;
}

/** Checks a batch from the screen; throws a coded bad-input error naming the first thing wrong. */
export function checkParadataBatch(batch: unknown): ParadataBatch | undefined {
  if (batch === undefined) return undefined;
  const clock = batch as Record<string, unknown>;
  if (typeof batch !== 'object' || batch === null || !isMs(clock.anchor) || !isMs(clock.at)) {
    throw codedError('bad-input', 'paradata-clock-malformed', undefined);
  }
  const events = clock.events;
  if (events !== undefined && !Array.isArray(events)) throw codedError('bad-input', 'paradata-event-malformed', { index: 1 });
  if (events && events.length > MAX_EVENTS_PER_BATCH)
    throw codedError('bad-input', 'paradata-batch-too-long', { max: MAX_EVENTS_PER_BATCH });
  (events ?? []).forEach((value: unknown, i) => {
    const e = value as Record<string, unknown>;
    if (
      typeof value !== 'object' ||
      value === null ||
      !isMs(e.at) ||
      !isOptionalText(e.question) ||
      !isOptionalText(e.old) ||
      !isOptionalText(e.new) ||
      !(e.end === undefined || (isMs(e.end) && (e.end as number) >= (e.at as number)))
    ) {
      throw codedError('bad-input', 'paradata-event-malformed', { index: i + 1 });
    }
    if (!REPORTED.has(e.event as string)) {
      throw codedError('bad-input', 'paradata-event-not-reported', { index: i + 1, event: String(e.event) });
    }
  });
  return batch as ParadataBatch;
}

/**
 * Logs a batch of the screen's events, then the core's own at the batch's time (or the core's
 * clock), for this installation. Runs inside the caller's transaction.
 */
export function logInterviewEvents(db: Db, responseId: number, batch: ParadataBatch | undefined, core: readonly CoreEvent[]): void {
  const reported = batch?.events ?? [];
  if (!reported.length && !core.length) return;
  const clock = batch ? { anchor: Math.round(batch.anchor), at: Math.round(batch.at) } : coreClock();
  const events: NewParadataEvent[] = [
    ...reported.map((e) => fromReported(e, clock.anchor)),
    ...core.map((e): NewParadataEvent => ({
      event: e.event,
      question: e.question ?? null,
      old: cut(e.old),
      new: cut(e.new),
      anchor: clock.anchor,
      offset: clock.at,
      end: null,
    })),
  ];
  appendBounded(db, responseId, installationDevice(db), events);
}

function fromReported(e: ReportedEvent, anchor: number): NewParadataEvent {
  return {
    event: e.event,
    question: e.question ?? null,
    old: cut(e.old),
    new: cut(e.new),
    anchor,
    offset: Math.round(e.at),
    end: e.end === undefined ? null : Math.round(e.end),
  };
}

/** Numbers the events after the device's last one, coalescing rapid answer changes and keeping to the cap. */
export function appendBounded(db: Db, responseId: number, device: string, events: readonly NewParadataEvent[]): void {
  let last: LastEvent | undefined = lastParadataEvent(db, responseId, device);
  let seq = last?.seq ?? 0;
  const fresh: (NewParadataEvent & { seq: number })[] = [];
  for (const event of events) {
    if (last && coalesces(last, event)) {
      const pending = fresh.at(-1);
      if (pending?.seq === last.seq) Object.assign(pending, { new: event.new, anchor: event.anchor, offset: event.offset });
      else coalesceAnswerEvent(db, responseId, device, last.seq, event);
      last = { ...last, offset: event.offset };
      continue;
    }
    if (seq >= MAX_STORED_EVENTS || (seq >= MAX_EVENTS_PER_RESPONSE && !MILESTONES.has(event.event))) continue;
    fresh.push({ ...event, seq: ++seq });
    last = { seq, event: event.event, question: event.question, anchor: event.anchor, offset: event.offset };
  }
  appendParadataEvents(db, responseId, device, fresh);
}

const coalesces = (last: LastEvent, next: NewParadataEvent) =>
  next.event === 'answer' &&
  last.event === 'answer' &&
  last.question === next.question &&
  last.anchor === next.anchor &&
  next.offset - last.offset <= COALESCE_MS;

const devices = new WeakMap<Db, string>();
/** This installation's device id, read once per connection (every save logs under it). */
function installationDevice(db: Db): string {
  let device = devices.get(db);
  if (device === undefined) devices.set(db, (device = deviceId(db)));
  return device;
}

function cut(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  return value.length > MAX_VALUE_LENGTH ? value.slice(0, MAX_VALUE_LENGTH) : value;
}

const isMs = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= Number.MAX_SAFE_INTEGER;
const isOptionalText = (value: unknown) => value === undefined || (typeof value === 'string' && value.length <= 20_000);
