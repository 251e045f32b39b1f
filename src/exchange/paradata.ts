/**
 * The event log (paradata) in packages: each response carries its whole log, every device's events
 * once; importing adds the events the database lacks, recognised by device and sequence, whatever
 * the merge decides about the response's answers (the log of a conflict's losing side is still what
 * happened). A package's logs are checked with the rest of it, before anything is written.
 */
import type { PackageResponse } from './types';
import type { ParadataEvent } from '../store/paradata-types';
import { codedProblem, type Problem } from '../common/errors';
import type { Db } from '../store/database';
import { isParadataKind, MAX_STORED_EVENTS, MAX_VALUE_LENGTH, mergeParadataEvents } from '../store/paradata';

/** Puts each exported response's log beside its answers (only a response that has one gets the key). */
export function attachParadata(
  responses: PackageResponse[],
  records: readonly { id: number }[],
  logs: ReadonlyMap<number, ParadataEvent[]>,
): void {
  records.forEach((record, i) => {
    const events = logs.get(record.id);
    if (events?.length) responses[i].paradata = events;
  });
}

/**
 * A response's log from a package, checked: absent is no log; anything malformed, an event twice,
 * or more events of one device than Kelisim ever stores, is a problem naming the response.
 */
export function checkPackageParadata(value: unknown, response: string): { events?: ParadataEvent[]; problems: Problem[] } {
  if (value === undefined) return { problems: [] };
  if (!Array.isArray(value)) return { problems: [codedProblem('package-paradata-malformed', { response, index: 1 })] };
  const seen = new Set<string>();
  const perDevice = new Map<string, number>();
  for (const [i, item] of value.entries()) {
    if (!isEvent(item)) return { problems: [codedProblem('package-paradata-malformed', { response, index: i + 1 })] };
    const key = `${item.device}\u0000${item.seq}`;
    if (seen.has(key)) return { problems: [codedProblem('package-paradata-repeated', { response, device: item.device, seq: item.seq })] };
    seen.add(key);
    const count = (perDevice.get(item.device) ?? 0) + 1;
    if (count > MAX_STORED_EVENTS) return { problems: [codedProblem('package-paradata-too-long', { response, max: MAX_STORED_EVENTS })] };
    perDevice.set(item.device, count);
  }
  // Only the known keys go on: a package's extra fields never reach the database.
  const events = (value as ParadataEvent[]).map((e): ParadataEvent => ({
    device: e.device,
    seq: e.seq,
    event: e.event,
    question: e.question,
    old: e.old,
    new: e.new,
    anchor: e.anchor,
    offset: e.offset,
    end: e.end,
  }));
  return { events, problems: [] };
}

/** Adds the logs of a package's responses (all in the database by now); returns how many events were new. */
export function mergePackageParadata(
  db: Db,
  responses: readonly { facts: { uuid: string }; paradata?: readonly ParadataEvent[] }[],
): number {
  let added = 0;
  for (const response of responses) {
    if (response.paradata?.length) added += mergeParadataEvents(db, response.facts.uuid, response.paradata);
  }
  return added;
}

function isEvent(value: unknown): value is ParadataEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.device === 'string' &&
    e.device.length > 0 &&
    e.device.length <= 100 &&
    Number.isSafeInteger(e.seq) &&
    (e.seq as number) >= 1 &&
    isParadataKind(e.event) &&
    isValue(e.question) &&
    isValue(e.old) &&
    isValue(e.new) &&
    isMs(e.anchor) &&
    isMs(e.offset) &&
    (e.end === null || (isMs(e.end) && (e.end as number) >= (e.offset as number)))
  );
}

/** Questions are paths; values are cut to MAX_VALUE_LENGTH when logged, so a longer one was not made by Kelisim. */
const isValue = (value: unknown) => value === null || (typeof value === 'string' && value.length <= Math.max(MAX_VALUE_LENGTH, 1_000));
const isMs = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
