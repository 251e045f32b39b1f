/**
 * Speeding from the event log: an interview's duration is the time its questions were on screen,
 * compared with the median of the interviews timed the same way; and an interview where at least a
 * fifth of the answered questions were on screen under 2 seconds is flagged with those questions.
 * Interviews without a log fall back to their start and finish times. Every duration here is set
 * by the test: 40 answered questions at 12 s each is 8 minutes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLETE_INTERVIEW, sessionWithSurvey, type TestSession } from '../../fixtures/collect/session';
import type { QualityReport, ReportedEvent } from '../../../src/api/spec';

let session: TestSession;
let report: QualityReport;
const uuids: Record<string, string> = {};
const ANCHOR = Date.UTC(2026, 11, 4, 8, 0, 0);
const QUESTIONS = Object.keys(COMPLETE_INTERVIEW).slice(0, 40);

/** A finalized interview whose log shows each of the 40 questions for the seconds `secondsOf` gives. */
async function interview(name: string, secondsOf: ((i: number) => number) | undefined): Promise<void> {
  const { uuid } = await session.api('interviews.start', { formId: 'tolerance_kz' });
  uuids[name] = uuid;
  if (!secondsOf) {
    await session.api('interviews.save', { uuid, answers: COMPLETE_INTERVIEW });
  } else {
    let at = 0;
    const events: ReportedEvent[] = QUESTIONS.map((question, i) => {
      const start = at;
      at += secondsOf(i) * 1000;
      return { event: 'question', question, at: start, end: at };
    });
    await session.api('interviews.save', { uuid, answers: COMPLETE_INTERVIEW, paradata: { anchor: ANCHOR, at, events } });
  }
  await session.api('interviews.finalize', { uuid });
}

beforeAll(async () => {
  session = await sessionWithSurvey();
  for (let i = 0; i < 5; i++) await interview(`steady${i}`, () => 12);
  await interview('rusher', () => 1.5); // 1 minute in all, every question under 2 s
  await interview('skimmer', (i) => (i % 4 === 0 ? 1 : 15)); // 10 of 40 under 2 s, 7.67 minutes in all
  await interview('unlogged', undefined); // no log: timed by its start and finish (seconds apart in a test)
  report = await session.api('quality.run', { formId: 'tolerance_kz' });
});
afterAll(() => session.close());

const speedingOf = (name: string) => report.responses.find((r) => r.uuid === uuids[name])?.flags.find((f) => f.check === 'speeding');

describe('speeding from the event log', () => {
  it('times an interview by its questions on screen, against the median of the interviews timed that way', () => {
    // The seven logged interviews: five of 8 min, one of 1 min, one of 7.67 min; median 8, a third of it 2.67.
    expect(speedingOf('rusher')?.detail).toMatchObject({ minutes: 1, medianMinutes: 8, source: 'paradata' });
    for (let i = 0; i < 5; i++) expect(speedingOf(`steady${i}`)).toBeUndefined();
  });

  it('flags an interview whose answered questions were rushed, naming them, though its duration is ordinary', () => {
    const detail = speedingOf('skimmer')?.detail as {
      minutes: number;
      rushedQuestions: { question: string; seconds: number }[];
      timedQuestions: number;
    };
    expect(detail.minutes).toBe(7.7);
    // Region, district and settlement came prefilled from the interview before and were left as they were: not answered there.
    expect(detail.timedQuestions).toBe(37);
    expect(detail.rushedQuestions).toEqual(QUESTIONS.filter((_, i) => i % 4 === 0).map((question) => ({ question, seconds: 1 })));
  });

  it('falls back to the start and finish times for an interview without a log, and does not compare it with logged ones', () => {
    // Alone in its group, it is its own median: never under a third of it.
    expect(speedingOf('unlogged')).toBeUndefined();
  });

  it("takes a lead's own minimum", async () => {
    const strict = await session.api('quality.run', { formId: 'tolerance_kz', questionMinSeconds: 13, rushedQuestionShare: 0.5 });
    const flagged = strict.responses
      .filter((r) => r.flags.some((f) => f.check === 'speeding'))
      .map((r) => r.uuid)
      .sort();
    // 12 s per question is now rushed, so the steady interviews are too; the skimmer's 10 of 37 stay under half.
    expect(flagged).toEqual([...Array.from({ length: 5 }, (_, i) => uuids[`steady${i}`]), uuids.rusher].sort());
  });
});
