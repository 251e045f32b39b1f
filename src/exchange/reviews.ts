/**
 * The lead's quality verdicts (and a laptop's "over quota") travel in packages both ways: a package carries the
 * reviews of the responses it concerns; importing keeps the later review of each response, a rejection winning a
 * tie (store/fieldwork.ts mergeReview). Checked with the rest of the package before anything is written.
 */
import { codedProblem, type Problem } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Db } from '../store/database';
import { mergeReview, type StoredReview } from '../store/fieldwork';

const MAX_REASON = 500;

/** The reviews a package carries, checked: absent is none; anything malformed is one problem naming the review. */
export function checkPackageReviews(value: unknown): { reviews: StoredReview[]; problems: Problem[] } {
  if (value === undefined) return { reviews: [], problems: [] };
  if (!Array.isArray(value)) return { reviews: [], problems: [codedProblem('package-review-malformed', { index: 1 })] };
  const reviews: StoredReview[] = [];
  for (const [i, item] of value.entries()) {
    const r = item as Record<string, unknown>;
    const valid =
      typeof item === 'object' &&
      item !== null &&
      typeof r.uuid === 'string' &&
      isUuid(r.uuid) &&
      (r.verdict === 'keep' || r.verdict === 'reject') &&
      typeof r.reason === 'string' &&
      r.reason.length <= MAX_REASON &&
      Number.isSafeInteger(r.reviewedAt) &&
      (r.reviewedAt as number) >= 0;
    if (!valid) return { reviews: [], problems: [codedProblem('package-review-malformed', { index: i + 1 })] };
    // Only the known keys go on: a package's extra fields never reach the database.
    reviews.push({
      uuid: r.uuid as string,
      verdict: r.verdict as StoredReview['verdict'],
      reason: r.reason as string,
      reviewedAt: r.reviewedAt as number,
    });
  }
  return { reviews, problems: [] };
}

/** Merges a package's reviews (its responses are in the database by now); returns how many changed a verdict here. */
export function mergePackageReviews(db: Db, reviews: readonly StoredReview[]): number {
  return reviews.filter((review) => mergeReview(db, review)).length;
}
