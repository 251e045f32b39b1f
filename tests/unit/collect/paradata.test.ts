/**
 * The interview's event log through the API: the screen reports questions shown and left, moves
 * back and jumps, language switches; the core logs answers changed (old → new), finalizing and
 * reopening itself; rapid changes of one answer are one event; the log is bounded; what the screen
 * sends is checked. Expected logs are written out by hand from the calls each test makes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPLETE_INTERVIEW, failure, sessionWithSurvey, type TestSession } from '../../fixtures/collect/session';
import { COALESCE_MS, MAX_EVENTS_PER_RESPONSE, MAX_VALUE_LENGTH } from '../../../src/collect/paradata';

let session: TestSession;
beforeEach(async () => {
  session = await sessionWithSurvey();
});
afterEach(() => session.close());

const ANCHOR = Date.UTC(2026, 11, 4, 9, 0, 0);

describe('the event log of an interview', () => {
  it('holds what the screen reported and what the core logged, in order, with the session clock', async () => {
    const { uuid } = await session.api('interviews.start', { formId: 'tolerance_kz' });
    const { deviceId } = await session.api('app.info', {});
    await session.api('interviews.save', {
      uuid,
      position: 'consent',
      paradata: { anchor: ANCHOR, at: 10, events: [{ event: 'start', at: 5 }] },
    });
    await session.api('interviews.save', { uuid, answers: { consent: 'yes' }, paradata: { anchor: ANCHOR, at: 4_000 } });
    await session.api('interviews.save', {
      uuid,
      position: 'region',
      paradata: { anchor: ANCHOR, at: 4_200, events: [{ event: 'question', question: 'consent', at: 10, end: 4_150 }] },
    });
    await session.api('interviews.save', {
      uuid,
      language: 'ru',
      position: 'consent',
      paradata: {
        anchor: ANCHOR,
        at: 9_000,
        events: [
          { event: 'language', old: 'kk', new: 'ru', at: 6_000 },
          { event: 'question', question: 'region', at: 4_200, end: 8_900 },
          { event: 'back', old: 'region', new: 'consent', at: 8_900 },
        ],
      },
    });
    await session.api('interviews.save', { uuid, answers: { consent: 'no' }, paradata: { anchor: ANCHOR, at: 12_000 } });

    const { events } = await session.api('interviews.paradata', { uuid });
    const at = (offset: number) => ({ anchor: ANCHOR, offset });
    expect(events).toEqual([
      { device: deviceId, seq: 1, event: 'start', question: null, old: null, new: null, ...at(5), end: null },
      { device: deviceId, seq: 2, event: 'answer', question: 'consent', old: null, new: 'yes', ...at(4_000), end: null },
      { device: deviceId, seq: 3, event: 'question', question: 'consent', old: null, new: null, ...at(10), end: 4_150 },
      { device: deviceId, seq: 4, event: 'language', question: null, old: 'kk', new: 'ru', ...at(6_000), end: null },
      { device: deviceId, seq: 5, event: 'question', question: 'region', old: null, new: null, ...at(4_200), end: 8_900 },
      { device: deviceId, seq: 6, event: 'back', question: null, old: 'region', new: 'consent', ...at(8_900), end: null },
      { device: deviceId, seq: 7, event: 'answer', question: 'consent', old: 'yes', new: 'no', ...at(12_000), end: null },
    ]);
  });

  it('logs finalizing and reopening in the core, and the answers finalizing would not change are not logged again', async () => {
    const { uuid } = await session.api('interviews.start', { formId: 'tolerance_kz' });
    await session.api('interviews.save', { uuid, answers: COMPLETE_INTERVIEW, paradata: { anchor: ANCHOR, at: 100 } });
    await session.api('interviews.finalize', { uuid, paradata: { anchor: ANCHOR, at: 60_000 } });
    await session.api('interviews.reopen', { uuid });
    const { events } = await session.api('interviews.paradata', { uuid });
    const answered = Object.values(COMPLETE_INTERVIEW).length;
    expect(events.filter((e) => e.event === 'answer')).toHaveLength(answered);
    expect(events.slice(-2).map((e) => [e.event, e.offset === 60_000])).toEqual([
      ['finalize', true],
      ['reopen', false],
    ]);
    // Reopened from the command line or the API alone: the core's own monotonic clock, anchored at its start.
    const reopen = events.at(-1)!;
    expect(Math.abs(reopen.anchor + reopen.offset - Date.now())).toBeLessThan(5_000);
  });

  it('keeps rapid changes of one answer as one event: the first old value, the last new one', async () => {
    const { uuid } = await session.api('interviews.start', { formId: 'tolerance_kz' });
    const typed = ['Е', 'Ес', 'Есі', 'Есік'];
    for (const [i, text] of typed.entries()) {
      await session.api('interviews.save', { uuid, answers: { settlement: text }, paradata: { anchor: ANCHOR, at: 1_000 + i * 300 } });
    }
    // A change after a pause longer than COALESCE_MS is a new event.
    await session.api('interviews.save', {
      uuid,
      answers: { settlement: 'Талғар' },
      paradata: { anchor: ANCHOR, at: 1_900 + COALESCE_MS + 1 },
    });
    const { events } = await session.api('interviews.paradata', { uuid });
    expect(events.map((e) => [e.seq, e.old, e.new, e.offset])).toEqual([
      [1, null, 'Есік', 1_900],
      [2, 'Есік', 'Талғар', 1_900 + COALESCE_MS + 1],
    ]);
  });

  it("is bounded: values cut, and past the cap only the interview's milestones are kept", async () => {
    const { uuid } = await session.api('interviews.start', { formId: 'tolerance_kz' });
    await session.api('interviews.save', { uuid, answers: { comments: 'ж'.repeat(5_000) }, paradata: { anchor: ANCHOR, at: 1 } });
    const questions = Array.from({ length: MAX_EVENTS_PER_RESPONSE + 10 }, (_, i) => ({
      event: 'question' as const,
      question: 'age',
      at: i,
      end: i + 1,
    }));
    for (let i = 0; i < questions.length; i += 500) {
      await session.api('interviews.save', { uuid, paradata: { anchor: ANCHOR, at: 10, events: questions.slice(i, i + 500) } });
    }
    await session.api('interviews.save', { uuid, paradata: { anchor: ANCHOR, at: 20, events: [{ event: 'suspend', at: 20 }] } });
    const { events } = await session.api('interviews.paradata', { uuid });
    expect(events[0].new).toHaveLength(MAX_VALUE_LENGTH);
    expect(events).toHaveLength(MAX_EVENTS_PER_RESPONSE + 1);
    expect(events.at(-1)!.event).toBe('suspend');
  });

  it('refuses a malformed batch from the screen with a coded error, and saves nothing of that save', async () => {
    const { uuid } = await session.api('interviews.start', { formId: 'tolerance_kz' });
    const bad = [
      [{ anchor: -1, at: 0 }, 'paradata-clock-malformed'],
      [{ anchor: ANCHOR, at: 0, events: [{ event: 'question', at: 10, end: 5 }] }, 'paradata-event-malformed'],
      [{ anchor: ANCHOR, at: 0, events: [{ event: 'answer', at: 10 }] }, 'paradata-event-not-reported'],
      [{ anchor: ANCHOR, at: 0, events: Array.from({ length: 501 }, () => ({ event: 'back', at: 1 })) }, 'paradata-batch-too-long'],
    ] as const;
    for (const [paradata, code] of bad) {
      const error = await failure(session.api('interviews.save', { uuid, answers: { age: '30' }, paradata: paradata as never }));
      expect([error.kind, error.code]).toEqual(['bad-input', code]);
    }
    expect((await session.api('interviews.open', { uuid })).answers.age).toBeUndefined();
    expect((await session.api('interviews.paradata', { uuid })).events).toEqual([]);
  });
});
