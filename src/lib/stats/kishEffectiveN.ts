import { assertWeights } from './assertWeights';

/**
 * Kish's effective sample size of a weighted sample, n_eff = (Σw)² / Σw²:
 * the size of a simple random sample that would give an estimate as precise
 * as the weighted one. It equals n when all weights are equal, is smaller
 * when they vary, and does not change when every weight is multiplied by
 * the same factor (weights scaled to a population give the same n_eff).
 * Zero weights are allowed and count for nothing.
 *
 * Throws a RangeError when `weights` is empty, all zero, or holds a negative,
 * infinite or NaN weight (see assertWeights).
 *
 * @example kishEffectiveN([1, 1, 1, 1]) // 4
 * @example kishEffectiveN([0.5, 1.5, 2, 1, 3]) // 3.878787878787879
 * @example kishEffectiveN([10, 1, 1, 1]) // 1.6407766990291262
 */
export function kishEffectiveN(weights: readonly number[]): number {
	assertWeights(weights);
	let sumOfWeights = 0;
	let sumOfSquaredWeights = 0;
	for (const weight of weights) {
		sumOfWeights += weight;
		sumOfSquaredWeights += weight * weight;
	}
	return (sumOfWeights * sumOfWeights) / sumOfSquaredWeights;
}
