/**
 * Reviewing responses: the list with its filters and pages, and one response read with labels.
 * Counts are worked out here from the responses the test itself creates (and, for the demo
 * study, from the full list), never copied from the output under test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPLETE_INTERVIEW, sessionWithSurvey, type TestSession } from '../../fixtures/collect/session';

let session: TestSession;
beforeEach(async () => {
  session = await sessionWithSurvey();
});
afterEach(() => session.close());

describe('the responses list', () => {
  it('filters by status, interviewer, region and start date, and pages newest first', async () => {
    await session.api('demo.seed', { responses: 120, seed: 7 });
    const everything = await session.api('responses.list', { limit: 500 });
    expect(everything.total).toBe(120);
    expect(everything.rows).toHaveLength(120);
    const starts = everything.rows.map((row) => row.startedAt);
    expect(starts).toEqual([...starts].sort((a, b) => b - a));

    // Pages cover the list exactly once.
    const pages = [];
    for (let offset = 0; offset < 120; offset += 50) pages.push(...(await session.api('responses.list', { offset, limit: 50 })).rows);
    expect(pages.map((row) => row.uuid)).toEqual(everything.rows.map((row) => row.uuid));

    const almaty = everything.rows.filter((row) => row.region === 'almaty_city');
    expect(almaty.length).toBeGreaterThan(0);
    const byRegion = await session.api('responses.list', { region: 'almaty_city', language: 'kk', limit: 500 });
    expect(byRegion.total).toBe(almaty.length);
    expect(byRegion.rows.every((row) => row.regionLabel === 'Алматы қаласы')).toBe(true);
    expect((await session.api('responses.list', { region: 'almaty_city', language: 'en', limit: 1 })).rows[0].regionLabel).toBe(
      'Almaty city',
    );

    const someone = everything.rows[0].interviewer;
    const theirs = await session.api('responses.list', { interviewer: someone, limit: 500 });
    expect(theirs.total).toBe(everything.rows.filter((row) => row.interviewer === someone).length);
    expect(everything.interviewers).toContain(someone);
    expect(everything.regions).toHaveLength(20);

    const middle = starts[60];
    const since = await session.api('responses.list', { startedFrom: middle, limit: 500 });
    expect(since.total).toBe(starts.filter((start) => start >= middle).length);
    const before = await session.api('responses.list', { startedBefore: middle, limit: 500 });
    expect(before.total + since.total).toBe(120);
  });

  it("counts drafts and finals apart, and lists a form's drafts for resuming", async () => {
    await session.api('demo.seed', { responses: 5, seed: 1 });
    const draft = await session.api('interviews.start', { formId: 'tolerance_kz' });
    const page = await session.api('responses.list', { formId: 'tolerance_kz' });
    expect(page).toMatchObject({ total: 6, drafts: 1, finals: 5 });
    const drafts = await session.api('responses.list', { formId: 'tolerance_kz', status: 'draft' });
    expect(drafts.rows.map((row) => row.uuid)).toEqual([draft.uuid]);
    expect(drafts.rows[0].region).toBe('');
    await session.api('interviews.save', { uuid: draft.uuid, position: 'demographics' });
    const stopped = await session.api('responses.list', { status: 'draft', language: 'ru' });
    expect(stopped.rows[0].positionLabel).toBe('Сведения о Вас');
    expect((await session.api('responses.list', { formId: 'no_such_form' })).total).toBe(0);
  });

  it('refuses a page size beyond 500 and a status other than draft or final', async () => {
    await expect(session.api('responses.list', { limit: 501 })).rejects.toThrow('at most 500');
    await expect(session.api('responses.list', { status: 'done' as 'final' })).rejects.toThrow('"draft" or "final"');
  });
});

describe('one response', () => {
  it('reads with its answers labeled in the language asked for', async () => {
    const interview = await session.api('interviews.start', { formId: 'tolerance_kz' });
    await session.api('interviews.save', { uuid: interview.uuid, answers: COMPLETE_INTERVIEW });
    await session.api('interviews.finalize', { uuid: interview.uuid });

    const russian = await session.api('responses.get', { uuid: interview.uuid, language: 'ru' });
    const item = (field: string) => russian.items.find((i) => i.field === field);
    expect(item('region')).toMatchObject({ value: 'almaty_reg', display: 'Алматинская область' });
    expect(item('languages')).toMatchObject({ value: 'kk ru other', display: 'Казахский; Русский; Другой язык' });
    expect(item('age')).toMatchObject({ label: 'Сколько Вам полных лет?', display: '42', groups: ['Интервью', 'Сведения о Вас'] });
    expect(russian.answers.ethnicity_other).toBe('Дүнген');

    const kazakh = await session.api('responses.get', { uuid: interview.uuid });
    expect(kazakh.labelLanguage).toBe('kk');
    expect(kazakh.items.find((i) => i.field === 'region')?.display).toBe('Алматы облысы');
    await expect(session.api('responses.get', { uuid: interview.uuid, language: 'de' })).rejects.toThrow('no language "de"');
  });
});
