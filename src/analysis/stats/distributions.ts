/**
 * The probability distributions the tests need, all from jstat (no hand-written distribution functions).
 * Upper tails are 1 − cdf, as jstat offers no complementary functions; p-values below ~1e-15 therefore read as 0.
 */
import jStat from 'jstat';

/** P(X ≥ statistic) for X ~ χ²(degreesOfFreedom). */
export function chiSquareUpperTail(statistic: number, degreesOfFreedom: number): number {
  return clampProbability(1 - jStat.chisquare.cdf(statistic, degreesOfFreedom));
}

/** P(X ≥ statistic) for X ~ F(df1, df2); df2 may be fractional (Welch, weighted data). */
export function fUpperTail(statistic: number, df1: number, df2: number): number {
  return clampProbability(1 - jStat.centralF.cdf(statistic, df1, df2));
}

/** The p-quantile of Student's t with the given (possibly fractional) degrees of freedom. */
export function tQuantile(p: number, degreesOfFreedom: number): number {
  return jStat.studentt.inv(p, degreesOfFreedom);
}

/** The p-quantile of the standard normal distribution. */
export function normalQuantile(p: number): number {
  return jStat.normal.inv(p, 0, 1);
}

function clampProbability(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
