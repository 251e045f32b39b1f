/**
 * The two distribution functions design-based inference needs, from @stdlib (ports of proven code, see the team's
 * exact-tails work): the F upper tail for the Rao–Scott test, computed directly as a regularized incomplete beta
 * function (never 1 − cdf, so tiny p-values stay exact), and Student's t quantile for confidence intervals on the
 * design's degrees of freedom.
 */
import betainc from '@stdlib/math-base-special-betainc';
import tQuantileOf from '@stdlib/stats-base-dists-t-quantile';

/** P(X > f) for X ~ F(df1, df2), df1 and df2 possibly fractional (Rao–Scott): I_{df2/(df2 + df1·f)}(df2/2, df1/2). */
export function fUpperTailExact(f: number, df1: number, df2: number): number {
  if (!(f > 0)) return 1;
  if (f === Infinity) return 0;
  return betainc(df2 / (df2 + df1 * f), df2 / 2, df1 / 2, true, false);
}

/** The p-quantile of Student's t with the given degrees of freedom (R's qt). */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  return tQuantileOf(p, degreesOfFreedom);
}
