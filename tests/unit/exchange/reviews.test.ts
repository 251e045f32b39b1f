/**
 * Reviews travel with packages both ways: a laptop's "over quota" and the lead's verdicts reach the other database,
 * the later review wins, and on the same moment a rejection beats a keep.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { COMPLETE_INTERVIEW, sessionWithSurvey, type TestSession } from '../../fixtures/collect/session';
import { tempFolder } from '../../helpers/temp';
import { checkPackageReviews } from '../../../src/exchange/reviews';
import { mergeReview, reviewsOfResponses } from '../../../src/store/fieldwork';

const temp = tempFolder();
afterAll(() => temp.cleanup());

async function finalized(session: TestSession): Promise<string> {
  const { uuid } = await session.api('interviews.start', { formId: 'tolerance_kz' });
  await session.api('interviews.save', { uuid, answers: COMPLETE_INTERVIEW });
  await session.api('interviews.finalize', { uuid });
  return uuid;
}

const send = async (from: TestSession, to: TestSession, name: string) => {
  const out = temp.file(name);
  await from.api('packages.export', { out, unencrypted: true });
  return to.api('packages.import', { files: [{ path: out }] });
};

describe('reviews in packages', () => {
  it('carries a review from one database to the other, the later one winning', async () => {
    const laptop = await sessionWithSurvey();
    const lead = await sessionWithSurvey('Lead');
    try {
      const uuid = await finalized(laptop);
      await laptop.api('quality.review', { uuid, verdict: 'keep', reason: 'checked by phone' });
      await send(laptop, lead, 'one.kelisim');
      expect(reviewsOfResponses(lead.db, [uuid])).toMatchObject([{ uuid, verdict: 'keep', reason: 'checked by phone' }]);

      await new Promise((resolve) => setTimeout(resolve, 5));
      await lead.api('quality.review', { uuid, verdict: 'reject', reason: 'invented' });
      // An older keep coming again from the laptop changes nothing.
      await send(laptop, lead, 'two.kelisim');
      expect(reviewsOfResponses(lead.db, [uuid])[0].verdict).toBe('reject');
    } finally {
      laptop.close();
      lead.close();
    }
  });

  it('lets a rejection beat a keep of the same moment, and refuses a malformed review', async () => {
    const session = await sessionWithSurvey();
    try {
      const uuid = await finalized(session);
      expect(mergeReview(session.db, { uuid, verdict: 'reject', reason: 'a', reviewedAt: 1000 })).toBe(true);
      expect(mergeReview(session.db, { uuid, verdict: 'keep', reason: 'b', reviewedAt: 1000 })).toBe(false);
      expect(mergeReview(session.db, { uuid: '01890000-0000-7000-8000-000000000000', verdict: 'keep', reason: '', reviewedAt: 5 })).toBe(
        false,
      );
      expect(reviewsOfResponses(session.db, [uuid])[0]).toMatchObject({ verdict: 'reject', reason: 'a' });
      expect(checkPackageReviews([{ uuid, verdict: 'maybe', reason: '', reviewedAt: 1 }]).problems).toHaveLength(1);
      expect(checkPackageReviews([{ uuid, verdict: 'keep', reason: '', reviewedAt: 1, extra: 'x' }]).reviews).toEqual([
        { uuid, verdict: 'keep', reason: '', reviewedAt: 1 },
      ]);
    } finally {
      session.close();
    }
  });
});
