/**
 * An interviewer works from an assignment: the interview starts with its place filled in, and when the gender
 * answer puts the second respondent into a cell the first already filled, the save says so; ending politely keeps
 * the interview, out of analysis and out of the done count.
 */
import fs from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPLETE_INTERVIEW, failure, sessionWithSurvey, type TestSession } from '../../fixtures/collect/session';
import { tempFolder } from '../../helpers/temp';

const temp = tempFolder();
afterAll(() => temp.cleanup());
let session: TestSession;
beforeEach(async () => {
  session = await sessionWithSurvey();
  const plan = temp.file(`plan-${Date.now()}.csv`);
  fs.writeFileSync(plan, [
    'id,interviewer,region,district,settlement,target,quota:gender=female',
    'esik,Айгүл Серікқызы,almaty_reg,Еңбекшіқазақ ауданы,Есік,3,1',
  ].join('\n'));
  await session.api('plan.import', { formId: 'tolerance_kz', file: { path: plan } });
});
afterEach(() => session.close());

const PERSON = Object.fromEntries(Object.entries(COMPLETE_INTERVIEW).filter(([name]) => !['region', 'district', 'settlement'].includes(name)));

describe('interviewing from an assignment', () => {
  it('prefills the location answers of the assignment', async () => {
    const interview = await session.api('interviews.start', { formId: 'tolerance_kz', assignmentId: 'esik' });
    expect(interview.answers).toMatchObject({ region: 'almaty_reg', district: 'Еңбекшіқазақ ауданы', settlement: 'Есік' });
    const error = await failure(session.api('interviews.start', { formId: 'tolerance_kz', assignmentId: 'nowhere' }));
    expect(error.code).toBe('plan-assignment-unknown');
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
    expect(progress.assignments[0]).toMatchObject({ final: 1, remaining: 2 });
    expect(progress.assignments[0].drafts).toBe(1); // kept, never counted as done
    expect((await failure(session.api('interviews.endOverQuota', { uuid: first.uuid }))).code).toBe('interview-not-draft-over-quota');
  });
});
