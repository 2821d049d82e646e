/**
 * Throws a RangeError unless `weights` is a usable set of survey weights:
 * at least one weight, every weight a finite number ≥ 0, and not all zero.
 * A zero weight is allowed (a respondent who counts for nothing); a negative,
 * infinite or NaN weight is a data error, never silently skipped.
 *
 * @example assertWeights([0.8, 1.2, 1]) // passes, returns undefined
 * @example assertWeights([]) // throws RangeError
 */
export function assertWeights(weights: readonly number[]): void {
	if (weights.length === 0) throw new RangeError('weights must not be empty');
	let total = 0;
	for (const [index, weight] of weights.entries()) {
		if (!Number.isFinite(weight) || weight < 0) {
			throw new RangeError(`weights[${index}] must be a finite number ≥ 0, got ${weight}`);
		}
		total += weight;
	}
	if (total === 0) throw new RangeError('weights must not all be zero');
}
