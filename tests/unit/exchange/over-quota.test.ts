/**
 * An interview ended over quota travels in the laptop's ordinary package: it is ended, not unfinished work. The lead
 * imports a plan and sends Айгүл hers; she finishes one woman, ends the next woman over quota and leaves a third
 * interview unfinished; her default package (no drafts asked for) brings the lead the finished one and the one ended
 * over quota with its "over quota" review, so the lead's progress counts it, and analysis leaves it out there too.
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { COMPLETE_INTERVIEW, sessionWithSurvey, type TestSession } from '../../fixtures/collect/session';
import { tempFolder } from '../../helpers/temp';
import { reviewsOfResponses } from '../../../src/store/fieldwork';

const temp = tempFolder();
afterAll(() => temp.cleanup());

const INTERVIEWER = 'Айгүл Серікқызы';
const PERSON = Object.fromEntries(
  Object.entries(COMPLETE_INTERVIEW).filter(([name]) => !['region', 'district', 'settlement'].includes(name)),
);

/** Айгүл's one assignment in Есік: three interviews, one of them a woman (the quota cell that fills). */
function esikPlan(name: string): string {
  const plan = temp.file(name);
  fs.writeFileSync(
    plan,
    [
      'id,interviewer,region,district,settlement,target,quota:gender=female',
      `esik,${INTERVIEWER},almaty_reg,Еңбекшіқазақ ауданы,Есік,3,1`,
    ].join('\n'),
  );
  return plan;
}

async function fromAssignment(laptop: TestSession, answers: Record<string, string>): Promise<string> {
  const { uuid } = await laptop.api('interviews.start', { formId: 'tolerance_kz', assignmentId: 'esik' });
  await laptop.api('interviews.save', { uuid, answers });
  return uuid;
}

describe('interviews ended over quota in the ordinary package', () => {
  it('reach the lead with their review: counted over quota in the progress, left out of analysis', async () => {
    const lead = await sessionWithSurvey('Lead');
    const laptop = await sessionWithSurvey(INTERVIEWER);
    try {
      const plan = esikPlan('plan.csv');
      await lead.api('plan.import', { formId: 'tolerance_kz', file: { path: plan } });
      const planPackage = temp.file('plan-aigul.kelisim');
      await lead.api('packages.exportPlan', { formId: 'tolerance_kz', interviewer: INTERVIEWER, out: planPackage, unencrypted: true });
      await laptop.api('packages.import', { files: [{ path: planPackage }] });

      const woman = await fromAssignment(laptop, PERSON);
      await laptop.api('interviews.finalize', { uuid: woman });
      const over = await fromAssignment(laptop, { consent: 'yes', age: '35', gender: 'female' });
      await laptop.api('interviews.endOverQuota', { uuid: over });
      const unfinished = await fromAssignment(laptop, { consent: 'yes', age: '23' });

      const out = temp.file('from-aigul.kelisim');
      const exported = await laptop.api('packages.export', { out, unencrypted: true });
      // The finished interview and the one ended over quota; the unfinished one waits on the laptop.
      expect(exported.manifest.responses).toBe(2);
      expect(exported.manifest.scope.includeDrafts).toBe(false);
      // Inspected before the merge, it says what it holds: not "1 unfinished" while its scope leaves drafts out.
      const inspected = await lead.api('packages.inspect', { file: { path: out } });
      expect(inspected.responses).toEqual({ total: 2, final: 1, draft: 0, overQuota: 1 });
      await lead.api('packages.import', { files: [{ path: out }] });

      const listed = await lead.api('responses.list', { formId: 'tolerance_kz' });
      expect(new Set(listed.rows.map((row) => row.uuid))).toEqual(new Set([woman, over]));
      expect(listed.rows.some((row) => row.uuid === unfinished)).toBe(false);
      expect(listed).toMatchObject({ total: 2, finals: 1, drafts: 0, overQuota: 1 });
      expect(reviewsOfResponses(lead.db, [over])).toMatchObject([{ uuid: over, verdict: 'reject', reason: 'over quota' }]);

      const progress = await lead.api('fieldwork.progress', { formId: 'tolerance_kz' });
      // By hand: one woman done of 3, one ended over quota in the full cell of women, nothing to continue.
      expect(progress.assignments[0]).toMatchObject({ id: 'esik', final: 1, drafts: 0, overQuota: 1, rejected: 0, remaining: 2 });
      expect(progress.assignments[0].quotas).toEqual([
        { question: 'gender', choice: 'female', target: 1, final: 1, overQuota: 1, full: true },
      ]);
      expect(progress.totals.overQuota).toBe(1);

      // Even with the drafts asked for, analysis counts the one woman finished, not the one ended over quota.
      for (const status of ['final', 'all'] as const) {
        const gender = await lead.api('analysis.frequencies', { formId: 'tolerance_kz', variable: 'gender', status });
        expect(gender.n).toBe(1);
      }
    } finally {
      laptop.close();
      lead.close();
    }
  });

  it('travel in a package "since the last" even when that last one left while they were being answered', async () => {
    const laptop = await sessionWithSurvey(INTERVIEWER);
    const lead = await sessionWithSurvey('Lead');
    try {
      const plan = esikPlan('plan-2.csv');
      await laptop.api('plan.import', { formId: 'tolerance_kz', file: { path: plan } });
      const woman = await fromAssignment(laptop, PERSON);
      await laptop.api('interviews.finalize', { uuid: woman });
      const over = await fromAssignment(laptop, { consent: 'yes', age: '35', gender: 'female' });
      // A package leaves between the last answer and the end over quota.
      const first = temp.file('first.kelisim');
      expect((await laptop.api('packages.export', { out: first, sinceLast: true, unencrypted: true })).manifest.responses).toBe(1);
      await laptop.api('interviews.endOverQuota', { uuid: over });
      const second = temp.file('second.kelisim');
      const next = await laptop.api('packages.export', { out: second, sinceLast: true, unencrypted: true });
      expect(next.manifest.responses).toBe(1);
      await lead.api('packages.import', { files: [{ path: first }, { path: second }] });
      expect(await lead.api('responses.list', { overQuota: true })).toMatchObject({ total: 1, rows: [{ uuid: over }] });
    } finally {
      laptop.close();
      lead.close();
    }
  });

  it('replace the unfinished copy a lead already has: the lead then counts it over quota, not as a draft', async () => {
    const laptop = await sessionWithSurvey(INTERVIEWER);
    const lead = await sessionWithSurvey('Lead');
    try {
      const plan = esikPlan('plan-3.csv');
      await lead.api('plan.import', { formId: 'tolerance_kz', file: { path: plan } });
      await laptop.api('plan.import', { formId: 'tolerance_kz', file: { path: plan } });
      const woman = await fromAssignment(laptop, PERSON);
      await laptop.api('interviews.finalize', { uuid: woman });
      const over = await fromAssignment(laptop, { consent: 'yes', age: '35', gender: 'female' });

      // The evening's package, drafts included: the lead has the second woman as unfinished work.
      const evening = temp.file('evening.kelisim');
      const first = await laptop.api('packages.export', { out: evening, includeDrafts: true, sinceLast: true, unencrypted: true });
      expect(first.manifest.responses).toBe(2);
      await lead.api('packages.import', { files: [{ path: evening }] });
      expect(await lead.api('responses.list', { formId: 'tolerance_kz' })).toMatchObject({ total: 2, finals: 1, drafts: 1, overQuota: 0 });
      const before = await lead.api('fieldwork.progress', { formId: 'tolerance_kz' });
      expect(before.assignments[0]).toMatchObject({ final: 1, drafts: 1, overQuota: 0 });

      // Next morning she ends it over quota; the next package (ordinary, since the last) carries the end.
      await laptop.api('interviews.endOverQuota', { uuid: over });
      const morning = temp.file('morning.kelisim');
      const second = await laptop.api('packages.export', { out: morning, sinceLast: true, unencrypted: true });
      expect(second.manifest.responses).toBe(1);
      expect((await lead.api('packages.inspect', { file: { path: morning } })).responses).toEqual({
        total: 1,
        final: 0,
        draft: 0,
        overQuota: 1,
      });
      await lead.api('packages.import', { files: [{ path: morning }] });

      // One copy of it, now ended over quota with its review: no longer counted as work to continue.
      expect(await lead.api('responses.list', { formId: 'tolerance_kz' })).toMatchObject({ total: 2, finals: 1, drafts: 0, overQuota: 1 });
      expect(reviewsOfResponses(lead.db, [over])).toMatchObject([{ uuid: over, verdict: 'reject', reason: 'over quota' }]);
      const after = await lead.api('fieldwork.progress', { formId: 'tolerance_kz' });
      expect(after.assignments[0]).toMatchObject({ id: 'esik', final: 1, drafts: 0, overQuota: 1, remaining: 2 });
      expect(after.totals.overQuota).toBe(1);
    } finally {
      laptop.close();
      lead.close();
    }
  });
});
