import { errorFunction } from 'simple-statistics';

/**
 * The two-sided p-value of a standard normal statistic z:
 * P(|Z| ≥ |z|) = erfc(|z|/√2), computed as 1 − errorFunction(|z|/√2) with
 * simple-statistics' error function.
 *
 * That error function is accurate to about 4.4e-8 (absolute), ample for a
 * verdict at α = 0.05, but p-values below about 1e-7 are only known to be
 * tiny, not to their digits. The result is clamped to [0, 1] because the
 * approximation gives 1 − 1.2e-9 rather than exactly 1 at z = 0.
 * A NaN z throws a RangeError rather than returning a NaN p-value.
 *
 * @example twoSidedPValue(1.959963984540054) // 0.04999999563…, ≈ 0.05
 * @example twoSidedPValue(0) // 1
 */
export function twoSidedPValue(z: number): number {
	if (Number.isNaN(z)) throw new RangeError('twoSidedPValue: z is NaN');
	const pValue = 1 - errorFunction(Math.abs(z) / Math.SQRT2);
	return Math.min(1, Math.max(0, pValue));
}
