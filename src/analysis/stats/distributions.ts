/**
 * The probability distributions every test needs, in one place for the whole analysis layer.
 *
 * Upper tails are computed directly from the complementary regularized incomplete gamma and beta functions
 * (@stdlib's ports of Boost), never as 1 − cdf: a χ² of 597.6 on 6 df has p = 7.6e-126, which 1 − cdf would turn
 * into 0. This is what R's p*(…, lower.tail = FALSE) does; the golden test checks it to 1e-6 relative down to 1e-300.
 * The studentized range (Tukey) comes from jstat, whose ptukey/qtukey are R's nmath code carried over line by line;
 * R's own ptukey(lower.tail = FALSE) is 1 − cdf as well, so that tail is as exact as R's.
 */
import betainc from '@stdlib/math-base-special-betainc';
import erfc from '@stdlib/math-base-special-erfc';
import gammainc from '@stdlib/math-base-special-gammainc';
import normalQuantileOf from '@stdlib/stats-base-dists-normal-quantile';
import studentTQuantile from '@stdlib/stats-base-dists-t-quantile';
import jStat from 'jstat';

/** P(X > statistic) for X ~ χ²(degreesOfFreedom): Q(df/2, x/2), R's pchisq(x, df, lower.tail = FALSE). */
export function chiSquareUpperTail(statistic: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0) || Number.isNaN(statistic)) return NaN;
  if (statistic <= 0) return 1;
  return gammainc(statistic / 2, degreesOfFreedom / 2, true, true);
}

/**
 * P(X > statistic) for X ~ F(df1, df2), R's pf(lower.tail = FALSE); df2 may be fractional (Welch, weighted data).
 * P(F > f) = I_x(df2/2, df1/2) with x = df2 / (df2 + df1·f): x is formed without cancellation, also for huge f.
 */
export function fUpperTail(statistic: number, df1: number, df2: number): number {
  if (!(df1 > 0) || !(df2 > 0) || Number.isNaN(statistic)) return NaN;
  if (statistic <= 0) return 1;
  if (statistic === Infinity) return 0;
  return betainc(df2 / (df2 + df1 * statistic), df2 / 2, df1 / 2, true, false);
}

/** P(|T| > |t|) for T ~ Student's t(df), R's 2 * pt(abs(t), df, lower.tail = FALSE): I_x(df/2, 1/2), x = df/(df + t²). */
export function tTwoSidedP(statistic: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0) || Number.isNaN(statistic)) return NaN;
  if (!Number.isFinite(statistic)) return 0;
  return betainc(degreesOfFreedom / (degreesOfFreedom + statistic * statistic), degreesOfFreedom / 2, 0.5, true, false);
}

/** P(T > t) for T ~ Student's t(df), R's pt(t, df, lower.tail = FALSE). */
export function tUpperTail(statistic: number, degreesOfFreedom: number): number {
  const twoSided = tTwoSidedP(statistic, degreesOfFreedom);
  return statistic > 0 ? twoSided / 2 : 1 - twoSided / 2;
}

/** P(Z > z) for the standard normal, R's pnorm(z, lower.tail = FALSE): erfc(z/√2)/2, exact far into the tail. */
export function normalUpperTail(z: number): number {
  return erfc(z / Math.SQRT2) / 2;
}

/** P(|Z| > |z|), the two-sided p of a z test. */
export function normalTwoSidedP(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}

/** The p-quantile of Student's t with the given (possibly fractional) degrees of freedom, R's qt. */
export function tQuantile(p: number, degreesOfFreedom: number): number {
  return studentTQuantile(p, degreesOfFreedom);
}

/** The p-quantile of the standard normal distribution, R's qnorm. */
export function normalQuantile(p: number): number {
  return normalQuantileOf(p, 0, 1);
}

/** P(Q > q) for the studentized range of `groups` means on `df` degrees of freedom, R's ptukey(lower.tail = FALSE). */
export function studentizedRangeUpperTail(q: number, groups: number, degreesOfFreedom: number): number {
  if (!(q > 0)) return 1;
  return clampProbability(1 - jStat.tukey.cdf(q, groups, degreesOfFreedom));
}

/** The p-quantile of the studentized range, R's qtukey(p, groups, df). */
export function studentizedRangeQuantile(p: number, groups: number, degreesOfFreedom: number): number {
  return jStat.tukey.inv(p, groups, degreesOfFreedom);
}

function clampProbability(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
