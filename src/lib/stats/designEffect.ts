import { assertSampleSize } from './assertSampleSize';
import { kishEffectiveN } from './kishEffectiveN';

/**
 * Kish's design effect due to weighting, n / n_eff, with n the number of
 * respondents (the length of `weights`, zero weights included) and n_eff
 * from kishEffectiveN. It is 1 for equal weights and grows as weights vary;
 * effectiveN(weights.length, designEffect(weights)) gives n_eff back.
 *
 * Throws a RangeError for the weights kishEffectiveN rejects.
 *
 * @example designEffect([1, 1, 1, 1]) // 1
 * @example designEffect([0.5, 1.5, 2, 1, 3]) // 1.2890625
 */
export function designEffect(weights: readonly number[]): number {
	return weights.length / kishEffectiveN(weights);
}

/**
 * The effective n of a base under a design effect: base / designEffect.
 * Where only aggregates are published, a per-wave design effect (1 by
 * default) divides the base, and the result is used in place of n in every
 * interval and test. The result may be fractional. A design effect below 1 is
 * allowed (some designs are more precise than simple random sampling).
 *
 * Throws a RangeError when `base` or `designEffect` is not a finite number > 0.
 *
 * @example effectiveN(1071, 1.3) // 823.8461538461538
 * @example effectiveN(88, 1) // 88
 */
export function effectiveN(base: number, designEffect: number): number {
	assertSampleSize(base, 'base');
	if (!Number.isFinite(designEffect) || designEffect <= 0) {
		throw new RangeError(
			`designEffect must be a finite number greater than 0, got ${designEffect}`
		);
	}
	return base / designEffect;
}
