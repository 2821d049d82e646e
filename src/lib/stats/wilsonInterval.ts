import { assertCriticalValue } from './assertCriticalValue';
import { assertProportion } from './assertProportion';
import { assertSampleSize } from './assertSampleSize';
import { Z_95 } from './criticalValue';
import type { Interval } from './interval';

/**
 * The Wilson score interval for a proportion p̂ observed on n respondents:
 *
 *   centre = (p̂ + z²/2n) / (1 + z²/n)
 *   half   = z·√(p̂(1−p̂)/n + z²/4n²) / (1 + z²/n)
 *
 * It stays within [0, 1], is not zero-width at 0% or 100%, and is asymmetric
 * around p̂ (where one "± x pts" is wanted, use (high − low) / 2).
 * `n` may be fractional (an effective n, base / design effect).
 *
 * Computed without cancellation: centre − half loses all its digits when p̂
 * is tiny (at p̂ = 5e-324 it gave a low limit above p̂), and centre + half
 * likewise near 1 (at p̂ = 0.9999999999999999 a high limit below p̂). For
 * p̂ ≤ 0.5 the high limit is centre + half, a sum, and the low limit comes
 * from the product of the two limits, low · high = p̂² / (1 + z²/n) (they are
 * the roots of (1 + z²/n)π² − (2p̂ + z²/n)π + p̂² = 0). For p̂ > 0.5 the
 * interval is the mirror of the one for 1 − p̂ (exact for p̂ ≥ 0.5), as the
 * Wilson interval is symmetric under p̂ → 1 − p̂. At p̂ = 0 the low limit is
 * exactly 0, at p̂ = 1 the high limit exactly 1.
 *
 * Throws a RangeError when `proportion` is outside [0, 1] or not finite, when
 * `n` is not a finite number > 0, or when `z` is not a finite number > 0.
 *
 * @example wilsonInterval(0.5, 88) // { low: 0.39774…, high: 0.60226… }, ±10.2 pts
 * @example wilsonInterval(0, 88) // { low: 0, high: 0.04183… }
 * @example wilsonInterval(1, 88) // { low: 0.95817…, high: 1 }
 */
export function wilsonInterval(proportion: number, n: number, z = Z_95): Interval {
	assertProportion(proportion, 'proportion');
	assertSampleSize(n, 'n');
	assertCriticalValue(z);
	if (proportion > 0.5) {
		const mirrored = wilsonIntervalUpToOneHalf(1 - proportion, n, z);
		return { low: 1 - mirrored.high, high: 1 - mirrored.low };
	}
	return wilsonIntervalUpToOneHalf(proportion, n, z);
}

/** The Wilson interval for a proportion in [0, 0.5], without subtraction. */
function wilsonIntervalUpToOneHalf(proportion: number, n: number, z: number): Interval {
	const zSquared = z * z;
	const denominator = 1 + zSquared / n;
	const centre = (proportion + zSquared / (2 * n)) / denominator;
	const halfWidth =
		(z * Math.sqrt((proportion * (1 - proportion)) / n + zSquared / (4 * n * n))) / denominator;
	const high = Math.min(1, centre + halfWidth);
	const low = proportion === 0 ? 0 : (proportion * proportion) / (denominator * high);
	return { low, high };
}
