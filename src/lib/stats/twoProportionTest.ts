import { assertProportion } from './assertProportion';
import { assertSampleSize } from './assertSampleSize';
import { twoSidedPValue } from './twoSidedPValue';

/** The result of a two-proportion z-test. */
export interface TwoProportionTest {
	/** The statistic (p̂₁ − p̂₂) / SE₀; its sign is the sign of p̂₁ − p̂₂. */
	z: number;
	/** Two-sided p-value, erfc(|z|/√2). */
	pValue: number;
}

/**
 * Pooled two-proportion z-test, two-sided, for independent samples (two
 * waves, or two populations):
 *
 *   p̄ = (x₁ + x₂) / (n₁ + n₂),  SE₀ = √(p̄(1−p̄)(1/n₁ + 1/n₂)),
 *   z = (p̂₁ − p̂₂) / SE₀,  p = erfc(|z|/√2).
 *
 * Counts are x = p̂·n, unrounded (README.md, "Counts from published
 * percentages"), and n may be fractional (an effective n). 1 − p̄ is computed
 * from the pooled failures, Σ(1 − p̂)·n / Σn, rather than by subtraction, so
 * that it is exactly 0 only when both sides are 100%.
 *
 * Returns null when both proportions are 0 or both are 1: the pooled
 * proportion is then 0 or 1, SE₀ is 0 and z is 0/0. There is no variation to
 * test ("no change, not testable"); statsmodels returns NaN there. (SE₀ can
 * also underflow to 0 for proportions below about 1e-300, which no survey
 * produces; null is returned whenever SE₀ is 0, never an infinite z.)
 *
 * Throws a RangeError when a proportion is outside [0, 1] or not finite, or
 * when a base is not a finite number > 0.
 *
 * @example twoProportionTest(0.94, 88, 0.83, 88) // { z: 2.28717…, pValue: 0.02218… }
 * @example twoProportionTest(0, 88, 0, 82) // null
 */
export function twoProportionTest(
	p1: number,
	n1: number,
	p2: number,
	n2: number
): TwoProportionTest | null {
	assertProportion(p1, 'p1');
	assertSampleSize(n1, 'n1');
	assertProportion(p2, 'p2');
	assertSampleSize(n2, 'n2');
	const totalBase = n1 + n2;
	const pooledProportion = (p1 * n1 + p2 * n2) / totalBase;
	const pooledComplement = ((1 - p1) * n1 + (1 - p2) * n2) / totalBase;
	const standardError = Math.sqrt(pooledProportion * pooledComplement * (1 / n1 + 1 / n2));
	if (!(standardError > 0)) return null;
	const z = (p1 - p2) / standardError;
	return { z, pValue: twoSidedPValue(z) };
}
