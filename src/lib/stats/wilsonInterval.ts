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
 *
 * `n` may be fractional (an effective n, base / design effect).
 *
 * The high limit is computed as centre + half. The low limit is computed as
 * p̂² / ((1 + z²/n) · high), from the product of the two limits (they are the
 * roots of (1 + z²/n)π² − (2p̂ + z²/n)π + p̂² = 0), rather than as
 * centre − half, which loses all its digits to cancellation when p̂ is tiny
 * (at p̂ = 5e-324 it even gave a low limit above p̂). Neither form subtracts,
 * so both limits keep their relative precision. At p̂ = 0 the low limit is
 * exactly 0; at p̂ = 1 the high limit is set to exactly 1 (the formula gives
 * 1 in exact arithmetic, 0.9999999999999999 in floating point), and the high
 * limit is capped at 1 so that rounding never leaves the unit interval.
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
	const zSquared = z * z;
	const denominator = 1 + zSquared / n;
	const centre = (proportion + zSquared / (2 * n)) / denominator;
	const halfWidth =
		(z * Math.sqrt((proportion * (1 - proportion)) / n + zSquared / (4 * n * n))) / denominator;
	const high = proportion === 1 ? 1 : Math.min(1, centre + halfWidth);
	const low = proportion === 0 ? 0 : (proportion * proportion) / (denominator * high);
	return { low, high };
}
