/**
 * An interviewer works from an assignment: the interview starts with its place filled in, and when the gender
 * answer puts the second respondent into a cell the first already filled, the save says so; ending politely keeps
 * the interview, out of analysis and out of the done count.
 */
import fs from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPLETE_INTERVIEW, failure, sessionWithSurvey, type TestSession } from '../../fixtures/collect/session';
import { tempFolder } from '../../helpers/temp';
import { kelisim } from '../../helpers/cli';

const temp = tempFolder();
afterAll(() => temp.cleanup());
let session: TestSession;
beforeEach(async () => {
  session = await sessionWithSurvey();
  const plan = temp.file(`plan-${Date.now()}.csv`);
  fs.writeFileSync(
    plan,
    [
      'id,interviewer,region,district,settlement,target,quota:gender=female',
      'esik,Айгүл Серікқызы,almaty_reg,Еңбекшіқазақ ауданы,Есік,3,1',
    ].join('\n'),
  );
  await session.api('plan.import', { formId: 'tolerance_kz', file: { path: plan } });
});
afterEach(() => session.close());

const PERSON = Object.fromEntries(
  Object.entries(COMPLETE_INTERVIEW).filter(([name]) => !['region', 'district', 'settlement'].includes(name)),
);

describe('interviewing from an assignment', () => {
  it('prefills the location answers of the assignment', async () => {
    const interview = await session.api('interviews.start', { formId: 'tolerance_kz', assignmentId: 'esik' });
    expect(interview.answers).toMatchObject({ region: 'almaty_reg', district: 'Еңбекшіқазақ ауданы', settlement: 'Есік' });
    const error = await failure(session.api('interviews.start', { formId: 'tolerance_kz', assignmentId: 'nowhere' }));
    expect(error.code).toBe('plan-assignment-unknown');
  });

  it('says which assignment an interview counts towards, so the next interview starts from the same one', async () => {
    const first = await session.api('interviews.start', { formId: 'tolerance_kz', assignmentId: 'esik' });
    expect(first.assignmentId).toBe('esik');
    await session.api('interviews.save', { uuid: first.uuid, answers: PERSON });
    await session.api('interviews.finalize', { uuid: first.uuid });
    // Opened again (a reload, a draft continued later), it still knows: its place is the assignment's.
    expect((await session.api('interviews.open', { uuid: first.uuid })).assignmentId).toBe('esik');

    // Started outside the plan, in another village: outside it stays, and so does the next one.
    const elsewhere = await session.api('interviews.start', { formId: 'tolerance_kz' });
    expect(elsewhere.assignmentId).toBeUndefined();
    await session.api('interviews.save', {
      uuid: elsewhere.uuid,
      answers: { ...PERSON, region: 'zhambyl', district: 'Байзақ ауданы', settlement: 'Сарыкемер' },
    });
    expect((await session.api('interviews.open', { uuid: elsewhere.uuid })).assignmentId).toBeUndefined();
  });

  it('says when the answer given falls in a full quota cell, and ends such an interview over quota', async () => {
    const first = await session.api('interviews.start', { formId: 'tolerance_kz', assignmentId: 'esik' });
    const receipt = await session.api('interviews.save', { uuid: first.uuid, answers: PERSON });
    expect(receipt.quotaFull).toBeUndefined(); // nobody finalized yet: the cell has room
    await session.api('interviews.finalize', { uuid: first.uuid });

    const second = await session.api('interviews.start', { formId: 'tolerance_kz', assignmentId: 'esik' });
    const age = await session.api('interviews.save', { uuid: second.uuid, answers: { consent: 'yes', age: '30' } });
    expect(age.quotaFull).toBeUndefined(); // not a quota question
    const male = await session.api('interviews.save', { uuid: second.uuid, answers: { gender: 'male' } });
    expect(male.quotaFull).toBeUndefined();
    const female = await session.api('interviews.save', { uuid: second.uuid, answers: { gender: 'female' } });
    expect(female.quotaFull).toEqual({ assignmentId: 'esik', question: 'gender', choice: 'female', target: 1, final: 1 });

    await session.api('interviews.endOverQuota', { uuid: second.uuid });
    const progress = await session.api('fieldwork.progress', { formId: 'tolerance_kz' });
    // Kept, never counted as done, and not a draft to continue either: counted apart.
    expect(progress.assignments[0]).toMatchObject({ final: 1, drafts: 0, overQuota: 1, rejected: 0, remaining: 2 });
    expect((await failure(session.api('interviews.endOverQuota', { uuid: first.uuid }))).code).toBe('interview-not-draft-over-quota');
  });
});

describe('interviews ended over quota are counted apart', () => {
  /** A woman and a man done (the cell of women holds one), two women ended over quota, one interview begun. */
  async function fieldDay() {
    const done = async (answers: Record<string, string>) => {
      const { uuid } = await session.api('interviews.start', { formId: 'tolerance_kz', assignmentId: 'esik' });
      await session.api('interviews.save', { uuid, answers });
      await session.api('interviews.finalize', { uuid });
      return uuid;
    };
    const begun = async (answers: Record<string, string>) => {
      const { uuid } = await session.api('interviews.start', { formId: 'tolerance_kz', assignmentId: 'esik' });
      await session.api('interviews.save', { uuid, answers });
      return uuid;
    };
    const woman = await done(PERSON);
    const man = await done({ ...PERSON, gender: 'male' });
    const overWomen = [
      await begun({ consent: 'yes', age: '51', gender: 'female' }),
      await begun({ consent: 'yes', age: '64', gender: 'female' }),
    ];
    for (const uuid of overWomen) await session.api('interviews.endOverQuota', { uuid });
    const unfinished = await begun({ consent: 'yes', age: '23' });
    // A finished interview the lead rejects is rejected, whatever the words of the reason.
    await session.api('quality.review', { uuid: man, verdict: 'reject', reason: 'over quota' });
    // Outside the plan (another village), an interview ended over quota after the plan changed.
    const elsewhere = await session.api('interviews.start', { formId: 'tolerance_kz' });
    await session.api('interviews.save', { uuid: elsewhere.uuid, answers: { consent: 'yes', region: 'zhambyl', gender: 'female' } });
    await session.api('interviews.endOverQuota', { uuid: elsewhere.uuid });
    return { woman, man, overWomen, unfinished, elsewhere: elsewhere.uuid };
  }

  it('in the progress per assignment, per quota cell and in the totals', async () => {
    await fieldDay();
    const progress = await session.api('fieldwork.progress', { formId: 'tolerance_kz' });
    // By hand: 1 woman final (the man is rejected), 2 women ended over quota, 1 draft to continue; target 3.
    expect(progress.assignments[0]).toMatchObject({ final: 1, drafts: 1, overQuota: 2, rejected: 1, remaining: 2 });
    expect(progress.assignments[0].quotas).toEqual([
      { question: 'gender', choice: 'female', target: 1, final: 1, overQuota: 2, full: true },
    ]);
    expect(progress.totals).toEqual({ target: 3, final: 1, drafts: 1, rejected: 1, overQuota: 2, remaining: 2 });
    expect(progress).toMatchObject({ outside: 0, outsideDrafts: 0, outsideOverQuota: 1 });
  });

  it('not among the drafts to continue, in the response list and the forms list', async () => {
    const day = await fieldDay();
    const toContinue = await session.api('responses.list', { status: 'draft', overQuota: false });
    expect(toContinue.rows.map((row) => row.uuid)).toEqual([day.unfinished]);
    expect(toContinue).toMatchObject({ total: 1, drafts: 1, overQuota: 0 });
    const over = await session.api('responses.list', { overQuota: true });
    expect(new Set(over.rows.map((row) => row.uuid))).toEqual(new Set([...day.overWomen, day.elsewhere]));
    expect(over.rows.every((row) => row.overQuota && row.status === 'draft')).toBe(true);
    const all = await session.api('responses.list', {});
    expect(all).toMatchObject({ total: 6, finals: 2, drafts: 1, overQuota: 3 });
    expect(all.rows.find((row) => row.uuid === day.man)?.overQuota).toBe(false);
    const [form] = await session.api('forms.list', {});
    expect(form).toMatchObject({ responses: 6, finals: 2, drafts: 1, overQuota: 3 });
  });
});

describe('the command line', () => {
  it('refuses an unknown --over-quota choice with exit 2', async () => {
    const run = await kelisim('responses', 'list', '--db', temp.file('none.db'), '--over-quota', 'maybe');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--over-quota is "only" or "none", not "maybe"');
  });
});
