import { assertWeights } from './assertWeights';

/**
 * The weighted proportion of respondents answering yes, Σw·y / Σw, where each
 * answer y is 1 (or true) for yes and 0 (or false) for no. With equal weights
 * it is the plain proportion. Respondents with weight 0 count for nothing.
 *
 * Throws a RangeError when `values` and `weights` differ in length, when an
 * answer is not 0, 1, true or false (a missing answer must be filtered out
 * before, not counted as a no), or for the weights kishEffectiveN rejects
 * (empty, all zero, negative, infinite or NaN).
 *
 * @example weightedProportion([1, 0, 1, 1, 0], [0.5, 1.5, 2, 1, 3]) // 0.4375
 * @example weightedProportion([true, false], [3, 1]) // 0.75
 */
export function weightedProportion(
	values: readonly (0 | 1 | boolean)[],
	weights: readonly number[]
): number {
	if (values.length !== weights.length) {
		throw new RangeError(
			`values and weights differ in length: ${values.length} and ${weights.length}`
		);
	}
	assertWeights(weights);
	let sumOfWeights = 0;
	let sumOfWeightedYes = 0;
	for (const [index, weight] of weights.entries()) {
		const value = values[index];
		if (value !== 0 && value !== 1 && value !== true && value !== false) {
			throw new RangeError(`values[${index}] must be 0, 1, true or false, got ${String(value)}`);
		}
		sumOfWeights += weight;
		if (value === 1 || value === true) sumOfWeightedYes += weight;
	}
	return Math.min(1, sumOfWeightedYes / sumOfWeights);
}
