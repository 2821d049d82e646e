/**
 * Throws a RangeError unless `proportion` is a finite number in [0, 1].
 * Shared input check of the interval and test functions, so that a percentage
 * passed by mistake (63 instead of 0.63) or a NaN fails loudly instead of
 * producing a silent NaN band.
 *
 * @example assertProportion(0.63, 'proportion') // passes, returns undefined
 * @example assertProportion(63, 'proportion') // throws RangeError
 */
export function assertProportion(proportion: number, name: string): void {
	if (!Number.isFinite(proportion) || proportion < 0 || proportion > 1) {
		throw new RangeError(`${name} must be a proportion in [0, 1], got ${proportion}`);
	}
}
