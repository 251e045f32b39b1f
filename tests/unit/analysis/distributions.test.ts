import { describe, expect, it } from 'vitest';
import {
  chiSquareUpperTail,
  fUpperTail,
  normalQuantile,
  normalTwoSidedP,
  normalUpperTail,
  studentizedRangeQuantile,
  studentizedRangeUpperTail,
  tQuantile,
  tTwoSidedP,
  tUpperTail,
} from '../../../src/analysis/stats/distributions';
import { expectRelative, rReference } from './references';

// distributions.R beside the fixtures: R's p*(…, lower.tail = FALSE) from ordinary p-values down to 1e-300.
const reference = rReference('distributions');

describe('upper tails computed directly, as R does with lower.tail = FALSE', () => {
  it("χ²: the issue's χ² = 597.6 on 6 df is 7.68e-126, not 0, and tails down to 1e-300 hold to 1e-6 relative", () => {
    for (const { x, df, p } of reference.chiSquare) expectRelative(chiSquareUpperTail(x, df), p);
    expect(chiSquareUpperTail(597.6, 6)).toBeGreaterThan(0);
  });

  it('F, with fractional denominator df as Welch gives, down to 1e-298', () => {
    for (const { x, df1, df2, p } of reference.f) expectRelative(fUpperTail(x, df1, df2), p);
  });

  it("Student's t, one- and two-sided", () => {
    for (const { x, df, upper, twoSided } of reference.t) {
      expectRelative(tUpperTail(x, df), upper);
      expectRelative(tTwoSidedP(x, df), twoSided);
    }
  });

  it('normal, down to z = 37 (p ≈ 5.7e-300)', () => {
    for (const { z, p } of reference.normal) {
      expectRelative(normalUpperTail(z), p);
      if (z > 0) expectRelative(normalTwoSidedP(z), 2 * p);
    }
  });

  // R's ptukey is a Gauss–Legendre quadrature that drops terms under ~1e-13 and its upper tail is 1 − cdf, so R itself is
  // exact only to about 1e-10 absolute there; jstat runs the same quadrature with its own normal cdf. Below p ≈ 1e-4 the
  // comparison is therefore absolute (1e-10), above it 1e-6 relative.
  it('the studentized range (ptukey, qtukey) that Tukey HSD and Games–Howell use', () => {
    for (const { q, groups, df, p, q95 } of reference.tukey) {
      expect(Math.abs(studentizedRangeUpperTail(q, groups, df) - p)).toBeLessThanOrEqual(Math.max(1e-6 * p, 1e-10));
      expectRelative(studentizedRangeQuantile(0.95, groups, df), q95);
    }
  });

  it('quantiles of t and the normal as qt and qnorm', () => {
    for (const { p, df, q } of reference.quantiles.t) expectRelative(tQuantile(p, df), q);
    for (const { p, q } of reference.quantiles.normal) expectRelative(normalQuantile(p), q);
  });
});
